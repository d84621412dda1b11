import type { Kysely } from 'kysely';
import { columnTypes, type MigrationSet } from 'influgentic';

export const campaignsMigrations: MigrationSet = {
  '2026_11_28_001_create_campaigns': {
    async up(db: Kysely<any>) {
      const t = columnTypes(db);
      await db.schema
        .createTable('campaigns_campaigns')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('agent_id', t.id, (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('product', t.json, (c) => c.notNull())
        .addColumn('config', t.json, (c) => c.notNull())
        .addColumn('warnings', t.json, (c) => c.notNull())
        .addColumn('budget_micros', t.money, (c) => c.notNull())
        .addColumn('base_rate_micros', t.money, (c) => c.notNull())
        .addColumn('starts_at', t.timestamp, (c) => c.notNull())
        .addColumn('ends_at', t.timestamp, (c) => c.notNull())
        .addColumn('cancelled_at', t.timestamp)
        .addColumn('completed_at', t.timestamp)
        .addColumn('rating', 'integer')
        .addColumn('rating_comment', 'text')
        .addColumn('rated_at', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      // Lists are newest first by the time-sortable id; the schedules look for due campaigns by status and time.
      await db.schema.createIndex('campaigns_campaigns_by_org').on('campaigns_campaigns').columns(['org_id', 'livemode', 'id']).execute();
      await db.schema.createIndex('campaigns_campaigns_by_status').on('campaigns_campaigns').columns(['status', 'starts_at']).execute();
      await db.schema.createIndex('campaigns_campaigns_by_agent').on('campaigns_campaigns').columns(['agent_id', 'livemode']).execute();
      await db.schema
        .createTable('campaigns_ledger')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('amount_micros', t.money, (c) => c.notNull())
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('at', t.timestamp, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      // One charge per campaign and reference: a day's accrual or a generation is never booked twice.
      await db.schema.createIndex('campaigns_ledger_once').unique().on('campaigns_ledger').columns(['campaign_id', 'reference']).execute();
      await db.schema.createIndex('campaigns_ledger_by_org').on('campaigns_ledger').columns(['org_id', 'livemode', 'at']).execute();
      await db.schema
        .createTable('campaigns_generations')
        .addColumn('content_id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('agent_id', t.id, (c) => c.notNull())
        .addColumn('campaign_id', t.id)
        .addColumn('tokens', t.bigint, (c) => c.notNull())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('campaigns_generations_by_org').on('campaigns_generations').columns(['org_id', 'livemode', 'created_at']).execute();
    },
  },
};
