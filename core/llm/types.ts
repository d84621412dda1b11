/**
 * The LLM provider contract: what the content plugin asks for and what every provider
 * (builtin, ollama, openai, or one an external plugin registers) answers.
 *
 * The request is already resolved by the caller: the structural format (a channel format
 * mapped onto it), the word target, the CTA line and the language are decided before a
 * provider sees them, so every provider writes to the same brief.
 */

export type ContentType = 'product_review' | 'product_launch' | 'testimonial' | 'lead_magnet' | 'trivia' | 'collab_content';
export const CONTENT_TYPES: readonly ContentType[] = ['product_review', 'product_launch', 'testimonial', 'lead_magnet', 'trivia', 'collab_content'];

export type StructuralFormat =
  | 'post' | 'thread' | 'article' | 'video_script' | 'press_release' | 'quote'
  | 'review' | 'question' | 'quiz' | 'landing_copy' | 'email' | 'joint_announcement';
export const STRUCTURAL_FORMATS: readonly StructuralFormat[] = [
  'post', 'thread', 'article', 'video_script', 'press_release', 'quote',
  'review', 'question', 'quiz', 'landing_copy', 'email', 'joint_announcement',
];

/**
 * The reference's table: each content type's primary formats, the first being the default.
 * Content warns about a format outside it; campaigns defaults and checks `output_formats` by it.
 */
export const PRIMARY_FORMATS: Readonly<Record<ContentType, readonly StructuralFormat[]>> = {
  product_review: ['post', 'video_script', 'article'],
  product_launch: ['post', 'thread', 'press_release'],
  testimonial: ['quote', 'video_script', 'review'],
  lead_magnet: ['post', 'landing_copy', 'email'],
  trivia: ['question', 'quiz', 'thread'],
  collab_content: ['post', 'joint_announcement'],
};

export type ContentLength = 'short' | 'medium' | 'long';
export const CONTENT_LENGTHS: readonly ContentLength[] = ['short', 'medium', 'long'];

export type ComplianceMode = 'standard' | 'strict' | 'off';

/** Who writes: the agent's persona as the agents plugin stores it (AgentPersona plus identity). */
export interface LlmPersona {
  readonly name: string;
  readonly headline: string;
  readonly category: string;
  readonly bio: string;
  readonly topics: readonly string[];
  readonly adjectives: readonly string[];
  readonly style_rules: readonly string[];
  readonly example_posts: readonly string[];
  readonly expertise_domains: readonly string[];
  readonly target_audience: string | null;
  readonly tone_modes: readonly string[];
  readonly languages: readonly string[];
}

/** The product facts. Claims are limited to `key_claims` and `key_features`. */
export interface LlmProduct {
  readonly name: string;
  readonly description?: string;
  readonly key_claims?: readonly string[];
  readonly key_features?: readonly string[];
  readonly target_use?: string;
  readonly target_audience?: string;
}

export interface WordTarget {
  readonly min: number;
  readonly max: number;
}

export interface GenerationRequest {
  readonly persona: LlmPersona;
  readonly contentType: ContentType;
  /** The structure to write (a channel format has already been mapped onto its short form). */
  readonly format: StructuralFormat;
  readonly length: ContentLength;
  /** Words of body text to aim for; the caller takes it from its configuration. */
  readonly words: WordTarget;
  /** Upper bound on characters (a channel limit such as a tweet's 280), when there is one. */
  readonly maxCharacters?: number;
  /** ISO 639-1 code of the language to write in. */
  readonly language: string;
  readonly tone: string | null;
  readonly product: LlmProduct;
  /** The call-to-action line to end with, or `null` for none. */
  readonly cta: string | null;
  readonly complianceMode: ComplianceMode;
  /** A real customer's words a testimonial adapts. */
  readonly sourceQuote?: string;
  /** Overrides the configured model for this call. */
  readonly model?: string;
}

export type FinishReason = 'stop' | 'length' | 'client_closed' | 'error';

export interface LlmWarning {
  readonly code: string;
  readonly message: string;
}

/** What a finished generation used and how it ended. */
export interface GenerationRecord {
  /** The provider's id (`builtin`, `ollama`, `openai`, ...). */
  readonly provider: string;
  readonly model: string;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly latencyMs: number;
  readonly finishReason: FinishReason;
  /** The language the text is actually in (`en` when the provider fell back). */
  readonly language: string;
  readonly warnings: readonly LlmWarning[];
}

export interface Generation extends GenerationRecord {
  readonly text: string;
}

/** A stream yields text chunks in order, then exactly one final record. */
export type StreamPart =
  | { readonly type: 'chunk'; readonly text: string }
  | { readonly type: 'final'; readonly record: GenerationRecord };

export interface ProviderHealth {
  readonly ok: boolean;
  /** One line for `influgentic doctor`, e.g. `ollama at http://127.0.0.1:11434: model llama3.2 present`. */
  readonly detail: string;
}

/**
 * A text generator. Failures are thrown as problems: `llm_unavailable` (503),
 * `llm_timeout` (504), `llm_model_not_found` (502), `llm_bad_response` (502).
 * An aborted `signal` stops the call: `generate` rejects with the signal's reason, and a
 * stream ends (it does not throw) with a final record whose `finishReason` is
 * `client_closed`, counting what was produced so far.
 */
export interface LlmProvider {
  readonly id: string;
  generate(request: GenerationRequest, signal: AbortSignal): Promise<Generation>;
  stream(request: GenerationRequest, signal: AbortSignal): AsyncIterable<StreamPart>;
  /** Whether the provider can answer now (reachability, model present). */
  check(signal: AbortSignal): Promise<ProviderHealth>;
}
