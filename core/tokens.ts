import { token, type Token } from './container.js';
import type { Authenticator } from './auth/middleware.js';
import { KEY_SERVICE } from './org/tokens.js';
import type { Clock } from './clock.js';
import type { CoreConfig } from './config/index.js';
import type { Database } from './db/index.js';
import type { EventRegistry } from './events/registry.js';
import type { EventBus } from './events/types.js';
import type { ErrorRegistry } from './http/errors.js';
import type { JobQueue } from './jobs/types.js';
import type { LlmProviders } from './llm/registry.js';
import type { HttpMetrics } from './http/metrics.js';
import type { OpenStreams } from './http/open-streams.js';
import type { Logger } from './logger.js';
import type { OpenApiDocument } from './openapi/contract.js';
import type { SecretBox } from './secrets/secret-box.js';

/** The kernel's services, bound in every app's container before any plugin registers. */

/** @example constructor(@inject(CORE_CONFIG) private readonly config: CoreConfig) {} */
export const CORE_CONFIG = token<CoreConfig>('core.config');
/** @example constructor(@inject(DATABASE) private readonly db: Database) {} */
export const DATABASE = token<Database>('core.database');
/** @example constructor(@inject(LOGGER) private readonly logger: Logger) {} */
export const LOGGER = token<Logger>('core.logger');
/** @example constructor(@inject(CLOCK) private readonly clock: Clock) {} */
export const CLOCK = token<Clock>('core.clock');
/** @example registry.has('campaign.started') */
export const EVENT_REGISTRY = token<EventRegistry>('core.event_registry');
/**
 * The durable job queue (bound by the kernel's `jobs` plugin, before domain plugins register).
 * @example await call.resolve(JOB_QUEUE).enqueue(trx, 'webhooks.deliver', { deliveryId }, { dedupeKey: deliveryId })
 */
export const JOB_QUEUE = token<JobQueue>('core.job_queue');
/**
 * Domain events through the transactional outbox (bound by the kernel's `events` plugin).
 * @example await call.resolve(EVENT_BUS).emit(trx, { name: 'campaign.started', orgId, livemode, aggregateId: campaign.id, payload })
 */
export const EVENT_BUS = token<EventBus>('core.event_bus');

/** The contract with every plugin's fragment merged: what the server validates against. */
export const CONTRACT = token<OpenApiDocument>('core.contract');
/** Whether the server can take traffic: the database answers and migrations are current. */
export const READINESS = token<ReadinessCheck>('core.readiness');
/** Open SSE streams and sockets, ended with a final message on shutdown. */
export const OPEN_STREAMS = token<OpenStreams>('core.open_streams');
/** Every error code of the kernel and the loaded plugins, for /docs/errors. */
export const ERROR_CATALOG = token<ErrorCatalog>('core.error_catalog');

export interface ReadinessReport {
  readonly ready: boolean;
  readonly checks: readonly { readonly name: string; readonly ok: boolean; readonly detail?: string }[];
}
export type ReadinessCheck = () => Promise<ReadinessReport>;
export type ErrorCatalog = readonly { readonly area: string; readonly errors: ErrorRegistry<string> }[];

/** Seals and opens stored secrets under the master key (AES-256-GCM). */
export const SECRET_BOX = token<SecretBox>('core.secret_box');

/** Prometheus metrics of this app (GET /metrics). */
export const METRICS = token<HttpMetrics>('core.metrics');

/**
 * The LLM providers: `llm.provider` writes for live keys, `llm.sandbox_provider` (builtin by
 * default, costing nothing) for test keys. Plugins add providers with `definePlugin({ llmProviders })`.
 * @example
 *   const provider = call.resolve(LLM_PROVIDERS).forMode(call.principal.livemode);
 *   const generation = await provider.generate(request, call.signal);
 */
export const LLM_PROVIDERS = token<LlmProviders>('core.llm_providers');

/**
 * Turns an `Authorization` header into the caller, or throws a 401 problem: for paths no
 * operation guard covers, such as a WebSocket upgrade. The key service behind it.
 * @example const caller = await context.container.resolve(AUTHENTICATOR).authenticate(request.headers.authorization);
 */
export const AUTHENTICATOR: Token<Authenticator> = KEY_SERVICE;
