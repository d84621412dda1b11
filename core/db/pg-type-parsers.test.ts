import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { pgTimestampToIso, pgTypeParsers } from './pg-type-parsers.js';

function parse(oid: number, text: string): unknown {
  const parser = pgTypeParsers.getTypeParser(oid, 'text') as (text: string) => unknown;
  return parser(text);
}

describe('pgTypeParsers', () => {
  it('reads int8 and numeric as numbers', () => {
    assert.equal(parse(20, '9007199254740991'), 9_007_199_254_740_991);
    assert.equal(parse(20, '-42'), -42);
    assert.equal(parse(1700, '12.5000'), 12.5);
  });

  it('reads timestamps as ISO strings and dates as YYYY-MM-DD', () => {
    assert.equal(parse(1184, '2026-11-28 09:00:00.123+00'), '2026-11-28T09:00:00.123Z');
    assert.equal(parse(1114, '2026-11-28 09:00:00'), '2026-11-28T09:00:00.000Z');
    assert.equal(parse(1082, '2026-11-28'), '2026-11-28');
  });

  it('leaves other types to pg', () => {
    assert.equal(parse(23, '7'), 7);
    assert.equal(parse(16, 't'), true);
    assert.deepEqual(parse(114, '{"a":1}'), { a: 1 });
  });

  it('does not change the global pg parsers', () => {
    assert.equal(typeof (pg.types.getTypeParser(20) as (text: string) => unknown)('5'), 'string');
    assert.ok((pg.types.getTypeParser(1184) as (text: string) => unknown)('2026-11-28 09:00:00+00') instanceof Date);
  });
});

describe('pgTimestampToIso', () => {
  it('applies the zone offset, in hours, minutes or seconds', () => {
    assert.equal(pgTimestampToIso('2026-11-28 09:00:00+05:30'), '2026-11-28T03:30:00.000Z');
    assert.equal(pgTimestampToIso('2026-11-28 09:00:00-08'), '2026-11-28T17:00:00.000Z');
    assert.equal(pgTimestampToIso('1883-11-18 12:00:00-04:56:02'), '1883-11-18T16:56:02.000Z');
  });

  it('cuts microseconds to milliseconds and pads short fractions', () => {
    assert.equal(pgTimestampToIso('2026-11-28 09:00:00.123456+00'), '2026-11-28T09:00:00.123Z');
    assert.equal(pgTimestampToIso('2026-11-28 09:00:00.5+00'), '2026-11-28T09:00:00.500Z');
  });

  it('keeps years below 100 as written', () => {
    assert.equal(pgTimestampToIso('0042-01-02 03:04:05+00'), '0042-01-02T03:04:05.000Z');
  });

  it('returns infinity and BC timestamps as Postgres wrote them', () => {
    assert.equal(pgTimestampToIso('infinity'), 'infinity');
    assert.equal(pgTimestampToIso('-infinity'), '-infinity');
    assert.equal(pgTimestampToIso('0044-03-15 12:00:00+00 BC'), '0044-03-15 12:00:00+00 BC');
  });
});
