import { coreErrors } from './errors.js';

/**
 * Opaque pagination cursors: the keyset values of the last row of a page (sort key, id),
 * encoded so clients treat them as tokens. Keyset cursors stay correct while rows are added,
 * unlike offsets.
 *
 * @example
 *   const next = encodeCursor([row.created_at, row.id]);
 *   const [createdAt, id] = decodeCursor(query.cursor, 2);
 */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return `cur_${Buffer.from(JSON.stringify(values)).toString('base64url')}`;
}

/** Reads a cursor made by encodeCursor with `arity` values; anything else is a 400 naming `cursor`. */
export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  const invalid = () =>
    coreErrors.VALIDATION_FAILED('cursor is not one this API handed out: pass meta.next_cursor of the previous page unchanged', {
      errors: [{ field: 'cursor', code: 'invalid_cursor', message: 'is not a cursor from a previous page' }],
    });
  if (!cursor.startsWith('cur_')) throw invalid();
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor.slice(4), 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const fits = (value: unknown) => value === null || typeof value === 'number' || (typeof value === 'string' && !value.includes('\u0000'));
  if (!Array.isArray(values) || values.length !== arity || !values.every(fits)) {
    throw invalid();
  }
  return values as (string | number | null)[];
}
