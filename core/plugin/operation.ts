import type { IncomingHttpHeaders } from 'node:http';
import type { Request, Response } from 'express';
import type { Principal } from '../auth/principal.js';
import type { Token } from '../container.js';
import type { operations } from '../openapi/types.gen.js';

/** Every operationId of the v1 contract. Plugin fragments may add others (typed loosely). */
export type OperationId = keyof operations;

type Part<Op, K extends string> = Op extends { parameters: infer P } ? (P extends { [Q in K]?: infer V } ? (undefined extends V ? Partial<NonNullable<V>> : V) : never) : never;
type JsonBody<Op> = Op extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C extends { 'application/json': infer J }
      ? J
      : unknown
    : undefined
  : undefined;

type Lookup<Id extends string> = Id extends OperationId ? operations[Id] : never;

/** What a handler receives: validated input (the validator has run) and the way out. */
export interface OperationCall<Id extends string = string> {
  readonly operationId: Id;
  readonly params: Id extends OperationId ? Part<Lookup<Id>, 'path'> : Readonly<Record<string, string>>;
  readonly query: Id extends OperationId ? Part<Lookup<Id>, 'query'> : Readonly<Record<string, unknown>>;
  readonly body: Id extends OperationId ? JsonBody<Lookup<Id>> : unknown;
  readonly headers: IncomingHttpHeaders;
  readonly requestId: string;
  /**
   * Who is calling: org, mode (`livemode`), plan, scopes and the `X-Influgentic-Agent`
   * narrowing. Every operation that is not public has one; reading it in a public
   * operation throws.
   */
  readonly principal: Principal;
  /** Aborted when the client goes away before the response ends. */
  readonly signal: AbortSignal;
  /** Resolves a service from this app's container. */
  resolve<T>(key: Token<T>): T;
  /** For handlers that stream (SSE) or send bytes; most handlers return a result instead. */
  readonly req: Request;
  readonly res: Response;
}

/** A JSON reply; the router sends it. Return nothing when the handler wrote `res` itself. */
export interface OperationResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type OperationHandler<Id extends string = string> = (call: OperationCall<Id>) => Promise<OperationResult | void> | OperationResult | void;

/** An operationId bound to its handler; plugins list these in `definePlugin({ operations })`. */
export interface BoundOperation {
  readonly operationId: string;
  readonly handle: OperationHandler;
}

/**
 * Binds a handler to an operationId of openapi.yaml, typing its input from the contract.
 *
 * @example
 *   export const getCampaign = defineOperation('getCampaign', async (call) => {
 *     const campaign = await call.resolve(CAMPAIGN_SERVICE).get(call.params.campaign_id);
 *     return { status: 200, body: campaign };
 *   });
 */
export function defineOperation<Id extends string>(operationId: Id, handle: OperationHandler<Id>): BoundOperation {
  return { operationId, handle: handle as unknown as OperationHandler };
}
