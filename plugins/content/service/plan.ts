import { DEFAULT_WORD_TARGETS, ctaLine, type ComplianceMode, type ContentLength, type GenerationRequest, type StructuralFormat, type WordTarget } from 'influgentic';
import type { ContentConfig } from '../config.js';
import { disclosureLength } from './disclosures.js';
import { resolveFormat } from './formats.js';
import type { ChannelFormat, ContentInput, Warning } from './types.js';

/** The agent as generation needs it (a UsableAgent of the agents plugin fits). */
export interface PlanAgent {
  readonly id: string;
  readonly name: string;
  readonly languages: readonly string[];
  readonly tone_modes: readonly string[];
  readonly persona: GenerationRequest['persona'];
}

/** Everything decided before a provider is called. */
export interface GenerationPlan {
  readonly request: GenerationRequest;
  readonly channel: ChannelFormat | null;
  /** The channel's character limit, disclosures included; none for structural formats. */
  readonly maxCharacters: number | undefined;
  readonly complianceMode: ComplianceMode;
  /** Characters kept free for the disclosures (0 for `off`): the language's, or English's when longer (a fallback writes English). */
  readonly reservedForDisclosures: number;
  /** Warnings known before generation (the provider may add language_fallback). */
  readonly warnings: readonly Warning[];
}

export function wordTarget(config: ContentConfig, format: StructuralFormat, length: ContentLength): WordTarget {
  return config.word_targets[format]?.[length] ?? DEFAULT_WORD_TARGETS[format][length];
}

function channelLimit(config: ContentConfig, channel: ChannelFormat | null): number | undefined {
  if (channel === null || channel === 'tiktok_script') return undefined;
  return config.channel_limits[channel];
}

/** Resolves defaults, the structural format, the word target and the channel limit of a request. */
export function planGeneration(config: ContentConfig, agent: PlanAgent, input: ContentInput): GenerationPlan {
  const warnings: Warning[] = [];
  const { format, channel, outsideType } = resolveFormat(input.content_type, input.format);
  if (outsideType) {
    warnings.push({ code: 'format_outside_type', message: `'${input.format}' (written as ${format}) is not a primary format of ${input.content_type}; its primary formats are listed in the reference's table` });
  }
  const length = input.length ?? 'medium';
  const language = input.language ?? 'en';
  if (!agent.languages.includes(language)) {
    warnings.push({ code: 'agent_language_unlisted', message: `${agent.name} does not list language '${language}' (it lists ${agent.languages.join(', ') || 'none'}); generated anyway` });
  }
  const tone = input.tone ?? agent.tone_modes[0] ?? null;
  if (input.tone !== undefined && !agent.tone_modes.includes(input.tone)) {
    warnings.push({ code: 'agent_tone_unlisted', message: `${agent.name} does not list tone '${input.tone}' (it lists ${agent.tone_modes.join(', ') || 'none'}); written in it anyway` });
  }
  const complianceMode = input.compliance_mode ?? 'standard';
  let words = wordTarget(config, format, length);
  if (channel === 'tiktok_script' && words.max > config.tiktok_max_words) {
    words = { min: Math.min(words.min, config.tiktok_max_words), max: config.tiktok_max_words };
  }
  const maxCharacters = channelLimit(config, channel);
  // The provider writes to what is left once the disclosures are appended.
  const reservedForDisclosures = complianceMode === 'off' ? 0 : Math.max(disclosureLength(language), disclosureLength('en'));
  const providerLimit = maxCharacters === undefined ? undefined : maxCharacters - reservedForDisclosures;
  if (providerLimit !== undefined) {
    // About seven characters a word with its space: a tweet aims at what fits instead of
    // being cut mid-thought.
    const cap = Math.max(5, Math.floor(providerLimit / 7));
    if (words.max > cap) words = { min: Math.min(words.min, Math.floor(cap * 0.6)), max: cap };
  }
  const request: GenerationRequest = {
    persona: agent.persona,
    contentType: input.content_type,
    format,
    length,
    words,
    ...(providerLimit === undefined ? {} : { maxCharacters: providerLimit }),
    language,
    tone,
    product: input.product,
    cta: input.include_cta === false ? null : ctaLine(input.content_type, language, input.product.name),
    complianceMode,
    ...(input.source_quote === undefined ? {} : { sourceQuote: input.source_quote }),
  };
  return { request, channel, maxCharacters, reservedForDisclosures, complianceMode, warnings };
}
