import type { Kysely } from 'kysely';
import { tenantScope, type Tenant } from '../../auth/tenant.js';
import type { ApiKeyRow, OrgRow, OrgTables } from './schema.js';

export interface KeyWithOrg extends ApiKeyRow {
  readonly plan: string;
}

/** SQL for orgs and keys; nothing else touches these tables. */
export class OrgStore {
  constructor(private readonly db: Kysely<OrgTables>) {}

  async insertOrg(row: OrgRow): Promise<void> {
    await this.db.insertInto('org_orgs').values(row).execute();
  }

  getOrg(id: string): Promise<OrgRow | undefined> {
    return this.db.selectFrom('org_orgs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  listOrgs(): Promise<OrgRow[]> {
    return this.db.selectFrom('org_orgs').selectAll().orderBy('created_at').orderBy('id').execute();
  }

  async insertKey(row: ApiKeyRow): Promise<void> {
    await this.db.insertInto('org_api_keys').values(row).execute();
  }

  /** The one lookup authentication makes: by the key's hash, with the org's plan. */
  findKeyByHash(hash: string): Promise<KeyWithOrg | undefined> {
    return this.db
      .selectFrom('org_api_keys')
      .innerJoin('org_orgs', 'org_orgs.id', 'org_api_keys.org_id')
      .selectAll('org_api_keys')
      .select('org_orgs.plan')
      .where('org_api_keys.hash', '=', hash)
      .executeTakeFirst();
  }

  /** A page of the tenant's keys, newest first, after the key `afterId` (keyset on the time-sortable id). */
  listKeys(tenant: Tenant, limit: number, afterId: string | undefined): Promise<ApiKeyRow[]> {
    let query = tenantScope(this.db, tenant).selectFrom('org_api_keys').selectAll();
    if (afterId !== undefined) query = query.where('id', '<', afterId);
    return query.orderBy('id', 'desc').limit(limit).execute();
  }

  async countKeys(tenant: Tenant): Promise<number> {
    const row = await tenantScope(this.db, tenant).selectFrom('org_api_keys').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  getKey(tenant: Tenant, id: string): Promise<ApiKeyRow | undefined> {
    return tenantScope(this.db, tenant).selectFrom('org_api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Keys of an org in both modes (the CLI lists them). */
  listKeysOfOrg(orgId: string): Promise<ApiKeyRow[]> {
    return this.db.selectFrom('org_api_keys').selectAll().where('org_id', '=', orgId).orderBy('id', 'desc').execute();
  }

  getKeyById(id: string): Promise<ApiKeyRow | undefined> {
    return this.db.selectFrom('org_api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async revokeKey(id: string, at: string): Promise<void> {
    await this.db.updateTable('org_api_keys').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }

  async touchKey(id: string, at: string): Promise<void> {
    await this.db.updateTable('org_api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
  }
}
