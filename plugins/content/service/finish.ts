import { codePointLength, type GenerationRecord } from 'influgentic';
import { flagClaims } from './claims-check.js';
import { cutAtWord, disclose, disclosuresFor, hashtagsOf } from './disclosures.js';
import type { GenerationPlan } from './plan.js';
import type { Content, ContentCompliance, Warning } from './types.js';

/** The provider's text with the disclosures its compliance mode asks for. */
export interface DisclosedText {
  /** The body, cut when the channel limit would otherwise be passed. */
  readonly body: string;
  /** Appended after the body (empty for `off` and when the provider wrote them already). */
  readonly suffix: string;
  readonly cut: boolean;
}

export function discloseText(plan: GenerationPlan, text: string, language: string): DisclosedText {
  if (plan.complianceMode !== 'off') return disclose(text, language, plan.maxCharacters);
  const max = plan.maxCharacters;
  if (max === undefined || codePointLength(text) <= max) return { body: text, suffix: '', cut: false };
  return { body: cutAtWord(text, max), suffix: '', cut: true };
}

export interface Finished {
  readonly id: string;
  readonly sessionId: string;
  readonly agentId: string;
  readonly campaignId: string | null;
  readonly createdAt: string;
}

const OFF_NOTE = 'compliance_mode off: no disclosure was added; disclosing the sponsorship and the AI authorship is now the publisher\'s duty';

/** The content object of a finished (or stopped) generation. */
export function contentOf(plan: GenerationPlan, record: GenerationRecord, full: string, disclosed: boolean, ids: Finished): Content {
  const language = record.language;
  const disclosures = disclosed ? disclosuresFor(language).filter((tag) => hashtagsOf(full).some((t) => t.toLocaleLowerCase() === tag.toLocaleLowerCase())) : [];
  const request = plan.request;
  const flags = plan.complianceMode === 'strict' ? flagClaims(full, language, [...(request.product.key_claims ?? []), ...(request.product.key_features ?? [])]) : [];
  let note: string | null = null;
  if (plan.complianceMode === 'off') note = OFF_NOTE;
  else if (!disclosed) note = `the generation ended (${record.finishReason}) before the disclosures were added: publish it only with them`;
  else if (flags.length > 0) note = `${flags.length} sentence(s) need a human look before publishing`;
  const compliance: ContentCompliance = { mode: plan.complianceMode, disclosures_added: disclosed && plan.complianceMode !== 'off', flags, note };
  const warnings: Warning[] = [...plan.warnings, ...record.warnings.map(({ code, message }) => ({ code, message }))];
  return {
    id: ids.id,
    agent_id: ids.agentId,
    campaign_id: ids.campaignId,
    session_id: ids.sessionId,
    content_type: request.contentType,
    format: request.format,
    channel: plan.channel,
    language,
    length: request.length,
    tone: request.tone,
    text: full,
    cta: request.cta !== null && full.includes(request.cta) ? request.cta : null,
    hashtags: hashtagsOf(full),
    disclosures,
    compliance,
    ai_generated: true,
    warnings,
    tokens: record.promptTokens + record.completionTokens,
    latency_ms: Math.max(0, Math.round(record.latencyMs)),
    provider: record.provider,
    // The builtin generator has no model (the contract says null); a failure may not know one.
    model: record.provider === 'builtin' || record.model === '' ? null : record.model,
    finish_reason: record.finishReason,
    created_at: ids.createdAt,
  };
}
