import type { IncomingMessage } from 'node:http';
import { WebSocket } from 'ws';
import { AUTHENTICATOR, EVENT_BUS, EVENT_REGISTRY, ProblemError, grants, resolveToken, type DomainEvent, type Principal, type SocketContext, type SocketMount } from 'influgentic';
import type { ContentConfig } from '../config.js';
import { contentErrors } from '../errors.js';
import { CONTENT_SETTINGS, IN_FLIGHT, TICKET_SERVICE } from '../service/internal-tokens.js';
import { GenerationCancelled } from '../service/stream-run.js';
import { CONTENT_SERVICE } from '../tokens.js';
import { parseMessage, type ClientMessage, type GenerateMessage } from './messages.js';

type Outgoing = Readonly<Record<string, unknown>> & { readonly type: string };

function problemOf(error: unknown): { readonly code: string; readonly message: string } {
  if (error instanceof ProblemError) return { code: error.code, message: error.message };
  return { code: 'internal_error', message: 'the server failed to handle this message' };
}

function insufficientScope(scope: string, what: string): ProblemError {
  return new ProblemError(403, 'insufficient_scope', 'Insufficient scope', `this key lacks the scope ${scope}, which ${what} needs`);
}

/** Who is on the socket: a ticket's caller, or the upgrade request's Bearer key (with its scope and org checks). */
async function authenticate(request: IncomingMessage, context: SocketContext): Promise<Principal> {
  const ticket = new URL(request.url ?? '/', 'http://localhost').searchParams.get('ticket');
  if (ticket !== null) {
    const caller = /^wst_[A-Za-z0-9]{1,124}$/.test(ticket) ? await resolveToken(context.container, TICKET_SERVICE).redeem(ticket) : undefined;
    if (caller === undefined) throw contentErrors.INVALID_STREAM_TICKET('the ticket is unknown, used or expired: ask POST /v1/stream/tickets for a new one');
    return caller;
  }
  const caller = await resolveToken(context.container, AUTHENTICATOR).authenticate(request.headers.authorization);
  if (!grants(caller.scopes, 'content:read')) throw insufficientScope('content:read', 'GET /v1/stream');
  const org = request.headers['x-influgentic-org'];
  if (typeof org === 'string' && org !== caller.orgId) {
    throw new ProblemError(403, 'org_mismatch', 'Organization mismatch', "X-Influgentic-Org names an organization this key does not belong to; omit it or use the key's own");
  }
  const agent = request.headers['x-influgentic-agent'];
  return { ...caller, agentId: typeof agent === 'string' && agent !== '' ? agent : undefined };
}

/**
 * One connection of `GET /v1/stream`: generations (several at once, tagged with the client's
 * request_id and the session_id), live domain events, cancel. A bad message gets an `error`
 * message; a client over its message rate is closed with 1008.
 */
class StreamSession {
  private principal: Principal | undefined;
  private readonly pending: string[] = [];
  private readonly generations = new Map<string, AbortController>();
  private readonly patterns = new Set<string>();
  private unsubscribe: (() => void) | undefined;
  private windowStart = Date.now();
  private windowCount = 0;
  private readonly settings: ContentConfig;

  constructor(
    private readonly socket: WebSocket,
    private readonly context: SocketContext,
  ) {
    this.settings = resolveToken(context.container, CONTENT_SETTINGS);
  }

  start(request: IncomingMessage): void {
    const untrack = this.context.onShutdown(() => {
      this.send({ type: 'error', code: 'shutting_down', message: 'the server is shutting down; reconnect to another process', request_id: null, session_id: null });
      for (const controller of this.generations.values()) controller.abort(new Error('the server is shutting down'));
      this.socket.close(1001, 'server shutting down');
    });
    this.socket.on('message', (data, isBinary) => this.receive(isBinary ? '' : data.toString()));
    this.socket.on('close', () => {
      untrack();
      this.unsubscribe?.();
      for (const controller of this.generations.values()) controller.abort(new Error('the socket closed'));
    });
    authenticate(request, this.context).then(
      (principal) => {
        this.principal = principal;
        for (const data of this.pending.splice(0)) this.handle(data);
      },
      (error: unknown) => {
        this.send({ type: 'error', ...problemOf(error), request_id: null, session_id: null });
        this.socket.close(1008, problemOf(error).code);
      },
    );
  }

  private send(message: Outgoing): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  /** Counts every frame, before authentication too: a flood is closed whoever sends it. */
  private receive(data: string): void {
    const now = Date.now();
    if (now - this.windowStart >= 10_000) {
      this.windowStart = now;
      this.windowCount = 0;
    }
    this.windowCount += 1;
    if (this.windowCount > this.settings.ws_messages_per_second * 10) {
      this.send({ type: 'error', code: 'rate_limited', message: `more than ${this.settings.ws_messages_per_second} messages a second`, request_id: null, session_id: null });
      this.socket.close(1008, 'message rate limit exceeded');
      return;
    }
    if (this.principal === undefined) this.pending.push(data);
    else this.handle(data);
  }

  private handle(data: string): void {
    const parsed = parseMessage(data);
    if (!parsed.ok) {
      this.send({ type: 'error', code: 'invalid_message', message: parsed.error, request_id: parsed.requestId, session_id: null });
      return;
    }
    const message: ClientMessage = parsed.message;
    if (message.type === 'generate') resolveToken(this.context.container, IN_FLIGHT).track(this.generate(message));
    else if (message.type === 'subscribe') this.subscribe(message.events, message.request_id ?? null);
    else this.cancel(message.request_id);
  }

  private async generate(message: GenerateMessage): Promise<void> {
    const principal = this.principal as Principal;
    const { type: _type, request_id: requestId, agent_id: agentId, ...input } = message;
    const fail = (error: unknown, sessionId: string | null) => this.send({ type: 'error', ...problemOf(error), request_id: requestId, session_id: sessionId });
    if (!grants(principal.scopes, 'content:write')) return fail(insufficientScope('content:write', 'a generate message'), null);
    if (this.generations.has(requestId)) {
      return fail(new ProblemError(409, 'request_id_in_use', 'Request id in use', `a generation with request_id ${requestId} is still running on this socket`), null);
    }
    const controller = new AbortController();
    this.generations.set(requestId, controller);
    let sessionId: string | null = null;
    try {
      const service = resolveToken(this.context.container, CONTENT_SERVICE);
      const prepared = await service.prepare(principal, agentId, input);
      sessionId = prepared.sessionId;
      const run = await service.stream(prepared, controller.signal);
      await run.pipe((step) => this.send({ ...step.event, session_id: prepared.sessionId, request_id: requestId }));
    } catch (error) {
      fail(error, sessionId);
    } finally {
      this.generations.delete(requestId);
    }
  }

  private cancel(requestId: string): void {
    const controller = this.generations.get(requestId);
    if (controller === undefined) {
      this.send({ type: 'error', code: 'unknown_request', message: `no generation with request_id ${requestId} is running on this socket`, request_id: requestId, session_id: null });
      return;
    }
    controller.abort(new GenerationCancelled());
  }

  private subscribe(events: readonly string[], requestId: string | null): void {
    const principal = this.principal as Principal;
    const fail = (error: ProblemError) => this.send({ type: 'error', code: error.code, message: error.message, request_id: requestId, session_id: null });
    if (!grants(principal.scopes, 'webhooks:read')) return fail(insufficientScope('webhooks:read', 'a subscribe message'));
    // Leads are personal data: their events need the leads scope too.
    if ((events.includes('*') || events.includes('lead.captured')) && !grants(principal.scopes, 'leads:read')) return fail(insufficientScope('leads:read', 'lead.captured events'));
    const registry = resolveToken(this.context.container, EVENT_REGISTRY);
    const unknown = events.filter((name) => name !== '*' && !registry.has(name));
    if (unknown.length > 0) {
      return fail(
        new ProblemError(422, 'unknown_event', 'Unknown event', `not registered: ${unknown.join(', ')} (known: ${registry.list().map((e) => e.name).join(', ')})`),
      );
    }
    for (const name of events) this.patterns.add(name);
    this.unsubscribe ??= resolveToken(this.context.container, EVENT_BUS).live({ orgId: principal.orgId, livemode: principal.livemode }, (event) => this.deliver(event));
    this.send({ type: 'subscribed', events: [...this.patterns], request_id: requestId });
  }

  private deliver(event: DomainEvent): void {
    if (!this.patterns.has('*') && !this.patterns.has(event.name)) return;
    this.send({ type: 'event', id: event.id, event: event.name, timestamp: event.createdAt, data: event.payload as Record<string, unknown> });
  }
}

/** `GET /v1/stream`, mounted on the kernel's one WebSocket server. */
export const streamSocket: SocketMount = {
  path: '/v1/stream',
  handle(socket, request, context) {
    new StreamSession(socket, context).start(request);
  },
};
