import { z } from 'zod';
import { agentErrors } from '../errors.js';
import type { PublishAgentInput, PublishVersionInput } from './types.js';

const slug = z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)*$/, 'must be a snake_case slug').max(64);
const text = (max: number) => z.string().trim().min(1).max(max);

const persona = z.strictObject({
  bio: text(4000),
  topics: z.array(text(200)).max(50),
  adjectives: z.array(text(100)).max(30),
  style_rules: z.array(text(500)).max(20),
  example_posts: z.array(text(2000)).max(10),
  expertise_domains: z.array(text(100)).min(1).max(20),
  target_audience: text(200).nullable(),
});

const versionFields = {
  name: text(64),
  headline: text(200),
  category: slug,
  subcategories: z.array(text(64)).max(20).optional(),
  use_cases: z.array(slug).max(20).optional(),
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code')).min(1).max(50),
  tone_modes: z.array(slug).max(20).optional(),
  content_types: z.array(slug).max(20).optional(),
  persona,
  base_rate_usd: z.number().min(0).max(1_000_000).optional(),
  included_in_plans: z.array(z.enum(['starter', 'growth', 'enterprise'])).min(1).optional(),
  version: z.number().int().min(1).optional(),
};
const visibility = z.enum(['private', 'public', 'marketplace']);

const publishSchema = z.strictObject({ ...versionFields, id: z.string().regex(/^agent_[a-z0-9_]+$/).max(100).optional(), visibility });
const versionSchema = z.strictObject({ ...versionFields, visibility: visibility.optional() });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    field: issue.path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('') || '(body)',
    code: issue.code,
    message: issue.message,
  }));
  throw agentErrors.AGENT_INVALID(`the agent cannot be published: ${errors.map((error) => `${error.field} ${error.message}`).join('; ')}`, { errors });
}

/** Checks what the builder hands the registry (its own API validated the user's input already). */
export function parsePublishInput(input: PublishAgentInput): PublishAgentInput {
  return parse(publishSchema, input) as PublishAgentInput;
}

export function parseVersionInput(input: PublishVersionInput): PublishVersionInput {
  return parse(versionSchema, input) as PublishVersionInput;
}
