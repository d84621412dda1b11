import type { Kysely } from 'kysely';
import { tenantScope, type Tenant } from '../auth/tenant.js';

export interface IdempotencyTables {
  readonly idempotency_keys: IdempotencyRow;
}

export interface IdempotencyRow {
  readonly org_id: string;
  readonly livemode: number;
  readonly key: string;
  /** SHA-256 of method, path and body: the same key with another request is refused. */
  readonly request_hash: string;
  readonly state: 'running' | 'done';
  /** A running record older than this was abandoned (its process died): another may take it. */
  readonly locked_until: string;
  readonly response_status: number | null;
  readonly response_type: string | null;
  readonly response_body: string | null;
  readonly created_at: string;
  readonly expires_at: string;
}

export interface IdempotencyScope extends Tenant {
  readonly key: string;
}

/** SQL of idempotency records; one row per org, mode and Idempotency-Key. */
export class IdempotencyStore {
  constructor(private readonly db: Kysely<IdempotencyTables>) {}

  /** Claims the key for a first run; false when a record exists already. */
  async claim(row: IdempotencyRow): Promise<boolean> {
    const inserted = await this.db
      .insertInto('idempotency_keys')
      .values(row)
      .onConflict((conflict) => conflict.columns(['org_id', 'livemode', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  find(scope: IdempotencyScope): Promise<IdempotencyRow | undefined> {
    return tenantScope(this.db, scope).selectFrom('idempotency_keys').selectAll().where('key', '=', scope.key).executeTakeFirst();
  }

  /**
   * Takes over a record that expired or whose run was abandoned, as one conditional update,
   * so of two retries only one gets it.
   */
  async takeOver(scope: IdempotencyScope, seen: IdempotencyRow, next: Omit<IdempotencyRow, 'org_id' | 'livemode' | 'key'>): Promise<boolean> {
    const result = await tenantScope(this.db, scope)
      .updateTable('idempotency_keys')
      .set(next)
      .where('key', '=', scope.key)
      .where('created_at', '=', seen.created_at)
      .where('state', '=', seen.state)
      .where('locked_until', '=', seen.locked_until)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async complete(scope: IdempotencyScope, response: { readonly status: number; readonly type: string | null; readonly body: string }): Promise<void> {
    await tenantScope(this.db, scope)
      .updateTable('idempotency_keys')
      .set({ state: 'done', response_status: response.status, response_type: response.type, response_body: response.body })
      .where('key', '=', scope.key)
      .execute();
  }

  /** Forgets a run that failed on our side, so a retry runs again. */
  async release(scope: IdempotencyScope): Promise<void> {
    await tenantScope(this.db, scope).deleteFrom('idempotency_keys').where('key', '=', scope.key).where('state', '=', 'running').execute();
  }

  /** Deletes records past their 24 hours; returns how many. */
  async purgeExpired(now: string): Promise<number> {
    const result = await this.db.deleteFrom('idempotency_keys').where('expires_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
