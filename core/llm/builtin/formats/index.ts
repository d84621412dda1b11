import type { StructuralFormat } from '../../types.js';
import { article } from './article.js';
import type { FormatBuilder } from './context.js';
import { email } from './email.js';
import { jointAnnouncement } from './joint-announcement.js';
import { landingCopy } from './landing-copy.js';
import { post } from './post.js';
import { pressRelease } from './press-release.js';
import { question } from './question.js';
import { quiz } from './quiz.js';
import { quote } from './quote.js';
import { review } from './review.js';
import { thread } from './thread.js';
import { videoScript } from './video-script.js';

/** Every structural format and how it is built. */
export const FORMATS: Readonly<Record<StructuralFormat, FormatBuilder>> = {
  post,
  thread,
  article,
  video_script: videoScript,
  press_release: pressRelease,
  quote,
  review,
  question,
  quiz,
  landing_copy: landingCopy,
  email,
  joint_announcement: jointAnnouncement,
};
