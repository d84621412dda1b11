import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/index.js';
import type { Executor } from '../../jobs/types.js';
import type { DomainEvent } from '../types.js';
import type { EventsTables, OutboxRow } from './schema.js';

/** SQL for `events_outbox`; nothing else touches the table. */
export class OutboxStore {
  private readonly db: Kysely<EventsTables>;

  constructor(database: Database) {
    this.db = database.tables<EventsTables>();
  }

  async insert(executor: Executor, event: DomainEvent): Promise<void> {
    const db = executor as unknown as Kysely<EventsTables>;
    await db
      .insertInto('events_outbox')
      .values({
        id: event.id,
        name: event.name,
        org_id: event.orgId,
        livemode: event.livemode ? 1 : 0,
        aggregate_id: event.aggregateId,
        payload: JSON.stringify(event.payload),
        created_at: event.createdAt,
      })
      .execute();
  }

  async get(id: string): Promise<DomainEvent | undefined> {
    const row = await this.db.selectFrom('events_outbox').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toEvent(row);
  }

  /** Events recorded after `afterSeq`, oldest first, with their seq. */
  async after(afterSeq: number, limit: number): Promise<readonly { readonly seq: number; readonly event: DomainEvent }[]> {
    const rows = await this.db.selectFrom('events_outbox').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
    return rows.map((row) => ({ seq: row.seq, event: toEvent(row) }));
  }

  async lastSeq(): Promise<number> {
    const row = await this.db.selectFrom('events_outbox').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
    return Number(row?.seq ?? 0);
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
