import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf, type MigrationSet } from 'influgentic';

export const webhookMigrations: MigrationSet = {
  '2026_11_28_001_create_webhooks': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const t = columnTypes(db);
      await db.schema
        .createTable('webhooks_endpoints')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('events', t.json, (c) => c.notNull())
        .addColumn('enabled', t.bool, (c) => c.notNull())
        .addColumn('disabled_reason', 'text')
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('previous_secret', 'text')
        .addColumn('previous_secret_expires_at', t.timestamp)
        .addColumn('failing_since', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('webhooks_endpoints_by_tenant').on('webhooks_endpoints').columns(['org_id', 'livemode', 'id']).execute();
      await db.schema
        .createTable('webhooks_deliveries')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('webhook_id', t.id, (c) => c.notNull())
        .addColumn('event_id', t.id, (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts_count', 'integer', (c) => c.notNull())
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('round_base', 'integer', (c) => c.notNull())
        .addColumn('forced', t.bool, (c) => c.notNull())
        .addColumn('next_attempt_at', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      // One delivery per (event, endpoint): the fan-out may run twice, the delivery exists once.
      await db.schema.createIndex('webhooks_deliveries_pair').on('webhooks_deliveries').columns(['webhook_id', 'event_id']).unique().execute();
      await db.schema.createIndex('webhooks_deliveries_by_endpoint').on('webhooks_deliveries').columns(['org_id', 'livemode', 'webhook_id', 'id']).execute();
      await db.schema
        .createTable('webhooks_attempts')
        .addColumn('delivery_id', t.id, (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('attempted_at', t.timestamp, (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('latency_ms', 'integer', (c) => c.notNull())
        .addColumn('succeeded', t.bool, (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('response_body_excerpt', 'text')
        .addPrimaryKeyConstraint('webhooks_attempts_pk', ['delivery_id', 'n'])
        .execute();
    },
  },
  '2026_11_28_002_delivery_retention': {
    // The retention purge finds finished deliveries by their last change; `abandoned` marks a
    // delivery failed because its job died.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.createIndex('webhooks_deliveries_finished').on('webhooks_deliveries').columns(['status', 'updated_at']).execute();
      await db.schema.alterTable('webhooks_deliveries').addColumn('abandoned', columnTypes(db).bool, (c) => c.notNull().defaultTo(0)).execute();
    },
  },
  '2026_12_07_001_endpoint_revision': {
    // One stamp for the endpoints table, set anew by the database whenever a change could
    // change which endpoints an event goes to (a new or deleted endpoint, its tenant, its
    // `enabled` or its `events`), whoever makes it: EndpointStore.anySubscribed keeps its
    // answers while the stamp stands. Deliveries' bookkeeping (failing_since, secrets,
    // updated_at) leaves it. A stamp is never handed out twice, even when the transaction
    // that set it rolls back (a Postgres sequence; a random 53-bit number on SQLite): a +1
    // counter would give the next change the number of the rolled-back one, under which
    // answers read inside that transaction may have been kept. On Postgres, writes to
    // endpoints wait on the stamp's row for one another until they commit (they are rare).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('webhooks_revision')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('revision', columnTypes(db).bigint, (c) => c.notNull())
        .execute();
      await db.insertInto('webhooks_revision').values({ id: 1, revision: 0 }).execute();
      const columns = ['org_id', 'livemode', 'enabled', 'events'];
      const postgres = dialectOf(db) !== 'sqlite';
      if (postgres) await sql`create sequence webhooks_revision_stamps`.execute(db);
      const bump = `update webhooks_revision set revision = ${postgres ? "nextval('webhooks_revision_stamps')" : 'abs(random() % 9007199254740991)'} where id = 1`;
      if (!postgres) {
        const changed = columns.map((column) => `new.${column} is not old.${column}`).join(' or ');
        await sql.raw(`create trigger webhooks_endpoints_revision_insert after insert on webhooks_endpoints begin ${bump}; end`).execute(db);
        await sql.raw(`create trigger webhooks_endpoints_revision_delete after delete on webhooks_endpoints begin ${bump}; end`).execute(db);
        await sql.raw(`create trigger webhooks_endpoints_revision_update after update on webhooks_endpoints for each row when ${changed} begin ${bump}; end`).execute(db);
        return;
      }
      const list = (row: string) => columns.map((column) => `${row}.${column}`).join(', ');
      await sql.raw(`create function webhooks_endpoints_bump_revision() returns trigger language plpgsql as $$
        begin
          if tg_op <> 'UPDATE' or (${list('new')}) is distinct from (${list('old')}) then
            ${bump};
          end if;
          return null;
        end $$`).execute(db);
      await sql.raw('create trigger webhooks_endpoints_revision after insert or update or delete on webhooks_endpoints for each row execute function webhooks_endpoints_bump_revision()').execute(db);
    },
  },
};
