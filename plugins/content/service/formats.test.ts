import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveFormat } from './formats.js';

describe('resolveFormat', () => {
  it('defaults to the type\'s first primary format', () => {
    assert.deepEqual(resolveFormat('trivia', undefined), { format: 'question', channel: null, outsideType: false });
    assert.deepEqual(resolveFormat('testimonial', undefined), { format: 'quote', channel: null, outsideType: false });
  });

  it('maps channel formats onto the type\'s short form, tiktok_script onto video_script', () => {
    assert.deepEqual(resolveFormat('product_review', 'instagram_caption'), { format: 'post', channel: 'instagram_caption', outsideType: false });
    assert.deepEqual(resolveFormat('testimonial', 'tweet'), { format: 'quote', channel: 'tweet', outsideType: false });
    assert.deepEqual(resolveFormat('trivia', 'linkedin_post'), { format: 'question', channel: 'linkedin_post', outsideType: false });
    assert.deepEqual(resolveFormat('product_launch', 'tiktok_script'), { format: 'video_script', channel: 'tiktok_script', outsideType: true });
    assert.deepEqual(resolveFormat('testimonial', 'tiktok_script'), { format: 'video_script', channel: 'tiktok_script', outsideType: false });
  });

  it('marks a structural format outside the type\'s table', () => {
    assert.equal(resolveFormat('product_launch', 'video_script').outsideType, true);
    assert.equal(resolveFormat('lead_magnet', 'email').outsideType, false);
  });
});
