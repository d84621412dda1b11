import type { GenerationRequest } from '../../types.js';

/** A complete request for provider tests: what the content plugin would hand over. */
export const sampleRequest: GenerationRequest = {
  persona: {
    name: 'Velo',
    headline: 'Cycling commuter and gear tester',
    category: 'automotive',
    bio: 'Rides to work every day, in every weather, and tests the gear that makes it bearable.',
    topics: ['commuting', 'bike gear'],
    adjectives: ['practical', 'dry-humoured'],
    style_rules: ['short sentences', 'no hype words'],
    example_posts: ['Rain again. The fenders earned their keep today.'],
    expertise_domains: ['urban cycling'],
    target_audience: 'city commuters',
    tone_modes: ['casual'],
    languages: ['en', 'de'],
  },
  contentType: 'product_review',
  format: 'post',
  length: 'short',
  words: { min: 40, max: 80 },
  language: 'en',
  tone: 'casual',
  product: { name: 'Lumo Light', description: 'A rechargeable bike light', key_features: ['400 lumens', 'USB-C charging'] },
  cta: 'Try it on your next ride.',
  complianceMode: 'standard',
};
