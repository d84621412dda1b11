import type { DependencyContainer } from 'tsyringe';
import { ConfigError, unknownTopLevelKeys, validateSection, type ConfigIssue, type LoadedConfig } from '../config/index.js';
import { migratePlugin, pendingMigrations, type Database, type MigrationOutcome } from '../db/index.js';
import { EventRegistry } from '../events/registry.js';
import type { ErrorRegistry } from '../http/errors.js';
import type { LlmProvider } from '../llm/types.js';
import type { Logger } from '../logger.js';
import { listOperations, mergeFragment, readFragment, type OpenApiDocument, type OperationInfo } from '../openapi/contract.js';
import { BackgroundServices } from './background.js';
import { collectDeclarations, type Declarations } from './declarations.js';
import type { AnyPlugin, PluginContext, SocketMount } from './define.js';
import { PluginHostError } from './errors.js';
import type { OperationHandler } from './operation.js';
import { orderPlugins } from './order.js';

export interface PluginHostDependencies {
  readonly container: DependencyContainer;
  readonly db: Database;
  readonly config: LoadedConfig;
  readonly logger: Logger;
}

/** An operation of the contract and the handler bound to it (none: 501). */
export interface Binding {
  readonly operation: OperationInfo;
  readonly plugin: string | undefined;
  readonly handle: OperationHandler | undefined;
}

export interface PendingMigrations {
  readonly plugin: string;
  readonly pending: readonly string[];
}

/**
 * Loads, orders, migrates, registers, binds, starts and stops plugins. Every check that
 * can fail does so at construction or binding, before the server listens.
 */
export class PluginHost {
  readonly plugins: readonly AnyPlugin[];
  readonly events = new EventRegistry();
  /** The plugins' job types, schedules and subscriptions, checked; run by the kernel plugins. */
  readonly declarations: Declarations;
  /** Workers, live events and schedules: started after the plugins, stopped before them. */
  readonly background: BackgroundServices;
  private readonly contexts = new Map<string, PluginContext>();
  private readonly started: AnyPlugin[] = [];

  constructor(plugins: readonly AnyPlugin[], private readonly deps: PluginHostDependencies) {
    this.plugins = orderPlugins(plugins);
    const issues: ConfigIssue[] = unknownTopLevelKeys(
      deps.config.tree,
      this.plugins.map((plugin) => plugin.name),
      deps.config.sources,
    );
    for (const plugin of this.plugins) {
      let config: unknown = undefined;
      if (plugin.config) {
        try {
          config = validateSection(plugin.config, deps.config.tree[plugin.name], plugin.name, deps.config.sources);
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          issues.push(...error.issues);
        }
      }
      this.contexts.set(plugin.name, {
        name: plugin.name,
        config,
        core: deps.config.core,
        container: deps.container,
        db: deps.db,
        logger: deps.logger.child({ plugin: plugin.name }),
      });
    }
    if (issues.length > 0) throw new ConfigError(issues);
    for (const plugin of this.plugins) {
      for (const [name, definition] of Object.entries(plugin.events ?? {})) this.events.add(plugin.name, name, definition);
    }
    this.declarations = collectDeclarations(this.plugins, this.events, deps.logger);
    this.background = new BackgroundServices(deps.logger);
  }

  /** Runs every plugin's migrations, in dependency order, each with its own table. */
  async migrate(): Promise<readonly MigrationOutcome[]> {
    const outcomes: MigrationOutcome[] = [];
    for (const plugin of this.plugins) {
      if (!plugin.migrations) continue;
      outcomes.push(await migratePlugin(this.deps.db, plugin.name, plugin.migrations));
    }
    return outcomes;
  }

  /** Migrations not yet run, per plugin; empty when the schema is current. */
  async pending(): Promise<readonly PendingMigrations[]> {
    const result: PendingMigrations[] = [];
    for (const plugin of this.plugins) {
      if (!plugin.migrations) continue;
      const pending = await pendingMigrations(this.deps.db, plugin.name, plugin.migrations);
      if (pending.length > 0) result.push({ plugin: plugin.name, pending });
    }
    return result;
  }

  async seed(): Promise<void> {
    for (const plugin of this.plugins) await plugin.seed?.(this.context(plugin));
  }

  register(): void {
    for (const plugin of this.plugins) plugin.register?.(this.context(plugin));
  }

  /** The contract with every plugin's fragment merged in, in plugin order. */
  contract(base: OpenApiDocument): OpenApiDocument {
    let merged = base;
    for (const plugin of this.plugins) {
      if (plugin.openapi) merged = mergeFragment(merged, readFragment(plugin.openapi), plugin.name);
    }
    return merged;
  }

  /**
   * Binds each operation of the contract to the one plugin that claims it. Claiming an
   * operation twice, or one the contract does not have, stops start-up.
   */
  bind(contract: OpenApiDocument): readonly Binding[] {
    const operations = listOperations(contract);
    const known = new Set(operations.map((operation) => operation.operationId));
    const claims = new Map<string, { plugin: string; handle: OperationHandler }>();
    for (const plugin of this.plugins) {
      for (const bound of plugin.operations ?? []) {
        const previous = claims.get(bound.operationId);
        if (previous) {
          throw new PluginHostError(
            'OPERATION_CLAIMED_TWICE',
            `operation "${bound.operationId}" is claimed by both "${previous.plugin}" and "${plugin.name}"`,
          );
        }
        if (!known.has(bound.operationId)) {
          throw new PluginHostError('OPERATION_UNKNOWN', `plugin "${plugin.name}" handles "${bound.operationId}", which is not in the contract`);
        }
        claims.set(bound.operationId, { plugin: plugin.name, handle: bound.handle });
      }
    }
    return operations.map((operation) => {
      const claim = claims.get(operation.operationId);
      return { operation, plugin: claim?.plugin, handle: claim?.handle };
    });
  }

  /** Every plugin's WebSocket mounts; a path mounted twice stops start-up. */
  sockets(): readonly SocketMount[] {
    const mounts = new Map<string, { plugin: string; mount: SocketMount }>();
    for (const plugin of this.plugins) {
      for (const mount of plugin.sockets ?? []) {
        const previous = mounts.get(mount.path);
        if (previous) {
          throw new PluginHostError('SOCKET_PATH_TAKEN', `WebSocket path ${mount.path} is mounted by both "${previous.plugin}" and "${plugin.name}"`);
        }
        mounts.set(mount.path, { plugin: plugin.name, mount });
      }
    }
    return [...mounts.values()].map((entry) => entry.mount);
  }

  /** The LLM providers the plugins bring, each with the plugin's name (checked by the LLM registry). */
  llmProviders(): readonly { readonly owner: string; readonly provider: LlmProvider }[] {
    return this.plugins.flatMap((plugin) => (plugin.llmProviders?.(this.context(plugin)) ?? []).map((provider) => ({ owner: plugin.name, provider })));
  }

  /** Error registries the plugins declare, for the error documentation. */
  errorRegistries(): readonly { readonly plugin: string; readonly errors: ErrorRegistry<string> }[] {
    return this.plugins.flatMap((plugin) => (plugin.errors ? [{ plugin: plugin.name, errors: plugin.errors }] : []));
  }

  async start(): Promise<void> {
    for (const plugin of this.plugins) {
      await plugin.start?.(this.context(plugin));
      this.started.push(plugin);
    }
    await this.background.start();
  }

  /**
   * Stops the background first (running jobs finish within the shutdown timeout, or their
   * leases let another process take them), then started plugins in reverse order; one
   * failing stop does not skip the others.
   */
  async stop(): Promise<void> {
    await this.background.stop();
    while (this.started.length > 0) {
      const plugin = this.started.pop() as AnyPlugin;
      try {
        await plugin.stop?.(this.context(plugin));
      } catch (error) {
        this.deps.logger.error({ err: error, plugin: plugin.name }, 'plugin failed to stop cleanly');
      }
    }
  }

  private context(plugin: AnyPlugin): PluginContext {
    return this.contexts.get(plugin.name) as PluginContext;
  }
}
