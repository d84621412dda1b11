import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: sorts like the numbers it encodes

/**
 * A prefixed, time-sortable id: `camp_` + 10 characters of milliseconds + 16 random
 * characters (80 bits), so ids created later sort later and never collide in practice.
 *
 * @example newId('camp') // 'camp_01JDQ8ZK3M7W0X4T5N2B6C9D8E'
 */
export function newId(prefix: string, now: number = Date.now()): string {
  let time = '';
  let rest = now;
  for (let i = 0; i < 10; i += 1) {
    time = alphabet[rest % 32] + time;
    rest = Math.floor(rest / 32);
  }
  const bytes = randomBytes(10);
  let random = '';
  for (let i = 0; i < 16; i += 1) {
    // 10 bytes = 80 bits = 16 five-bit groups
    const bit = i * 5;
    const byte = bit >> 3;
    const offset = bit & 7;
    const pair = ((bytes[byte] ?? 0) << 8) | (bytes[byte + 1] ?? 0);
    random += alphabet[(pair >> (11 - offset)) & 31];
  }
  return `${prefix}_${time}${random}`;
}
