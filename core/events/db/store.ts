import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/index.js';
import { Precompiled } from '../../db/precompiled.js';
import type { Executor } from '../../jobs/types.js';
import type { DomainEvent } from '../types.js';
import type { EventsTables, OutboxRow } from './schema.js';

// Every emit writes one: built once (see Precompiled).
const insertEvent = new Precompiled<Omit<Selectable<OutboxRow>, 'seq'>>(
  { id: true, name: true, org_id: true, livemode: true, aggregate_id: true, payload: true, created_at: true },
  (db, row) => db.insertInto('events_outbox').values(row),
);

// Read on every emit on SQLite while nobody listens live (the tail feed skips ahead).
const lastSeqOf = new Precompiled<Record<string, never>, { seq: number | string | null }>({}, (db) => db.selectFrom('events_outbox').select((eb) => eb.fn.max('seq').as('seq')));

// Every delivery job reads its event: built once too.
const eventById = new Precompiled<{ readonly id: string }, Selectable<OutboxRow>>({ id: true }, (db, { id }) => db.selectFrom('events_outbox').selectAll().where('id', '=', id));

/** SQL for `events_outbox`; nothing else touches the table. */
export class OutboxStore {
  private readonly db: Kysely<EventsTables>;

  constructor(database: Database) {
    this.db = database.tables<EventsTables>();
  }

  /** Records the event; `payload` is its payload's JSON when the caller already has it. */
  async insert(executor: Executor, event: DomainEvent, payload = JSON.stringify(event.payload)): Promise<void> {
    await insertEvent.execute(executor, {
      id: event.id,
      name: event.name,
      org_id: event.orgId,
      livemode: event.livemode ? 1 : 0,
      aggregate_id: event.aggregateId,
      payload,
      created_at: event.createdAt,
    });
  }

  async get(id: string): Promise<DomainEvent | undefined> {
    const { rows } = await eventById.execute(this.db, { id });
    const row = rows[0];
    return row === undefined ? undefined : toEvent(row);
  }

  /** Events recorded after `afterSeq`, oldest first, with their seq. */
  async after(afterSeq: number, limit: number): Promise<readonly { readonly seq: number; readonly event: DomainEvent }[]> {
    const rows = await this.db.selectFrom('events_outbox').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
    return rows.map((row) => ({ seq: row.seq, event: toEvent(row) }));
  }

  async lastSeq(): Promise<number> {
    const { rows } = await lastSeqOf.execute(this.db, {});
    return Number(rows[0]?.seq ?? 0);
  }

  async purgeBefore(cutoff: string): Promise<number> {
    const result = await this.db.deleteFrom('events_outbox').where('created_at', '<', cutoff).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function toEvent(row: Selectable<OutboxRow>): DomainEvent {
  return {
    id: row.id,
    name: row.name,
    orgId: row.org_id,
    livemode: row.livemode !== 0,
    aggregateId: row.aggregate_id,
    payload: JSON.parse(row.payload) as unknown,
    createdAt: row.created_at,
  };
}
