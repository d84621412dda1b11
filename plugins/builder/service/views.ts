import { fromJson } from 'influgentic';
import type { BuildRow } from '../db/schema.js';
import type { BuildAccepted, BuildError, BuilderAgent, BuildInputs, BuildStatus, BuildStep, StepName, Visibility } from './types.js';
import { STEP_NAMES } from './types.js';

export function freshSteps(): BuildStep[] {
  return STEP_NAMES.map((name) => ({ name, status: 'pending', started_at: null, finished_at: null, attempts: 0, log: [] }));
}

export function inputsOf(row: BuildRow): BuildInputs {
  return {
    name: row.name,
    category: row.category,
    persona_prompt: row.persona_prompt,
    expertise_domains: fromJson<string[]>(row.expertise_domains),
    target_audience: row.target_audience,
    languages: fromJson<string[]>(row.languages),
    visibility: row.visibility as Visibility,
    use_cases: fromJson<string[]>(row.use_cases),
  };
}

export function acceptedView(row: BuildRow, baseUrl: string): BuildAccepted {
  return {
    id: row.id,
    name: row.name,
    status: row.status as BuildStatus,
    estimated_ready_at: row.estimated_ready_at,
    dashboard_url: `${baseUrl}/dashboard/agents/${row.id}`,
    api_endpoint: `${baseUrl}/v1/agents/${row.id}`,
  };
}

export function buildView(row: BuildRow, baseUrl: string): BuilderAgent {
  return {
    ...acceptedView(row, baseUrl),
    ...inputsOf(row),
    version: Number(row.version),
    serving_version: row.serving_version === null ? null : Number(row.serving_version),
    progress: Number(row.progress),
    step: row.step as StepName | null,
    steps: fromJson<BuildStep[]>(row.steps),
    error: row.error === null ? null : fromJson<BuildError>(row.error),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
