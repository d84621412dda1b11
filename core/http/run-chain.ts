import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Runs middleware in order, as a router would, forwarding errors (thrown or rejected) to `done`. */
export function runChain(handlers: readonly RequestHandler[], req: Request, res: Response, done: NextFunction): void {
  let index = 0;
  const step = (error?: unknown): void => {
    if (error !== undefined && error !== null && error !== 'route') return done(error);
    const handler = handlers[index];
    index += 1;
    if (!handler) return done();
    try {
      const result = handler(req, res, step) as unknown;
      if (result instanceof Promise) result.catch(step);
    } catch (thrown) {
      step(thrown);
    }
  };
  step();
}
