import { PRIMARY_FORMATS, type ContentType, type StructuralFormat } from 'influgentic';
import type { ChannelFormat, ContentFormat } from './types.js';

export const CHANNEL_FORMATS: readonly ChannelFormat[] = ['social_post', 'instagram_caption', 'tweet', 'linkedin_post', 'tiktok_script', 'youtube_description'];

export function isChannel(format: ContentFormat): format is ChannelFormat {
  return (CHANNEL_FORMATS as readonly string[]).includes(format);
}

/** A type's short form, which channel formats are written as (DESIGN.md). */
export function shortFormOf(contentType: ContentType): StructuralFormat {
  if (contentType === 'testimonial') return 'quote';
  if (contentType === 'trivia') return 'question';
  return 'post';
}

export interface ResolvedFormat {
  readonly format: StructuralFormat;
  readonly channel: ChannelFormat | null;
  /** Whether the structure is outside the type's primary formats (a warning, not an error). */
  readonly outsideType: boolean;
}

/** The structure to write for a requested format (the type's first primary one when none). */
export function resolveFormat(contentType: ContentType, requested: ContentFormat | undefined): ResolvedFormat {
  const primary = PRIMARY_FORMATS[contentType];
  if (requested === undefined) return { format: primary[0] as StructuralFormat, channel: null, outsideType: false };
  if (!isChannel(requested)) return { format: requested, channel: null, outsideType: !primary.includes(requested) };
  // A TikTok script is spoken: a short video script whatever the type.
  const format = requested === 'tiktok_script' ? 'video_script' : shortFormOf(contentType);
  return { format, channel: requested, outsideType: requested === 'tiktok_script' && !primary.includes(format) };
}
