import type { Kysely } from 'kysely';
import { columnTypes, type MigrationSet } from 'influgentic';

export const contentMigrations: MigrationSet = {
  '2026_11_28_001_create_content': {
    async up(db: Kysely<any>) {
      const t = columnTypes(db);
      await db.schema
        .createTable('content_contents')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('agent_id', t.id, (c) => c.notNull())
        .addColumn('campaign_id', t.id)
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('document', t.json, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      // Lists are newest first by the time-sortable id, optionally by agent or campaign.
      await db.schema.createIndex('content_contents_by_org').on('content_contents').columns(['org_id', 'livemode', 'id']).execute();
      await db.schema.createIndex('content_contents_by_agent').on('content_contents').columns(['org_id', 'livemode', 'agent_id', 'id']).execute();
      await db.schema.createIndex('content_contents_by_campaign').on('content_contents').columns(['org_id', 'livemode', 'campaign_id', 'id']).execute();
      await db.schema
        .createTable('content_stream_tickets')
        .addColumn('ticket_hash', 'text', (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('principal', t.json, (c) => c.notNull())
        .addColumn('expires_at', t.timestamp, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('content_stream_tickets_by_expiry').on('content_stream_tickets').column('expires_at').execute();
    },
  },
};
