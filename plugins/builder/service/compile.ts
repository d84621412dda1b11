import { z } from 'zod';
import type { LlmProvider } from 'influgentic';
import { extractPersona } from './extract.js';
import { requestFor } from './request.js';
import { BuildFailure, type BuildInputs, type CompiledPersona } from './types.js';

const strings = (max: number) => z.array(z.string().trim().min(1).max(2000)).max(max);

/** What a model must answer: bio and topics at least; the rest is repaired from the draft. */
const answerSchema = z.object({
  bio: z.string().trim().min(10).max(2000),
  topics: strings(20).min(1),
  headline: z.string().trim().min(1).max(200).optional().catch(undefined),
  adjectives: strings(10).optional().catch(undefined),
  style_rules: strings(20).optional().catch(undefined),
  tone_modes: z.array(z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)*$/u)).max(10).optional().catch(undefined),
  example_posts: strings(10).optional().catch(undefined),
});

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 3).trimEnd()}...`);
const fitList = (list: readonly string[], items: number, chars: number) => [...new Set(list.map((item) => cut(item.trim(), chars)).filter((item) => item !== ''))].slice(0, items);

/** The persona within the registry's limits (a model's answer can run long). */
export function fitForRegistry(persona: CompiledPersona): CompiledPersona {
  return {
    ...persona,
    headline: cut(persona.headline, 200),
    bio: cut(persona.bio, 4000),
    topics: fitList(persona.topics, 50, 200),
    adjectives: fitList(persona.adjectives, 30, 100),
    style_rules: fitList(persona.style_rules, 20, 500),
    example_posts: fitList(persona.example_posts, 10, 2000),
    tone_modes: fitList(persona.tone_modes, 20, 64),
  };
}

/** The first balanced `{...}` of a text (models wrap JSON in prose or code fences). */
export function firstJsonObject(text: string): unknown {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth += 1;
    else if (ch === '}' && --depth === 0) {
      // Trailing commas are the commonest slip; repair them before giving up.
      const candidate = text.slice(start, i + 1).replace(/,\s*([}\]])/gu, '$1');
      try {
        return JSON.parse(candidate) as unknown;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

const instructions = (inputs: BuildInputs, feedback: readonly string[], previousProblem: string | undefined) =>
  [
    ...(previousProblem === undefined ? [] : [`Your previous answer was not valid JSON (${previousProblem}): answer with the JSON object only.`]),
    'Compile this influencer persona. Answer with one JSON object only, no prose, with the keys',
    'bio (string), headline (string), topics (string[]), adjectives (string[]), style_rules (string[]),',
    'tone_modes (snake_case string[]), example_posts (string[]).',
    `Persona prompt: ${inputs.persona_prompt}`,
    `Expertise: ${inputs.expertise_domains.join(', ')}. Audience: ${inputs.target_audience ?? 'general'}.`,
    ...(feedback.length > 0 ? [`A previous version failed evaluation: ${feedback.join('; ')}. Fix this.`] : []),
  ].join('\n');

/**
 * compile_persona: the builtin provider's deterministic extraction, or a model asked for
 * JSON, validated, repaired from the extraction where a field is missing or malformed, and
 * asked again (up to `retries` times) when the answer is no usable JSON at all.
 */
export async function compilePersona(provider: LlmProvider, inputs: BuildInputs, feedback: readonly string[], retries: number, signal: AbortSignal, log: (line: string) => void): Promise<CompiledPersona> {
  const draft = extractPersona(inputs, feedback);
  if (provider.id === 'builtin') {
    log(`extracted ${draft.topics.length} topics, ${draft.adjectives.length} adjectives and ${draft.style_rules.length} style rules from the prompt (builtin, offline)`);
    return fitForRegistry(draft);
  }
  const problems: string[] = [];
  for (let attempt = 1; attempt <= retries + 1; attempt += 1) {
    const request = requestFor(inputs, draft, 'product_review', 'en', { name: 'persona compilation', description: instructions(inputs, feedback, problems[problems.length - 1]) });
    const generation = await provider.generate(request, signal);
    const parsed = answerSchema.safeParse(firstJsonObject(generation.text));
    if (parsed.success) {
      const answer = parsed.data;
      log(`compiled with ${provider.id} (attempt ${attempt}): ${answer.topics.length} topics`);
      return fitForRegistry({
        ...draft,
        bio: answer.bio,
        headline: answer.headline ?? draft.headline,
        topics: [...new Set([...draft.expertise_domains, ...answer.topics])],
        adjectives: answer.adjectives ?? draft.adjectives,
        // The feedback first: the list is cut to the registry's 20 rules.
        style_rules: [...feedback.map((reason) => `Fix: ${reason}`), ...(answer.style_rules ?? draft.style_rules)],
        tone_modes: answer.tone_modes ?? draft.tone_modes,
        example_posts: answer.example_posts ?? draft.example_posts,
      });
    }
    const problem = `attempt ${attempt}: ${provider.id} answered no valid persona JSON (${parsed.error.issues.map((issue) => issue.path.join('.') || 'answer').join(', ')})`;
    problems.push(problem);
    log(problem);
  }
  throw new BuildFailure({ code: 'persona_compile_failed', message: `the ${provider.id} provider gave no valid persona JSON in ${retries + 1} attempts`, reasons: problems });
}
