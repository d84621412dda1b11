import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: sorts like the numbers it encodes

// One randomBytes call per id costs more than the rest of a request's id work (a request id is
// made per request), so random bytes are drawn from a pool refilled 4 KiB at a time.
const poolSize = 4096;
let pool = randomBytes(poolSize);
let offset = 0;

function takeRandom(count: number): Buffer {
  if (offset + count > poolSize) {
    pool = randomBytes(poolSize);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + count);
  offset += count;
  return bytes;
}

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
  const bytes = takeRandom(10);
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
