import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { principalOf } from '../auth/middleware.js';
import type { Clock } from '../clock.js';
import { defineErrors } from '../http/errors.js';
import { operationOf } from '../http/gate.js';
import { listOperations, type JsonObject, type OpenApiDocument } from '../openapi/contract.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { IdempotencyScope, IdempotencyStore } from './store.js';

export const idempotencyErrors = defineErrors({
  IDEMPOTENCY_KEY_NOT_SUPPORTED: { status: 400, title: 'Idempotency-Key not supported here' },
  IDEMPOTENCY_KEY_IN_FLIGHT: { status: 409, title: 'The first request with this Idempotency-Key is still running' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'Idempotency-Key reused with another request' },
});

/** How long a record is replayed. */
const keepMs = 24 * 60 * 60 * 1000;
/** A run not finished after this was abandoned (its process died): a retry may run again. */
const lockMs = 60 * 1000;

interface OperationTraits {
  /** The contract declares the Idempotency-Key header on it. */
  readonly takesKey: boolean;
  /** It can answer with an event stream (then `stream: true` in the body makes it stream). */
  readonly mayStream: boolean;
}

/**
 * Runs a POST with an `Idempotency-Key` once per org, mode and key: a retry within 24 hours
 * replays the stored status and body (`Idempotent-Replayed: true`), the same key with another
 * request is 422, a retry while the first runs is 409. Runs after validation, so a request
 * the schema refuses is not recorded and may be corrected and retried with the same key.
 * A response in the 5xx range is not recorded either: the retry runs again.
 *
 * The stored body is sealed under the master key: replies that show a secret once (a new API
 * key, a webhook signing secret) must not sit in the database in the clear for 24 hours.
 */
export function idempotency({ store, clock, contract, box }: { readonly store: IdempotencyStore; readonly clock: Clock; readonly contract: OpenApiDocument; readonly box: SecretBox }): RequestHandler {
  const traits = operationTraits(contract);
  return async function idempotentRequest(req, res, next) {
    const key = req.get('idempotency-key');
    const operation = operationOf(res.locals);
    const principal = principalOf(res);
    if (key === undefined || req.method !== 'POST' || !operation || !principal) return next();
    const trait = traits.get(operation.operationId);
    if (!trait?.takesKey || (trait.mayStream && (req.body as { stream?: unknown } | undefined)?.stream === true)) {
      throw idempotencyErrors.IDEMPOTENCY_KEY_NOT_SUPPORTED(`${operation.operationId} does not take an Idempotency-Key${trait?.takesKey ? ' when it streams' : ''}: send the request without it`, {
        errors: [{ field: 'Idempotency-Key', code: 'not_supported', message: 'streaming requests and this operation do not take it' }],
      });
    }
    const scope: IdempotencyScope = { orgId: principal.orgId, livemode: principal.livemode, key };
    const now = clock.now();
    const hash = requestHash(req.method, req.originalUrl.split('?')[0] ?? '', req.body);
    const fresh = {
      request_hash: hash,
      state: 'running' as const,
      locked_until: new Date(now.getTime() + lockMs).toISOString(),
      response_status: null,
      response_type: null,
      response_body: null,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + keepMs).toISOString(),
    };
    if (!(await store.claim({ ...fresh, org_id: scope.orgId, livemode: scope.livemode ? 1 : 0, key }))) {
      const existing = await store.find(scope);
      const stale = existing && (existing.expires_at <= fresh.created_at || (existing.state === 'running' && existing.locked_until <= fresh.created_at));
      if (!existing || stale) {
        const taken = existing ? await store.takeOver(scope, existing, fresh) : await store.claim({ ...fresh, org_id: scope.orgId, livemode: scope.livemode ? 1 : 0, key });
        if (!taken) throw inFlight(key);
      } else if (existing.request_hash !== hash) {
        throw idempotencyErrors.IDEMPOTENCY_KEY_REUSED(`Idempotency-Key "${key}" was used with a different request in the last 24 hours; use a new key for a new request`, {
          errors: [{ field: 'Idempotency-Key', code: 'reused', message: 'already used with another body or path' }],
        });
      } else if (existing.state === 'running') {
        throw inFlight(key);
      } else {
        res.status(existing.response_status ?? 200);
        res.setHeader('Idempotent-Replayed', 'true');
        if (existing.response_type) res.setHeader('Content-Type', existing.response_type);
        res.send(openBody(box, existing.response_body));
        return;
      }
    }
    record(res, store, scope, box);
    next();
  };
}

/**
 * Captures what the handler sends and stores it before the reply leaves: a client that
 * retries the moment it has read the reply (its ack was lost on the way back, say) must find
 * the record done and get the replay, never a 409 for a run that has finished. A reply that
 * does not go through `send` (an `end()` without a body) is stored once it has finished; one
 * that never finishes (the client left, the handler failed) frees the key for a retry.
 */
function record(res: Response, store: IdempotencyStore, scope: IdempotencyScope, box: SecretBox): void {
  const send = res.send.bind(res);
  let settled = false;
  /** Stores the reply (a 5xx frees the key instead: the retry runs again); once per request. */
  const keep = (body: string): Promise<void> => {
    settled = true;
    if (res.statusCode >= 500) return store.release(scope);
    return store.complete(scope, { status: res.statusCode, type: res.get('content-type') ?? null, body: box.seal(body) });
  };
  res.send = function storeThenSend(payload?: unknown) {
    // An object comes back here as JSON text through res.json; only the final text is stored.
    if (settled || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return send(payload);
    const body = typeof payload === 'string' ? payload : payload.toString('utf8');
    // A failure to store still sends the reply: the record's lock or expiry frees the key.
    // Sent after an await, so what send throws no longer reaches the handler's error path:
    // end the response rather than leave an unhandled rejection.
    void keep(body)
      .catch(() => undefined)
      .then(() => send(payload))
      .catch((error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))));
    return res;
  } as Response['send'];
  const settle = () => {
    if (settled) return;
    settled = true;
    const work = res.writableEnded ? keep('') : store.release(scope);
    work.catch(() => undefined);
  };
  res.on('finish', settle);
  res.on('close', settle);
}

/** A stored body: sealed (`v1.`), or in the clear when it was recorded before bodies were sealed. */
function openBody(box: SecretBox, stored: string | null): string {
  if (stored === null) return '';
  return stored.startsWith('v1.') ? box.open(stored) : stored;
}

function inFlight(key: string) {
  return idempotencyErrors.IDEMPOTENCY_KEY_IN_FLIGHT(`the first request with Idempotency-Key "${key}" is still running; retry when it has finished`, {
    headers: { 'Retry-After': '1' },
  });
}

/** Method, path and body with object keys sorted, hashed: key order does not make a new request. */
export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(JSON.stringify([method, path, canonical(body)])).digest('hex');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** A `#/components/...` reference of the contract. */
function componentAt(contract: OpenApiDocument, ref: string): JsonObject | undefined {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<JsonObject | undefined>((node, part) => node?.[part] as JsonObject | undefined, contract as JsonObject);
}

function operationTraits(contract: OpenApiDocument): Map<string, OperationTraits> {
  const traits = new Map<string, OperationTraits>();
  for (const operation of listOperations(contract)) {
    const definition = contract.paths[operation.path]?.[operation.method] as JsonObject;
    const item = contract.paths[operation.path] as JsonObject;
    const parameters = [...((item.parameters ?? []) as JsonObject[]), ...((definition.parameters ?? []) as JsonObject[])];
    const takesKey = parameters.some((parameter) => {
      const resolved = typeof parameter.$ref === 'string' ? componentAt(contract, parameter.$ref) : parameter;
      return resolved?.in === 'header' && String(resolved.name).toLowerCase() === 'idempotency-key';
    });
    const responses = Object.values((definition.responses ?? {}) as Record<string, JsonObject>);
    const mayStream = responses.some((response) => Object.keys((response.content ?? {}) as JsonObject).includes('text/event-stream'));
    traits.set(operation.operationId, { takesKey, mayStream });
  }
  return traits;
}
