import { z } from 'zod';

const wordTarget = z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) });
const lengths = z.strictObject({ short: wordTarget.optional(), medium: wordTarget.optional(), long: wordTarget.optional() });
const structuralFormats = ['post', 'thread', 'article', 'video_script', 'press_release', 'quote', 'review', 'question', 'quiz', 'landing_copy', 'email', 'joint_announcement'] as const;

/** The `content:` config section. */
export const contentConfig = z.strictObject({
  /**
   * Overrides of core/llm's DEFAULT_WORD_TARGETS, per structural format and length
   * (`content.word_targets.post.short: { min: 15, max: 40 }`); what is left out keeps the default.
   */
  word_targets: z.partialRecord(z.enum(structuralFormats), lengths).default({}),
  /** Characters a channel format may use, disclosures included. */
  channel_limits: z
    .strictObject({
      tweet: z.number().int().min(40).default(280),
      social_post: z.number().int().min(40).default(500),
      instagram_caption: z.number().int().min(40).default(2200),
      linkedin_post: z.number().int().min(40).default(3000),
      youtube_description: z.number().int().min(40).default(5000),
    })
    .prefault({}),
  /** Words of a `tiktok_script` (about 60 seconds spoken at 150 words a minute). */
  tiktok_max_words: z.number().int().min(10).default(150),
  /** Interval of the `: ping` comment on SSE streams. */
  sse_ping_ms: z.number().int().min(10).default(15_000),
  /** How long a WebSocket ticket from POST /v1/stream/tickets stays valid. */
  stream_ticket_ttl_ms: z.number().int().min(1000).default(60_000),
  /** Messages a WebSocket client may send per second (over 10 s); a socket above it is closed with 1008. */
  ws_messages_per_second: z.number().int().min(1).default(20),
});

export type ContentConfig = z.output<typeof contentConfig>;
