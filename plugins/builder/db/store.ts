import type { Kysely } from 'kysely';
import { tenantScope, type Tenant } from 'influgentic';
import type { BuildRow, BuilderTables } from './schema.js';

export type Db = Kysely<BuilderTables>;
export type NewBuildRow = Omit<BuildRow, 'org_id' | 'livemode'>;

/** SQL for custom agents' builds; every query carries the tenant filter. */
export class BuildStore {
  constructor(private readonly db: Db) {}

  transaction<T>(work: (trx: Db) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async insert(trx: Db, tenant: Tenant, row: NewBuildRow): Promise<void> {
    await tenantScope(trx, tenant).insertInto('builder_agents', row).execute();
  }

  async get(tenant: Tenant, id: string, trx: Db = this.db): Promise<BuildRow | undefined> {
    return tenantScope(trx, tenant).selectFrom('builder_agents').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async byName(tenant: Tenant, name: string, trx: Db = this.db): Promise<BuildRow | undefined> {
    return tenantScope(trx, tenant).selectFrom('builder_agents').selectAll().where('name', '=', name).executeTakeFirst();
  }

  async update(tenant: Tenant, id: string, patch: Partial<NewBuildRow>, trx: Db = this.db): Promise<void> {
    await tenantScope(trx, tenant).updateTable('builder_agents').set(patch).where('id', '=', id).execute();
  }

  /**
   * Updates only while the row still builds `version`: a step of a build that a PATCH or a
   * DELETE replaced writes nothing. Returns whether the row was updated.
   */
  async updateVersion(tenant: Tenant, id: string, version: number, patch: Partial<NewBuildRow>, trx: Db = this.db): Promise<boolean> {
    const result = await tenantScope(trx, tenant).updateTable('builder_agents').set(patch).where('id', '=', id).where('version', '=', version).where('status', '=', 'training').executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  private filtered(tenant: Tenant, status: string | undefined) {
    const select = tenantScope(this.db, tenant).selectFrom('builder_agents');
    return status === undefined ? select : select.where('status', '=', status);
  }

  /** Newest first; `after` is the (created_at, id) of the previous page's last row. */
  async list(tenant: Tenant, query: { readonly status?: string; readonly limit: number; readonly after?: readonly [string, string] }): Promise<BuildRow[]> {
    let select = this.filtered(tenant, query.status).selectAll();
    const after = query.after;
    if (after !== undefined) {
      select = select.where((eb) => eb.or([eb('created_at', '<', after[0]), eb.and([eb('created_at', '=', after[0]), eb('id', '<', after[1])])]));
    }
    return select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
  }

  async count(tenant: Tenant, status: string | undefined): Promise<number> {
    const row = await this.filtered(tenant, status).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
