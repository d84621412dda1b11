import type { ComplianceMode, ContentType, StructuralFormat } from '../types.js';

/** The angle of each content type, as the instruction a model gets. */
export const ANGLE: Readonly<Record<ContentType, string>> = {
  product_review: 'Write an expert product review: your own assessment of the product, its strengths, what the facts leave open, and a clear recommendation.',
  product_launch: 'Write launch content: announce the product and build excitement around what is new, without hype the facts cannot carry.',
  testimonial: "Write a first-person testimonial from a customer's perspective: what won them over, in plain everyday words.",
  lead_magnet: 'Write value-driven content that helps the reader decide (a short guide or checklist) and makes them want the next step.',
  trivia: 'Write engagement-driving trivia: questions the audience can answer and share. Every answer must come from the product facts.',
  collab_content: 'Write co-branded collaboration content: the persona and the product as partners, what they do together and why it fits.',
};

/** The structure of each format, with its labels; `{persona}` and `{product}` are filled in by the builder. */
export const STRUCTURE: Readonly<Record<StructuralFormat, string>> = {
  post: 'A single social media post: a hook line, a short body, a closing line. Use hashtags only if the persona\'s example posts use them.',
  thread: 'A thread of short posts numbered "1/", "2/", ...; each post under 280 characters; the first hooks, the last closes.',
  article: 'An article: a title line starting with "# ", a byline, an introduction, then three or four sections each under a "## " heading, the last one the bottom line.',
  video_script: 'A video script in numbered scenes. Each scene is a line "SCENE n — <shot description>" followed by a voice-over line starting with "VO:". The last scene shows the product name.',
  press_release: 'A press release: a "FOR IMMEDIATE RELEASE" line, a title, a lead paragraph in the third person opening with a dateline, one or two quotes from {persona}, an "About {product}" boilerplate paragraph and the end mark "###". Do not invent a city, date, price, spokesperson or contact.',
  quote: 'A short quotation in quotation marks, followed by an attribution line "— {persona}, <headline>".',
  review: 'A review: a title, a short assessment, a "Pros" list, a "Cons" list and a "Verdict". Cons must not invent flaws: name what the facts leave open (price, anything not listed).',
  question: 'One engaging question to the audience, with at most two sentences of context before it.',
  quiz: 'A quiz: a title, then numbered questions, each followed by its answer on its own line ("Answer: ..."). Every question and answer must come from the facts below.',
  landing_copy: 'Landing page copy: a headline, a subheadline, then sections headed "What you get", "Why it matters" and "Who it\'s for".',
  email: 'An email: a "Subject:" line, a greeting, a short body, the call to action, and a sign-off from {persona}.',
  joint_announcement: 'A joint announcement headed "{persona} × {product}": what the two do together, then what comes next.',
};

/** What each compliance mode asks for on top of the claims rule, which always applies. */
export const COMPLIANCE: Readonly<Record<ComplianceMode, string | null>> = {
  standard: 'Follow advertising standards: no superlatives or comparisons you cannot support, no health, financial or safety promises, no disparaging of competitors.',
  strict: 'Strict compliance: follow advertising standards (no unsupported superlatives or comparisons, no health, financial or safety promises, no disparaging of competitors), present opinions as opinions, create no false urgency, and state clearly that this is sponsored content written by an AI persona.',
  off: null,
};
