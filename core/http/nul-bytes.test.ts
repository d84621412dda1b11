import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import express, { type NextFunction, type Request, type Response } from 'express';
import { markNulFree, rejectNulBytes } from './nul-bytes.js';
import { listenOnLoopback } from './testing/loopback.js';

/** POSTs raw bytes through express.json (with markNulFree) and rejectNulBytes; the status and the fields refused. */
async function post(body: Buffer, contentType = 'application/json'): Promise<{ status: number; fields: string[] }> {
  const app = express();
  app.post('/', express.json({ verify: markNulFree }), rejectNulBytes, (_req, res) => {
    res.status(204).end();
  });
  app.use((error: { status?: number; options?: { errors?: { field: string }[] } }, _req: Request, res: Response, _next: NextFunction) => {
    res.status(error.status ?? 400).json({ fields: (error.options?.errors ?? []).map((e) => e.field) });
  });
  const server = await listenOnLoopback(app);
  try {
    const response = await fetch(`${server.baseUrl}/`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const text = await response.text();
    return { status: response.status, fields: text === '' ? [] : (JSON.parse(text) as { fields: string[] }).fields };
  } finally {
    await server.close();
  }
}

describe('rejectNulBytes after markNulFree', () => {
  it('refuses a NUL written as \\u0000 in a value or a key, naming the field', async () => {
    assert.deepEqual(await post(Buffer.from(JSON.stringify({ name: 'x\u0000y' }))), { status: 400, fields: ['name'] });
    assert.deepEqual(await post(Buffer.from(JSON.stringify({ tags: ['ok', { ['a\u0000']: 1 }] }))), { status: 400, fields: ['tags[1].a\u0000'] });
  });

  it('passes text that only looks like the escape (an escaped backslash before u0000)', async () => {
    assert.deepEqual(await post(Buffer.from(JSON.stringify({ name: 'x\\u0000y' }))), { status: 204, fields: [] });
    assert.deepEqual(await post(Buffer.from(JSON.stringify({ name: 'plain' }))), { status: 204, fields: [] });
  });

  it('still walks a body in another charset, where the escape\'s bytes differ', async () => {
    const utf16 = Buffer.from(JSON.stringify({ name: 'x\u0000y' }), 'utf16le');
    assert.deepEqual(await post(utf16, 'application/json; charset=utf-16le'), { status: 400, fields: ['name'] });
  });

  it('skips the walk of a body whose UTF-8 bytes hold no \\u0000, and only then', () => {
    // A request marked from bytes without the escape, holding a NUL all the same: passed,
    // so the walk did not run. (Real bodies cannot disagree with their bytes like this.)
    const run = (bytes: string, encoding: string) => {
      const req = { path: '/', query: {}, body: { name: 'x\u0000' } } as unknown as Request;
      markNulFree(req, undefined, Buffer.from(bytes), encoding);
      let passed = false;
      try {
        rejectNulBytes(req, {} as Response, () => (passed = true));
      } catch {
        passed = false;
      }
      return passed;
    };
    assert.equal(run('{"name":"x"}', 'utf-8'), true);
    assert.equal(run('{"name":"x\\u0000"}', 'utf-8'), false);
    assert.equal(run('{"name":"x"}', 'utf-16le'), false);
  });
});
