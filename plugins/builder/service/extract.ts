import type { BuildInputs, CompiledPersona } from './types.js';

// Use cases the reference and DESIGN.md name, mapped to the content type they write.
const CONTENT_TYPE_OF: Readonly<Record<string, string>> = {
  product_review: 'product_review',
  review: 'product_review',
  brand_launch: 'product_launch',
  product_launch: 'product_launch',
  launch: 'product_launch',
  testimonial: 'testimonial',
  lead_gen: 'lead_magnet',
  lead_magnet: 'lead_magnet',
  trivia: 'trivia',
  collab: 'collab_content',
  collab_content: 'collab_content',
};

/** The content type a use case writes; an unknown slug writes a product review. */
export function contentTypeOf(useCase: string): string {
  return CONTENT_TYPE_OF[useCase] ?? 'product_review';
}

const FOCUS = /\b(?:specializ(?:ing|es|ed) in|specialis(?:ing|es|ed) in|expert in|focus(?:ed|es|ing)? on|known for|passionate about|covers?|about)\s+([^.;:]+)/giu;
const TONE = /\btone\s*:\s*([^.]+)/iu;

function clean(phrase: string): string {
  return phrase.replace(/[()"“”]/gu, ' ').replace(/\s+/gu, ' ').trim().replace(/^(?:and|or|the)\s+/iu, '');
}

function unique(values: readonly string[], limit: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = value.toLocaleLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
    if (out.length === limit) break;
  }
  return out;
}

function listOf(phrase: string): string[] {
  return phrase.split(/,|\band\b|\bor\b|&/iu).map(clean).filter((part) => part.length > 2 && part.split(' ').length <= 5);
}

/** Phrases after "specializing in", "expert in", ...: the prompt's own topics. */
export function topicsFromPrompt(prompt: string, name = ''): string[] {
  const found: string[] = [];
  for (const match of prompt.matchAll(FOCUS)) found.push(...listOf(match[1] ?? ''));
  // Acronyms and certifications (GOTS, OEKO-TEX) are expertise terms too; the agent's own name is not.
  for (const match of prompt.matchAll(/\b[A-Z][A-Z0-9-]{2,}\b/gu)) if (match[0] !== name.toUpperCase()) found.push(match[0]);
  return unique(found, 12);
}

function slug(word: string): string {
  return word.toLocaleLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[^a-z0-9]+/gu, '_').replace(/^_+|_+$/gu, '');
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/u).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * The builtin provider's compile: a deterministic reading of the prompt and fields (no
 * model), so an offline build is reproducible. Keywords of the prompt and the expertise
 * domains become topics; the "Tone:" line becomes adjectives, tone modes and style rules.
 */
export function extractPersona(inputs: BuildInputs, feedback: readonly string[] = []): CompiledPersona {
  const prompt = inputs.persona_prompt.trim();
  const expertise = inputs.expertise_domains.length > 0 ? [...inputs.expertise_domains] : topicsFromPrompt(prompt, inputs.name).slice(0, 3);
  const topics = unique([...expertise, ...topicsFromPrompt(prompt, inputs.name)], 12);
  const toneLine = TONE.exec(prompt)?.[1] ?? '';
  const toneWords = listOf(toneLine);
  const avoid = toneWords.filter((word) => /^(?:never|not|no)\b/iu.test(word)).map((word) => word.replace(/^(?:never|not|no)\s+/iu, ''));
  const adjectives = unique(toneWords.filter((word) => !/^(?:never|not|no)\b/iu.test(word)), 6);
  const finalAdjectives = adjectives.length > 0 ? adjectives : ['knowledgeable', 'friendly'];
  const first = sentences(prompt)[0] ?? prompt;
  const headline = first.length <= 140 ? first : `${first.slice(0, 137).trimEnd()}...`;
  const bio = sentences(prompt).filter((s) => !TONE.test(s)).slice(0, 3).join(' ') || prompt;
  const styleRules = [
    ...avoid.map((word) => `Never sound ${word}.`),
    `Stay on ${expertise.join(', ')}.`,
    ...(inputs.target_audience === null ? [] : [`Write for ${inputs.target_audience.replace(/_/gu, ' ')}.`]),
    'Claim only what the product facts say.',
    ...feedback.map((reason) => `Fix: ${reason}`),
  ];
  const focus = expertise[0] ?? inputs.category.replace(/_/gu, ' ');
  return {
    headline,
    bio,
    topics,
    adjectives: finalAdjectives,
    style_rules: styleRules,
    example_posts: [
      `${inputs.name} on ${focus}: the details that matter, explained without the jargon.`,
      `What I look for in ${expertise[1] ?? focus}: proof, not promises.`,
    ],
    expertise_domains: expertise,
    target_audience: inputs.target_audience,
    tone_modes: unique(finalAdjectives.map(slug).filter((s) => s !== ''), 6),
    content_types: unique(inputs.use_cases.length > 0 ? inputs.use_cases.map(contentTypeOf) : ['product_review', 'product_launch'], 6),
  };
}
