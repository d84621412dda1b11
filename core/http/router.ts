import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DependencyContainer } from 'tsyringe';
import { principalOf } from '../auth/middleware.js';
import { resolveToken } from '../container.js';
import type { Binding } from '../plugin/host.js';
import type { OperationCall, OperationHandler } from '../plugin/operation.js';
import type { Principal } from '../auth/principal.js';
import type { Token } from '../container.js';
import { coreErrors } from './errors.js';
import { operationOf } from './gate.js';
import { requestIdOf } from './request-context.js';
import { abortWhenClientLeaves } from './sse.js';

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
    const call = new Call(operation, req, res, container);
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

/**
 * What a handler gets. A class rather than an object literal with getters: V8 keeps such a
 * literal in dictionary mode, a property table of its own per request (held for as long as a
 * stream runs), where instances of a class share one shape.
 */
class Call implements OperationCall {
  readonly operationId: string;
  readonly params: Record<string, string>;
  readonly query: Record<string, unknown>;
  readonly body: unknown;
  readonly headers: Request['headers'];
  readonly requestId: string;
  #controller: AbortController | undefined;

  constructor(
    operation: NonNullable<ReturnType<typeof operationOf>>,
    readonly req: Request,
    readonly res: Response,
    private readonly container: DependencyContainer,
  ) {
    this.operationId = operation.operationId;
    this.params = (res.locals.pathParams ?? {}) as Record<string, string>;
    this.query = req.query as Record<string, unknown>;
    this.body = req.body as unknown;
    this.headers = req.headers;
    this.requestId = requestIdOf(res);
  }

  get principal(): Principal {
    const principal = principalOf(this.res);
    if (!principal) throw new Error(`${this.operationId} is public: it has no caller`);
    return principal;
  }

  // Made on first use: most handlers never look at the signal, and a listener per request costs.
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      abortWhenClientLeaves(this.res, this.#controller);
    }
    return this.#controller.signal;
  }

  resolve<T>(key: Token<T>): T {
    return resolveToken(this.container, key);
  }
}

function notImplemented(operationId: string): OperationHandler {
  return function notImplementedYet() {
    throw coreErrors.NOT_IMPLEMENTED(`${operationId} is part of the v1 contract but no loaded plugin implements it yet`);
  };
}
