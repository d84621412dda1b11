import type { GenerationPlan } from './plan.js';
import type { ComplianceMode, ContentLength, ContentType, FinishReason, LlmProduct, StructuralFormat, Tenant } from 'influgentic';

export type ChannelFormat = 'social_post' | 'instagram_caption' | 'tweet' | 'linkedin_post' | 'tiktok_script' | 'youtube_description';
export type ContentFormat = StructuralFormat | ChannelFormat;

/** What to generate: the reference's content body (ContentGenerationInput in openapi.yaml). */
export interface ContentInput {
  readonly content_type: ContentType;
  readonly product: LlmProduct;
  readonly format?: ContentFormat;
  readonly length?: ContentLength;
  readonly language?: string;
  readonly tone?: string;
  readonly include_cta?: boolean;
  readonly compliance_mode?: ComplianceMode;
  readonly source_quote?: string;
}

export interface Warning {
  readonly code: string;
  readonly message: string;
}

export interface ComplianceFlag {
  readonly code: 'unsupported_superlative' | 'unsupported_health_claim' | 'unsupported_financial_claim';
  readonly sentence: string;
  readonly message: string;
}

export interface ContentCompliance {
  readonly mode: ComplianceMode;
  readonly disclosures_added: boolean;
  readonly flags: readonly ComplianceFlag[];
  readonly note: string | null;
}

/** One stored generation (Content in openapi.yaml). */
export interface Content {
  readonly id: string;
  readonly agent_id: string;
  readonly campaign_id: string | null;
  readonly session_id: string;
  readonly content_type: ContentType;
  readonly format: StructuralFormat;
  readonly channel: ChannelFormat | null;
  readonly language: string;
  readonly length: ContentLength;
  readonly tone: string | null;
  readonly text: string;
  readonly cta: string | null;
  readonly hashtags: readonly string[];
  readonly disclosures: readonly string[];
  readonly compliance: ContentCompliance;
  readonly ai_generated: true;
  readonly warnings: readonly Warning[];
  readonly tokens: number;
  readonly latency_ms: number;
  readonly provider: string;
  readonly model: string | null;
  readonly finish_reason: FinishReason | 'cancelled';
  readonly created_at: string;
}

/** A stream event as SSE and WebSocket send it (StreamEvent in openapi.yaml). */
export type StreamEvent =
  | { readonly type: 'agent_start'; readonly agent: string; readonly session_id: string }
  | { readonly type: 'content_chunk'; readonly text: string }
  | { readonly type: 'content_complete'; readonly tokens: number; readonly latency_ms: number; readonly content_id: string }
  | { readonly type: 'error'; readonly code: string; readonly message: string };

/** One step of a streamed generation: the event to send, and the stored content with the last one. */
export interface GenerationStep {
  readonly event: StreamEvent;
  readonly content?: Content;
}

/** Who generates and for what: a campaign passes its id (and may keep using a retired agent). */
export interface GenerationContext {
  readonly campaignId?: string;
  /** Existing campaigns keep generating with a retired agent; direct generation may not. */
  readonly allowRetiredAgent?: boolean;
}

/** A request checked and resolved (agent found, format mapped, word target chosen), ready to run. */
export interface PreparedGeneration {
  readonly tenant: Tenant;
  readonly agentId: string;
  readonly agentName: string;
  readonly sessionId: string;
  readonly campaignId: string | null;
  readonly input: ContentInput;
  /** Internal: the resolved request and what the reply needs besides the provider's text. */
  readonly plan: GenerationPlan;
}

/** Who asks: a tenant, and the `X-Influgentic-Agent` narrowing when there is one (a Principal fits). */
export type ContentCaller = Tenant & { readonly agentId?: string | undefined };

export interface ContentFilter {
  readonly agent_id?: string;
  readonly content_type?: ContentType;
  readonly campaign_id?: string;
  readonly limit: number;
  readonly cursor?: string;
}

export interface ContentPage {
  readonly data: readonly Content[];
  readonly meta: { readonly total: number; readonly limit: number; readonly next_cursor: string | null };
}

/**
 * A started stream. `pipe` runs it to the end, handing each step to `send` as it comes, and
 * settles once the last one is stored (once: the provider's stream is read as it goes); `send` is called synchronously, so it must not wait.
 * A push rather than an async iterator: iterating steps cost a promise and an iterator
 * result per chunk on top of the provider's own, held by 200 open streams at once (the
 * content bench).
 */
export interface GenerationRun {
  pipe(send: (step: GenerationStep) => void): Promise<void>;
}

/**
 * Generation through an agent: checks and resolves a request (`prepare`), runs it as one
 * reply (`generate`) or as stream steps (`stream`); either stores the content and emits
 * `agent.content_generated` in the same transaction. Knows nothing of money: the campaigns
 * plugin checks its budget before and books the content's `tokens` after.
 */
export interface ContentService {
  /**
   * Finds the agent (404 agent_not_found when the tenant may not use it; 409 agent_retired
   * outside campaigns), resolves defaults, format, word target and channel limit, and
   * applies the compliance rules that refuse a request (422 testimonial_needs_source).
   * Stores nothing.
   */
  prepare(caller: ContentCaller, agentId: string, input: ContentInput, context?: GenerationContext): Promise<PreparedGeneration>;
  /** Runs the provider to the end, stores and emits; provider failures are thrown as problems. */
  generate(prepared: PreparedGeneration, signal: AbortSignal): Promise<Content>;
  /**
   * Streams: `agent_start`, `content_chunk`s, then `content_complete` (or `error` when the
   * provider fails mid-stream). A failure before the first chunk is thrown, so a caller can
   * still answer with a problem. What was produced is stored whatever the ending (an
   * aborted `signal` gives `client_closed`, or `cancelReason` when set on the signal's reason).
   */
  stream(prepared: PreparedGeneration, signal: AbortSignal): Promise<GenerationRun>;
  get(caller: ContentCaller, id: string): Promise<Content>;
  list(caller: ContentCaller, filter: ContentFilter): Promise<ContentPage>;
}
