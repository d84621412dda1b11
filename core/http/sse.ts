import type { ServerResponse } from 'node:http';
import type { Response } from 'express';
import type { OpenStreams } from './open-streams.js';

export interface SseStream {
  /** Sends one `data:` line with the JSON of `event`; false once the stream is closed. */
  send(event: unknown): boolean;
  /** Ends the stream with `data: [DONE]`. */
  done(): void;
  readonly closed: boolean;
  /** Aborted when the client leaves or the server shuts down. */
  readonly signal: AbortSignal;
}

export interface OpenSseOptions {
  readonly streams: OpenStreams;
  /** A comment line keeps proxies from timing the stream out. */
  readonly pingMs?: number;
  /** The last event sent when the server shuts down mid-stream. */
  readonly shutdownEvent?: unknown;
  /**
   * Aborted, instead of a controller of the stream's own, when the client leaves or the server
   * shuts down: pass the one the stream's work (a provider call started before the response)
   * already runs on, watched by abortWhenClientLeaves until now. One controller a stream
   * instead of one per stage and listeners between them (an AbortSignal is an EventTarget
   * with a listener map of its own, held while the stream runs).
   */
  readonly controller?: AbortController;
}

/**
 * Aborts `controller` when the client leaves before the response has ended (at once if it
 * has already). On Node 20 `req`'s close fires as soon as the body is read, so this watches
 * `res`'s close while the response has not ended.
 */
export function abortWhenClientLeaves(res: ServerResponse, controller: AbortController): void {
  if (res.writableEnded) return;
  if (res.destroyed) controller.abort(new Error('client closed the connection'));
  else res.on('close', () => {
    if (!res.writableEnded) controller.abort(new Error('client closed the connection'));
  });
}

/**
 * Starts a Server-Sent Events response: flushed per event (no buffering, no compression),
 * pinged with comments, ended with a final event on shutdown. The headers go out with an
 * event sent in the same tick, or alone on the next.
 *
 * On Node 20 `req`'s close fires as soon as the body is read, so a client that leaves is
 * detected on `res`'s close while the response has not ended.
 */
export function openSse(
  res: Response,
  { streams, pingMs = 15_000, shutdownEvent = { type: 'error', code: 'shutting_down', message: 'the server is shutting down; retry on another connection' }, controller = new AbortController() }: OpenSseOptions,
): SseStream {
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache, no-transform');
  res.setHeader('Connection', 'keep-alive');
  res.setHeader('X-Accel-Buffering', 'no');
  // writeHead stores the headers (so res.headersSent is true at once: the dispatcher takes a
  // handler that returns before its first event for one that answered) and they go out with
  // the first event, in one write. A stream with nothing to send in this tick still answers
  // at once: they are flushed on the next tick. (flushHeaders here cost every stream a write
  // of its own, ~25 µs under the content bench's load.)
  res.writeHead(200);
  res.socket?.setNoDelay(true);

  const stream = new Sse(res, controller);
  process.nextTick(() => stream.flushIfIdle());
  const ping = setInterval(() => {
    if (!stream.closed) stream.write(': ping\n\n');
  }, pingMs);
  ping.unref();
  const untrack = streams.track(() => {
    if (stream.closed) return;
    stream.write(`data: ${JSON.stringify(shutdownEvent)}\n\ndata: [DONE]\n\n`);
    stream.finish();
    controller.abort(new Error('server shutting down'));
    res.end();
  });
  stream.onFinish = () => {
    clearInterval(ping);
    untrack();
  };
  res.on('close', () => {
    if (!res.writableEnded) controller.abort(new Error('client closed the stream'));
    stream.finish();
  });
  return stream;
}

/**
 * A class rather than an object literal with a getter: V8 keeps such a literal in dictionary
 * mode, a property table of its own for every open stream.
 */
class Sse implements SseStream {
  #closed = false;
  #wrote = false;
  onFinish: () => void = () => {};

  constructor(
    private readonly res: Response,
    private readonly controller: AbortController,
  ) {}

  get closed(): boolean {
    return this.#closed;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  send(event: unknown): boolean {
    if (this.#closed) return false;
    this.write(`data: ${JSON.stringify(event)}\n\n`);
    return true;
  }

  done(): void {
    if (this.#closed) return;
    this.write('data: [DONE]\n\n');
    this.finish();
    this.res.end();
  }

  /** Writes to the response; the first write carries the headers. */
  write(text: string): void {
    this.#wrote = true;
    this.res.write(text);
  }

  /** Sends the headers alone if nothing has been written (openSse, on the next tick). */
  flushIfIdle(): void {
    if (!this.#wrote && !this.res.writableEnded && !this.res.destroyed) this.res.flushHeaders();
  }

  /** Stops the pings and the shutdown hook, once. */
  finish(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.onFinish();
  }
}
