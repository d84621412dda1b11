import assert from 'node:assert/strict';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import express, { type Response } from 'express';
import { OpenStreams } from './open-streams.js';
import { openSse, type SseStream } from './sse.js';
import { listenOnLoopback, type LoopbackServer } from './testing/loopback.js';

/** The writes a socket makes (its _writeGeneric carries both write and writev). */
function countWrites(socket: Socket): { readonly count: number } {
  const counter = { count: 0 };
  const target = socket as unknown as { _writeGeneric: (...args: unknown[]) => unknown };
  const original = target._writeGeneric;
  target._writeGeneric = function counted(this: unknown, ...args: unknown[]) {
    counter.count += 1;
    return original.apply(this, args);
  };
  return counter;
}

/** A server whose one route hands its response to `handle`. */
function serve(handle: (res: Response) => void): Promise<LoopbackServer> {
  const app = express();
  app.get('/stream', (_req, res) => handle(res));
  return listenOnLoopback(app);
}

function open(port: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path: '/stream' }, resolve).on('error', reject).end();
  });
}

async function readAll(res: IncomingMessage): Promise<string> {
  let body = '';
  res.setEncoding('utf8');
  for await (const part of res) body += part as string;
  return body;
}

describe('openSse', () => {
  it('sends the headers with an event sent in the same tick, in one write', async () => {
    let writes: { readonly count: number } | undefined;
    const server = await serve((res) => {
      writes = countWrites(res.socket as Socket);
      const stream = openSse(res, { streams: new OpenStreams() });
      stream.send({ type: 'agent_start' });
      setTimeout(() => stream.done(), 20);
    });
    try {
      const res = await open(server.port);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/event-stream; charset=utf-8');
      assert.equal(res.headers['x-accel-buffering'], 'no');
      assert.equal(await readAll(res), 'data: {"type":"agent_start"}\n\ndata: [DONE]\n\n');
      // The headers and the first event, then [DONE] with the end of the chunked body.
      assert.equal(writes?.count, 2);
    } finally {
      await server.close();
    }
  });

  it('answers at once when the caller has nothing to send yet, and counts as answered', async () => {
    let stream: SseStream | undefined;
    let answered: boolean | undefined;
    const server = await serve((res) => {
      void (async () => {
        // As a handler behind the validator runs: in a microtask, returning to a dispatcher
        // that refuses a handler that neither returned a result nor started a response
        // (core/http/router.ts checks res.headersSent before the next tick).
        await Promise.resolve();
        stream = openSse(res, { streams: new OpenStreams() });
        answered = res.headersSent;
      })();
    });
    try {
      const res = await open(server.port);
      assert.equal(answered, true, 'headersSent as soon as openSse returns');
      // The response (status, headers) arrived while no event has been sent.
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/event-stream; charset=utf-8');
      const body = readAll(res);
      await sleep(10);
      stream?.send({ type: 'late' });
      stream?.done();
      assert.equal(await body, 'data: {"type":"late"}\n\ndata: [DONE]\n\n');
    } finally {
      await server.close();
    }
  });
});
