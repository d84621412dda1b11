import type { AgentPersonaFields } from '../../agents/tokens.js';

export type BuildStatus = 'training' | 'ready' | 'failed' | 'retired';
export type Visibility = 'private' | 'public' | 'marketplace';
export const STEP_NAMES = ['compile_persona', 'write_samples', 'evaluate', 'publish'] as const;
export type StepName = (typeof STEP_NAMES)[number];

export interface BuildStep {
  readonly name: StepName;
  readonly status: 'pending' | 'running' | 'done' | 'failed';
  readonly started_at: string | null;
  readonly finished_at: string | null;
  readonly attempts: number;
  readonly log: readonly string[];
  readonly scores?: Readonly<Record<string, number>>;
}

export interface BuildError {
  readonly code: string;
  readonly message: string;
  readonly reasons: readonly string[];
}

/** The inputs a build is made from (CreateBuilderAgentRequest with defaults applied). */
export interface BuildInputs {
  readonly name: string;
  readonly category: string;
  readonly persona_prompt: string;
  readonly expertise_domains: readonly string[];
  readonly target_audience: string | null;
  readonly languages: readonly string[];
  readonly visibility: Visibility;
  readonly use_cases: readonly string[];
}

export type CreateBuildInput = Partial<BuildInputs> & Pick<BuildInputs, 'name' | 'category' | 'persona_prompt'>;
export type UpdateBuildInput = Partial<Omit<BuildInputs, 'target_audience'>> & { readonly target_audience?: string };

/** What compile_persona derives: the registry's persona plus the agent's identity fields. */
export interface CompiledPersona extends AgentPersonaFields {
  readonly headline: string;
  readonly tone_modes: readonly string[];
  readonly content_types: readonly string[];
}

/** One sample post write_samples made. */
export interface Sample {
  readonly use_case: string;
  readonly content_type: string;
  readonly language: string;
  /** The language the provider actually wrote in (a fallback shows here). */
  readonly written_language: string;
  readonly text: string;
  readonly words: { readonly min: number; readonly max: number };
}

/** BuildAccepted in openapi.yaml. */
export interface BuildAccepted {
  readonly id: string;
  readonly name: string;
  readonly status: BuildStatus;
  readonly estimated_ready_at: string | null;
  readonly dashboard_url: string;
  readonly api_endpoint: string;
}

/** BuilderAgent in openapi.yaml. */
export interface BuilderAgent extends BuildAccepted, BuildInputs {
  readonly version: number;
  readonly serving_version: number | null;
  readonly progress: number;
  readonly step: StepName | null;
  readonly steps: readonly BuildStep[];
  readonly error: BuildError | null;
  readonly created_at: string;
  readonly updated_at: string;
}

/** Settings the service needs besides the `builder:` section. */
export interface BuilderSettings {
  readonly baseUrl: string;
  readonly base_rate_usd: number;
  readonly builtin_ready_seconds: number;
  readonly model_ready_seconds: number;
  readonly compile_retries: number;
  readonly step_delay_ms: number;
}

/** A build that cannot succeed (not a transient failure): it ends `failed` with this error. */
export class BuildFailure extends Error {
  constructor(readonly error: BuildError) {
    super(error.message);
  }
}
