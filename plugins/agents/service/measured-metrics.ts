import { CLOCK, inject, injectable, type Clock } from 'influgentic';
import type { MetricCounts } from '../db/schema.js';
import type { AgentStore } from '../db/store.js';
import { AGENT_STORE, METRICS_SOURCES } from './internal-tokens.js';
import { addCounts, zeroCounts } from './metrics.js';
import { countsOf, derivedColumns, prefixedCounts } from './rows.js';
import type { AgentMetricsSource } from './types.js';

/** Measured live-mode counts: every registered source's, added up. */
@injectable()
export class MeasuredMetrics {
  constructor(
    @inject(METRICS_SOURCES) private readonly sources: () => readonly AgentMetricsSource[],
    @inject(AGENT_STORE) private readonly store: AgentStore,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Whether any source is registered: without one, the baseline alone shows. */
  get active(): boolean {
    return this.sources().length > 0;
  }

  async measure(agentIds: readonly string[] | 'all'): Promise<Map<string, MetricCounts>> {
    const totals = new Map<string, MetricCounts>();
    const now = this.clock.now();
    for (const source of this.sources()) {
      for (const [id, counts] of await source.measure(agentIds, now)) totals.set(id, addCounts(totals.get(id) ?? zeroCounts, counts));
    }
    return totals;
  }

  /** Fresh counts for one agent (the detail view reads these, not the stored snapshot). */
  async forAgent(agentId: string): Promise<MetricCounts> {
    if (!this.active) return zeroCounts;
    return (await this.measure([agentId])).get(agentId) ?? zeroCounts;
  }

  /** Stores fresh counts and the figures derived from them, so lists sort by current values. */
  async refresh(agentIds?: readonly string[]): Promise<void> {
    const measured = await this.measure(agentIds ?? 'all');
    // Agents measured before but absent now (a 30-day window moved on, a source went away) go back to zero.
    const ids = new Set([...measured.keys(), ...(agentIds ?? (await this.store.idsWithMeasurements()))]);
    const at = this.clock.now().toISOString();
    for (const id of ids) {
      await this.store.transaction(async (trx) => {
        const row = await this.store.getById(id, trx);
        if (!row) return;
        const counts = measured.get(id) ?? zeroCounts;
        const any = Object.values(counts).some((value) => value > 0);
        await this.store.update(trx, id, {
          ...prefixedCounts('m_', counts),
          ...derivedColumns(countsOf(row, 'base_'), counts),
          measured_at: any ? at : null,
        });
      });
    }
  }
}
