import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.js';
import type { LeaseRow, SchedulerTables } from './schema.js';

/** SQL for `scheduler_leases`; nothing else touches the table. */
export class LeaseStore {
  private readonly db: Kysely<SchedulerTables>;

  constructor(database: Database) {
    this.db = database.tables<SchedulerTables>();
  }

  /**
   * Takes the lease on `key` unless another holder has it and it has not expired. One
   * statement (an upsert that updates only an expired row), so of several processes asking
   * at once exactly one gets it, on SQLite and Postgres alike.
   */
  async acquire(key: string, holder: string, now: string, expiresAt: string): Promise<boolean> {
    const row = await this.db
      .insertInto('scheduler_leases')
      .values({ key, holder, acquired_at: now, expires_at: expiresAt, completed_at: null })
      .onConflict((conflict) =>
        conflict
          .column('key')
          .doUpdateSet({ holder, acquired_at: now, expires_at: expiresAt, completed_at: null })
          .where('scheduler_leases.expires_at', '<', now)
          .where('scheduler_leases.completed_at', 'is', null),
      )
      .returning('key')
      .executeTakeFirst();
    return row !== undefined;
  }

  async complete(key: string, holder: string, now: string): Promise<void> {
    await this.db.updateTable('scheduler_leases').set({ completed_at: now }).where('key', '=', key).where('holder', '=', holder).execute();
  }

  async get(key: string): Promise<LeaseRow | undefined> {
    return this.db.selectFrom('scheduler_leases').selectAll().where('key', '=', key).executeTakeFirst();
  }

  async purgeBefore(cutoff: string): Promise<number> {
    const result = await this.db.deleteFrom('scheduler_leases').where('expires_at', '<', cutoff).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
