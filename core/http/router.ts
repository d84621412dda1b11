import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DependencyContainer } from 'tsyringe';
import { principalOf } from '../auth/middleware.js';
import { resolveToken } from '../container.js';
import type { Binding } from '../plugin/host.js';
import type { OperationCall, OperationHandler } from '../plugin/operation.js';
import { coreErrors } from './errors.js';
import { operationOf } from './gate.js';
import { requestIdOf } from './request-context.js';

/**
 * Routes are not registered by hand: each operation of the contract runs the handler its
 * plugin claimed, or a 501 problem while no plugin claims it. The gate found the operation
 * already; validation has checked the request against it.
 */
export function operationsDispatcher(bindings: readonly Binding[], container: DependencyContainer): RequestHandler {
  const handlers = new Map(bindings.map((binding) => [binding.operation.operationId, binding.handle ?? notImplemented(binding.operation.operationId)]));
  return async function runOperation(req: Request, res: Response, next: NextFunction) {
    const operation = operationOf(res.locals);
    const handle = operation && handlers.get(operation.operationId);
    if (!operation || !handle) return next();
    // Made on first use: most handlers never look at the signal, and a listener per request costs.
    let controller: AbortController | undefined;
    const signal = () => {
      if (!controller) {
        const made = new AbortController();
        controller = made;
        if (res.writableEnded) return made.signal;
        if (res.destroyed) made.abort(new Error('client closed the connection'));
        else res.on('close', () => {
          if (!res.writableEnded) made.abort(new Error('client closed the connection'));
        });
      }
      return controller.signal;
    };
    const call: OperationCall = {
      operationId: operation.operationId,
      params: (res.locals.pathParams ?? {}) as Record<string, string>,
      query: req.query as Record<string, unknown>,
      body: req.body as unknown,
      headers: req.headers,
      requestId: requestIdOf(res),
      get principal() {
        const principal = principalOf(res);
        if (!principal) throw new Error(`${operation.operationId} is public: it has no caller`);
        return principal;
      },
      get signal() {
        return signal();
      },
      resolve: (key) => resolveToken(container, key),
      req,
      res,
    };
    const result = await handle(call);
    if (result) {
      for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
      res.status(result.status);
      if (result.body === undefined) res.end();
      else res.json(result.body);
      return;
    }
    if (!res.headersSent) {
      throw new Error(`the handler of ${operation.operationId} returned no result and wrote no response`);
    }
  };
}

function notImplemented(operationId: string): OperationHandler {
  return function notImplementedYet() {
    throw coreErrors.NOT_IMPLEMENTED(`${operationId} is part of the v1 contract but no loaded plugin implements it yet`);
  };
}
