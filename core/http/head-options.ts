import type { RequestHandler } from 'express';
import type { OperationMatcher } from './operation-matcher.js';

/**
 * HEAD is GET without a body (RFC 9110), which load balancers and uptime checks rely on.
 * Node decides that a HEAD response has no body when the request arrives, so the request
 * can go down the GET path (auth, validation, handler) and still send headers only.
 */
export const headAsGet: RequestHandler = function headAsGet(req, _res, next) {
  if (req.method === 'HEAD') req.method = 'GET';
  next();
};

/** OPTIONS on a path of the contract: 204 with the methods it takes (CORS preflights are answered earlier). */
export function answerOptions(matcher: OperationMatcher): RequestHandler {
  return function answerOptionsRequest(req, res, next) {
    if (req.method !== 'OPTIONS') return next();
    const methods = matcher.methodsOf(req.path);
    if (!methods) return next();
    const allowed = new Set([...methods, 'OPTIONS', ...(methods.includes('GET') ? ['HEAD'] : [])]);
    res.setHeader('Allow', [...allowed].sort().join(', '));
    res.status(204).end();
  };
}
