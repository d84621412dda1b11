import type { IncomingMessage } from 'node:http';
import type { DependencyContainer } from 'tsyringe';
import type { WebSocket } from 'ws';
import type { z } from 'zod';
import type { CoreConfig } from '../config/index.js';
import type { Database, MigrationSet } from '../db/index.js';
import type { SubscriptionDefinition } from '../events/types.js';
import type { ErrorRegistry } from '../http/errors.js';
import type { JobDefinition } from '../jobs/types.js';
import type { LlmProvider } from '../llm/types.js';
import type { Logger } from '../logger.js';
import type { ScheduleDefinition } from '../scheduler/types.js';
import type { BoundOperation } from './operation.js';

/** What every plugin hook receives. */
export interface PluginContext<C = unknown> {
  readonly name: string;
  /** This plugin's config section, validated against its schema with defaults applied. */
  readonly config: C;
  readonly core: CoreConfig;
  readonly container: DependencyContainer;
  readonly db: Database;
  readonly logger: Logger;
}

/** A domain event a plugin emits: public name (`campaign.started`) and payload schema. */
export interface EventDefinition {
  readonly description: string;
  /** JSON Schema of the payload (`data` in webhooks), for listing and validation. */
  readonly payload: Readonly<Record<string, unknown>>;
}

/** Handles one WebSocket connection on a path the plugin mounts. */
export type SocketHandler = (socket: WebSocket, request: IncomingMessage, context: SocketContext) => void;

export interface SocketContext {
  readonly container: DependencyContainer;
  readonly logger: Logger;
  /** Registers a cleanup that runs when the server shuts down (send a final message, close). */
  onShutdown(close: () => void): () => void;
}

/** A WebSocket path (`/v1/stream`) and its connection handler. */
export interface SocketMount {
  readonly path: string;
  readonly handle: SocketHandler;
}

/** An OpenAPI fragment: a file path (YAML or JSON), a file URL or a parsed document. */
export type OpenApiFragment = string | URL | Readonly<Record<string, unknown>>;

export interface PluginDefinition<S extends z.ZodType = z.ZodType> {
  /** Lowercase, `[a-z][a-z0-9_]*`; names its config section, tables and ids. */
  readonly name: string;
  readonly version: string;
  readonly dependsOn?: readonly string[];
  /** Schema of the `<name>:` config section, with defaults. */
  readonly config?: S;
  /** Run with this plugin's own Migrator and `<name>_migrations` table. */
  readonly migrations?: MigrationSet;
  /** Idempotent data (a catalog), run after migrations on every start. */
  readonly seed?: (context: PluginContext<z.output<S>>) => Promise<void> | void;
  /** Binds services into the container; runs in dependency order after migrations. */
  readonly register?: (context: PluginContext<z.output<S>>) => void;
  /** Handlers for operationIds of the contract; each may be claimed by one plugin only. */
  readonly operations?: readonly BoundOperation[];
  /** Events this plugin emits, by public name. */
  readonly events?: Readonly<Record<string, EventDefinition>>;
  /** WebSocket endpoints, served through the one `ws` server on the HTTP upgrade. */
  readonly sockets?: readonly SocketMount[];
  /** Paths and schemas merged into openapi.yaml before validation. */
  readonly openapi?: OpenApiFragment;
  /** Error codes, for the /docs/errors page. */
  readonly errors?: ErrorRegistry<string>;
  /** Runs once the server is listening (background work starts here). */
  readonly start?: (context: PluginContext<z.output<S>>) => Promise<void> | void;
  /** Runs on shutdown, in reverse dependency order. */
  readonly stop?: (context: PluginContext<z.output<S>>) => Promise<void> | void;
  /** Durable job types (`<plugin>.<name>`), run by the workers of every process; see defineJob. */
  readonly jobs?: readonly JobDefinition[];
  /** Cron work (`<plugin>.<name>`), each tick run once across processes; see defineSchedule. */
  readonly schedules?: readonly ScheduleDefinition[];
  /** Reactions to domain events (`<plugin>.<name>`), at least once, in order per aggregate; see defineSubscription. */
  readonly subscriptions?: readonly SubscriptionDefinition[];
  /**
   * Text generators this plugin brings, chosen by id in `llm.provider` / `llm.sandbox_provider`.
   * Called once at start-up, before migrations and `register`: build providers here, connect lazily.
   * @example llmProviders: ({ config }) => [new MyApiProvider(config.endpoint)]
   */
  readonly llmProviders?: (context: PluginContext<z.output<S>>) => readonly LlmProvider[];
}

/**
 * Declares a plugin. Importing a plugin does no work: the host calls its hooks.
 *
 * @example
 *   export default definePlugin({
 *     name: 'greetings',
 *     version: '1.0.0',
 *     dependsOn: ['agents'],
 *     openapi: new URL('./openapi.yaml', import.meta.url),
 *     operations: [defineOperation('getGreeting', () => ({ status: 200, body: { hello: 'world' } }))],
 *   });
 */
export function definePlugin<S extends z.ZodType = z.ZodType>(definition: PluginDefinition<S>): PluginDefinition<S> {
  return definition;
}

/** A plugin of any config shape, as the host handles them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPlugin = PluginDefinition<any>;
