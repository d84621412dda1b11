import type { Generated } from 'kysely';

/** The events plugin's tables (kysely types). */
export interface EventsTables {
  readonly events_outbox: OutboxRow;
}

export interface OutboxRow {
  /** Order of recording; on SQLite also the order of commit, which the live tail relies on. */
  readonly seq: Generated<number>;
  readonly id: string;
  readonly name: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly aggregate_id: string;
  /** JSON text. */
  readonly payload: string;
  readonly created_at: string;
}
