import type { RequestHandler } from 'express';

/**
 * CORS for browser clients on the configured origins (`http.cors_origins`; `*` allows any).
 * Preflights are answered here, before validation, because OPTIONS is not in the contract.
 */
export function cors(origins: readonly string[]): RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return function corsMiddleware(req, res, next) {
    const origin = req.get('origin');
    if (!origin || (!any && !allowed.has(origin))) return next();
    res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader(
      'Access-Control-Expose-Headers',
      'X-Request-ID, X-Response-Time, X-Region, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, Idempotent-Replayed',
    );
    if (req.method === 'OPTIONS' && req.get('access-control-request-method')) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
      res.setHeader(
        'Access-Control-Allow-Headers',
        req.get('access-control-request-headers') ?? 'Authorization, Content-Type, Idempotency-Key, X-Request-ID',
      );
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
