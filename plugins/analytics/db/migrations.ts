import type { Kysely } from 'kysely';
import { columnTypes, type MigrationSet } from 'influgentic';

export const analyticsMigrations: MigrationSet = {
  '2026_11_28_001_create_analytics': {
    async up(db: Kysely<any>) {
      const t = columnTypes(db);
      await db.schema
        .createTable('analytics_events')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('count', t.bigint, (c) => c.notNull())
        .addColumn('value_micros', t.money, (c) => c.notNull())
        .addColumn('language', 'text')
        .addColumn('channel', 'text')
        .addColumn('content_id', t.id)
        .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
        .addColumn('event_id', 'text')
        .addColumn('ua_class', 'text')
        .addColumn('referrer_host', 'text')
        .addColumn('received_at', t.timestamp, (c) => c.notNull())
        .execute();
      // The dedupe key: an event_id is unique in its org (NULLs are distinct on both backends).
      await db.schema.createIndex('analytics_events_event_id').unique().on('analytics_events').columns(['org_id', 'event_id']).execute();
      // For the retention purge. Reports never read raw events (they read rollups), so no other
      // index: each one would slow every insert.
      await db.schema.createIndex('analytics_events_by_time').on('analytics_events').column('occurred_at').execute();
      await db.schema
        .createTable('analytics_rollups')
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('hour', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('count', t.bigint, (c) => c.notNull())
        .addColumn('revenue_micros', t.money, (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_rollups_pk', ['org_id', 'livemode', 'campaign_id', 'hour', 'type', 'language', 'channel'])
        .execute();
      await db.schema
        .createTable('analytics_daily')
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('count', t.bigint, (c) => c.notNull())
        .addColumn('revenue_micros', t.money, (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_daily_pk', ['org_id', 'livemode', 'campaign_id', 'day', 'type', 'language', 'channel'])
        .execute();
      await db.schema
        .createTable('analytics_totals')
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('impressions', t.bigint, (c) => c.notNull())
        .addColumn('engagements', t.bigint, (c) => c.notNull())
        .addColumn('clicks', t.bigint, (c) => c.notNull())
        .addColumn('leads', t.bigint, (c) => c.notNull())
        .addColumn('conversions', t.bigint, (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_totals_pk', ['org_id', 'livemode', 'campaign_id'])
        .execute();
      await db.schema
        .createTable('analytics_milestones')
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('milestone', 'text', (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('threshold', t.bigint, (c) => c.notNull())
        .addColumn('value', t.bigint, (c) => c.notNull())
        .addColumn('reached_at', t.timestamp, (c) => c.notNull())
        // Once per milestone, whichever process crosses it first.
        .addPrimaryKeyConstraint('analytics_milestones_pk', ['org_id', 'livemode', 'campaign_id', 'milestone'])
        .execute();
      await db.schema
        .createTable('analytics_leads')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('consent', t.bool, (c) => c.notNull())
        .addColumn('attributes', t.json, (c) => c.notNull())
        .addColumn('language', 'text')
        .addColumn('channel', 'text')
        .addColumn('content_id', t.id)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('analytics_leads_by_campaign').on('analytics_leads').columns(['org_id', 'livemode', 'campaign_id', 'id']).execute();
      await db.schema
        .createTable('analytics_links')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('channel', 'text')
        .addColumn('language', 'text')
        .addColumn('content_id', t.id)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
    },
  },
};
