import type { ContentLength, ContentType, GenerationRequest, LlmPersona, LlmProduct, StructuralFormat } from '../types.js';
import { ctaLine } from '../cta.js';
import { DEFAULT_WORD_TARGETS } from '../word-targets.js';

/** VELO as the API reference lists it (agent_velo_automotive), with a plausible persona. */
export const VELO: LlmPersona = {
  name: 'VELO',
  headline: 'Automotive AI influencer for EVs, luxury and safety',
  category: 'automotive',
  bio: 'VELO reviews cars the way an engineer drives them: range figures checked, safety systems read line by line, and luxury judged by how it feels on a long motorway run.',
  topics: ['EV', 'luxury', 'safety'],
  adjectives: ['precise', 'calm', 'data-driven'],
  style_rules: ['Lead with the fact that matters most', 'At most one exclamation mark per post', 'No emojis'],
  example_posts: [
    'Range anxiety is a planning problem, not a battery problem. Here is how I plan a 600 km day. #EV',
    'Luxury is silence at 130 km/h. Everything else is trim!',
  ],
  expertise_domains: ['electric vehicles', 'driver assistance', 'premium cars'],
  target_audience: 'tech_enthusiasts_25_45',
  tone_modes: ['expert_enthusiastic', 'calm'],
  languages: ['en', 'de', 'ja', 'zh'],
};

/** The campaign example's product in the API reference. */
export const EV_SERIES_X_PRO: LlmProduct = {
  name: 'EV Series X Pro',
  description: 'Next-gen all-electric SUV',
  key_features: ['800km range', 'AI-drive'],
  target_audience: 'tech_enthusiasts_25_45',
};

/** A product with nothing but its name: the generator must still write without inventing. */
export const BARE_PRODUCT: LlmProduct = { name: 'Aurora One' };

/** A complete request for the fixture persona and product, with the default word target and CTA. */
export function fixtureRequest(overrides: Partial<GenerationRequest> & { contentType?: ContentType; format?: StructuralFormat; length?: ContentLength } = {}): GenerationRequest {
  const contentType = overrides.contentType ?? 'product_review';
  const format = overrides.format ?? 'post';
  const length = overrides.length ?? 'medium';
  const language = overrides.language ?? 'en';
  const product = overrides.product ?? EV_SERIES_X_PRO;
  return {
    persona: VELO,
    contentType,
    format,
    length,
    words: DEFAULT_WORD_TARGETS[format][length],
    language,
    tone: 'expert_enthusiastic',
    product,
    cta: ctaLine(contentType, language, product.name),
    complianceMode: 'standard',
    ...overrides,
  };
}
