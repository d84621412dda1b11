/** One custom agent and its latest build (json columns are text; bools 0/1). */
export interface BuildRow {
  id: string;
  org_id: string;
  livemode: number;
  name: string;
  category: string;
  persona_prompt: string;
  /** JSON string[] */
  expertise_domains: string;
  target_audience: string | null;
  /** JSON string[] */
  languages: string;
  visibility: string;
  /** JSON string[] */
  use_cases: string;
  /** The version being built (or last built). */
  version: number;
  serving_version: number | null;
  status: string;
  progress: number;
  step: string | null;
  /** JSON BuildStep[] */
  steps: string;
  /** JSON BuildError | null */
  error: string | null;
  /** JSON: the compiled persona of `version`, once compile_persona is done. */
  persona: string | null;
  /** JSON: the sample posts of `version`, once write_samples is done. */
  samples: string | null;
  /** JSON string[]: what the failed evaluation said, for the one compile retry. */
  feedback: string | null;
  /** Compiles of `version` so far (an evaluation failure allows one more). */
  compiles: number;
  estimated_ready_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface BuilderTables {
  builder_agents: BuildRow;
}
