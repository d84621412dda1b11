import type { GenerationRequest, LlmPersona, LlmProduct } from '../types.js';
import { humanize } from '../builtin/facts.js';
import { ANGLE, COMPLIANCE, STRUCTURE } from './instructions.js';
import { languageName } from './languages.js';

export interface PromptMessage {
  readonly role: 'system' | 'user';
  readonly content: string;
}

/** `tech_enthusiasts_25_45` reads as `tech enthusiasts 25–45`, the way the generated text says it. */
const human = humanize;
const bullets = (items: readonly string[]): string => items.map((i) => `- ${i}`).join('\n');

function systemMessage(p: LlmPersona): string {
  const lines = [`You are ${p.name}, ${p.headline}. Category: ${human(p.category)}.`];
  if (p.bio.trim() !== '') lines.push('', p.bio.trim());
  if (p.topics.length > 0) lines.push('', `Topics you cover: ${p.topics.join(', ')}.`);
  if (p.expertise_domains.length > 0) lines.push(`Expertise: ${p.expertise_domains.join(', ')}.`);
  if (p.adjectives.length > 0) lines.push(`Your voice is ${p.adjectives.join(', ')}.`);
  if (p.target_audience !== null) lines.push(`Your audience: ${human(p.target_audience)}.`);
  if (p.style_rules.length > 0) lines.push('', 'Style rules:', bullets(p.style_rules));
  if (p.example_posts.length > 0) {
    lines.push('', 'Examples of your voice (match the voice; never reuse their facts or numbers):', bullets(p.example_posts));
  }
  lines.push('', 'You write marketing content in your own voice. You never state a fact about a product that you were not given.');
  return lines.join('\n');
}

/** A fact the request really gives: a blank one is left out, not printed as an empty line a model would fill in. */
const given = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

function productFacts(product: LlmProduct): string {
  const lines = [`Product: ${product.name}`];
  const features = (product.key_features ?? []).filter(given);
  const claims = (product.key_claims ?? []).filter(given);
  if (given(product.description)) lines.push(`Description: ${product.description}`);
  if (features.length > 0) lines.push('Key features:', bullets(features));
  if (claims.length > 0) lines.push('Key claims:', bullets(claims));
  if (given(product.target_use)) lines.push(`Target use: ${product.target_use}`);
  if (given(product.target_audience)) lines.push(`Target audience: ${human(product.target_audience)}`);
  return lines.join('\n');
}

function fill(text: string, request: GenerationRequest): string {
  return text.replaceAll('{persona}', request.persona.name).replaceAll('{product}', request.product.name);
}

function userMessage(r: GenerationRequest): string {
  const tone = r.tone ?? r.persona.tone_modes[0] ?? null;
  const lines = [
    `Task: ${ANGLE[r.contentType]}`,
    `Format: ${fill(STRUCTURE[r.format], r)}`,
    `Length: ${r.length}, ${r.words.min}-${r.words.max} words, not counting the call-to-action line.`,
  ];
  if (r.maxCharacters !== undefined) lines.push(`Hard limit: the whole text, call to action included, must fit in ${r.maxCharacters} characters.`);
  lines.push(`Language: write in ${languageName(r.language)} as a native writer would, not as a translation. Keep product and feature names as given.`);
  if (tone !== null) lines.push(`Tone: ${human(tone)}.`);
  lines.push('', productFacts(r.product), '');
  lines.push('Claims: state only the description, key features and key claims above. Do not add any feature, number, price, date, award, test result or comparison that is not listed; if something is not given, leave it out.');
  if (r.contentType === 'testimonial' && given(r.sourceQuote)) {
    lines.push(`Adapt this real customer's words; keep their meaning and add nothing: "${r.sourceQuote}"`);
  }
  const compliance = COMPLIANCE[r.complianceMode];
  if (compliance !== null) lines.push(`Compliance: ${compliance}`);
  lines.push(r.cta === null ? 'Call to action: none; do not add one.' : `Call to action: end with this exact line as its own paragraph: ${r.cta}`);
  lines.push('Reply with the text only: no preamble, no notes, no code fences.');
  return lines.join('\n');
}

/**
 * The messages a model is given for a request: a system message that makes it the persona,
 * and a user message with the angle, the structure, the length, the language, the tone, the
 * product facts (and the rule that they are the only facts), compliance and the CTA.
 * Pure: the same request always gives the same messages.
 */
export function buildPrompt(request: GenerationRequest): PromptMessage[] {
  return [
    { role: 'system', content: systemMessage(request.persona) },
    { role: 'user', content: userMessage(request) },
  ];
}
