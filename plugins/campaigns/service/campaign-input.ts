import { PRIMARY_FORMATS, type ContentType } from 'influgentic';
import type { UsableAgent } from '../../agents/tokens.js';
import type { CampaignConfig, CampaignConfigInput, CampaignType, Warning } from './types.js';

/** Channel formats are written as the type's short form (DESIGN.md): no warning for them, except a TikTok script, which is a video script. */
const CHANNEL_FORMATS = ['social_post', 'instagram_caption', 'tweet', 'linkedin_post', 'youtube_description'];

/** The use-case synonyms of DESIGN.md, mapped onto the content type they pick. */
const SYNONYMS: Readonly<Record<string, ContentType>> = { review: 'product_review', brand_launch: 'product_launch', lead_gen: 'lead_magnet' };

export function contentTypeOf(type: CampaignType): ContentType {
  return SYNONYMS[type] ?? (type as ContentType);
}

/** A type with every name that means the same (`product_review` <-> `review`). */
function namesOf(contentType: ContentType): string[] {
  return [contentType, ...Object.entries(SYNONYMS).filter(([, target]) => target === contentType).map(([name]) => name)];
}

/** The config with defaults filled in from the agent and the type (CreateCampaignRequest's description). */
export function configWithDefaults(agent: UsableAgent, contentType: ContentType, input: CampaignConfigInput = {}): CampaignConfig {
  return {
    tone: input.tone ?? agent.tone_modes[0] ?? 'conversational',
    languages: input.languages ?? [agent.languages[0] ?? 'en'],
    output_formats: input.output_formats ?? [PRIMARY_FORMATS[contentType][0] as string],
    compliance_mode: input.compliance_mode ?? 'standard',
    duration_days: input.duration_days ?? 30,
  };
}

/** What is accepted but lies outside what the agent lists or the type's table (Warning in openapi.yaml). */
export function campaignWarnings(agent: UsableAgent, type: CampaignType, config: CampaignConfig): Warning[] {
  const warnings: Warning[] = [];
  const contentType = contentTypeOf(type);
  for (const language of config.languages) {
    if (!agent.languages.includes(language)) {
      warnings.push({ code: 'agent_language_unlisted', message: `${agent.id} does not list language ${language} (it lists ${agent.languages.join(', ') || 'none'}); accepted` });
    }
  }
  const names = namesOf(contentType);
  if (!names.some((name) => agent.use_cases.includes(name) || agent.content_types.includes(name))) {
    warnings.push({ code: 'agent_use_case_unlisted', message: `${agent.id} does not list ${type} among its use cases (${agent.use_cases.join(', ') || 'none'}); accepted` });
  }
  if (!agent.tone_modes.includes(config.tone)) {
    warnings.push({ code: 'agent_tone_unlisted', message: `${agent.id} does not list tone ${config.tone} (it lists ${agent.tone_modes.join(', ') || 'none'}); accepted` });
  }
  // Formats as the config holds them (any string the contract allows), looked up among the table's.
  const primary: readonly string[] = PRIMARY_FORMATS[contentType];
  for (const format of config.output_formats) {
    if (primary.includes(format) || CHANNEL_FORMATS.includes(format)) continue;
    const written = format === 'tiktok_script' ? 'video_script' : format;
    if (primary.includes(written)) continue;
    warnings.push({ code: 'format_outside_type', message: `${format} is not a primary format of ${contentType} (${primary.join(', ')}); accepted` });
  }
  return warnings;
}
