import { ServerResponse } from 'node:http';
import type { RequestHandler, Response } from 'express';
import { newId } from '../ids.js';

const saneRequestId = /^[A-Za-z0-9._:-]{1,200}$/;

/** Milliseconds since the request arrived (for the access log and metrics). */
export function elapsedMs(res: Response): number {
  const started = res.locals.startedAt as bigint | undefined;
  return started === undefined ? 0 : Number(process.hrtime.bigint() - started) / 1e6;
}

/** The request id of a response (set by `requestContext`). */
export function requestIdOf(res: Response): string {
  return (res.locals.requestId as string | undefined) ?? 'unknown';
}

/**
 * First on the request path: echoes a sane incoming X-Request-ID (else makes one), and sets
 * X-Region and X-Response-Time on every response, errors included. X-Response-Time is
 * written at the moment headers go out, so it measures the time to first byte.
 */
export function requestContext({ region }: { readonly region: string }): RequestHandler {
  return function requestContextMiddleware(req, res, next) {
    const incoming = req.get('x-request-id');
    const requestId = incoming && saneRequestId.test(incoming) ? incoming : newId('req');
    res.locals.requestId = requestId;
    res.setHeader('X-Request-ID', requestId);
    res.setHeader('X-Region', region);
    // One clock read per request; the access log and metrics time from it too.
    res.locals.startedAt = process.hrtime.bigint();
    res.writeHead = writeHeadWithTiming;
    next();
  };
}

// One shared function rather than a closure per request: this step runs first, so the
// method it stands in for is always ServerResponse's own.
const originalWriteHead = ServerResponse.prototype.writeHead;
const writeHeadWithTiming = function writeHeadWithTiming(this: Response, ...args: Parameters<Response['writeHead']>) {
  if (!this.headersSent) {
    this.setHeader('X-Response-Time', `${elapsedMs(this).toFixed(1)}ms`);
  }
  return (originalWriteHead as (...rest: unknown[]) => ServerResponse).apply(this, args);
} as Response['writeHead'];
