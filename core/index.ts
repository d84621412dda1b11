/**
 * The kernel's public surface: the only module of core that plugins import.
 *
 * @example
 *   import { definePlugin, defineOperation, defineErrors, token } from 'influgentic';
 */
import 'reflect-metadata';

export { definePlugin } from './plugin/define.js';
export type { PluginDefinition, PluginContext, EventDefinition, SocketMount, SocketHandler, SocketContext, OpenApiFragment, AnyPlugin } from './plugin/define.js';
export { defineOperation } from './plugin/operation.js';
export type { OperationCall, OperationResult, OperationHandler, BoundOperation, OperationId } from './plugin/operation.js';
export { PluginHostError } from './plugin/errors.js';

export { token, resolveToken, provideValue } from './container.js';
export { inject, injectable, type DependencyContainer } from 'tsyringe';
export type { Token } from './container.js';
export { CORE_CONFIG, DATABASE, LOGGER, CLOCK, EVENT_REGISTRY, OPEN_STREAMS, SECRET_BOX, AUTHENTICATOR } from './tokens.js';
export type { Authenticator } from './auth/middleware.js';

export { tenantColumns, tenantScope } from './auth/tenant.js';
export type { Tenant, TenantScope, TenantTable } from './auth/tenant.js';
export { grants, modeOf } from './auth/principal.js';
export type { Principal, Plan, Scope } from './auth/principal.js';
export type { SecretBox } from './secrets/secret-box.js';
export { encodeCursor, decodeCursor } from './http/cursor.js';

export { defineErrors, coreErrors } from './http/errors.js';
export type { ErrorDefinition, ErrorFactory, ErrorRegistry } from './http/errors.js';
export { ProblemError } from './http/problem.js';
export type { FieldError, ProblemOptions } from './http/problem.js';
export { abortWhenClientLeaves, openSse } from './http/sse.js';
export type { OpenSseOptions, SseStream } from './http/sse.js';
export type { OpenStreams } from './http/open-streams.js';

export type { Database, DialectName, MigrationSet } from './db/index.js';
export { columnTypes, toJson, fromJson, toBool, fromBool, dialectOf } from './db/index.js';
export { Precompiled } from './db/precompiled.js';
export type { CoreConfig } from './config/index.js';
export type { Clock } from './clock.js';
export type { Logger } from './logger.js';
export type { EventRegistry, RegisteredEvent } from './events/registry.js';

export { JOB_QUEUE, EVENT_BUS } from './tokens.js';
export { defineJob } from './jobs/define.js';
export { RetryAt } from './jobs/retry-at.js';
export { exponentialBackoff } from './jobs/backoff.js';
export type { Executor, JobQueue, JobDefinition, JobContext, HandlerContext, RetryPolicy, Backoff, EnqueueOptions, EnqueueRequest, EnqueueResult, JobRecord, JobStatus } from './jobs/types.js';
export { defineSubscription } from './events/define.js';
export type { EventBus, DomainEvent, EmitInput, LiveFilter, LiveListener, SubscriptionDefinition, WantsContext } from './events/types.js';
export { defineSchedule } from './scheduler/define.js';
export { purgeInBatches } from './scheduler/batches.js';
export type { ScheduleDefinition, ScheduleContext } from './scheduler/types.js';
export { newId } from './ids.js';

/**
 * LLM providers: the contract every provider implements, the registry behind LLM_PROVIDERS
 * and the problems a provider call fails with.
 * @example
 *   const provider = call.resolve(LLM_PROVIDERS).forMode(call.principal.livemode);
 *   for await (const part of provider.stream(request, call.signal)) if (part.type === 'chunk') send(part.text);
 */
export { LLM_PROVIDERS } from './tokens.js';
export { llmErrors, UnknownLlmProviderError } from './llm/errors.js';
export { CONTENT_TYPES, STRUCTURAL_FORMATS, CONTENT_LENGTHS, PRIMARY_FORMATS } from './llm/types.js';
export { codePointLength } from './llm/builtin/token-count.js';
/** The request's defaults a caller resolves before a provider sees it: word targets per format and length, and the CTA line. */
export { DEFAULT_WORD_TARGETS } from './llm/word-targets.js';
export { ctaLine } from './llm/cta.js';
export type {
  LlmProvider,
  GenerationRequest,
  Generation,
  GenerationRecord,
  StreamPart,
  ProviderHealth,
  FinishReason,
  LlmWarning,
  LlmPersona,
  LlmProduct,
  WordTarget,
  ContentType,
  StructuralFormat,
  ContentLength,
  ComplianceMode,
} from './llm/types.js';
export type { LlmProviders } from './llm/registry.js';
export type { LlmConfig } from './config/index.js';
