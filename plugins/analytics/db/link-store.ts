import type { Kysely } from 'kysely';
import { tenantScope, type Tenant } from 'influgentic';
import type { AnalyticsTables, LinkRow } from './schema.js';

/** SQL for tracking links. */
export class LinkStore {
  constructor(private readonly db: Kysely<AnalyticsTables>) {}

  async insert(tenant: Tenant, row: Omit<LinkRow, 'org_id' | 'livemode'>): Promise<void> {
    await tenantScope(this.db, tenant).insertInto('analytics_links', row).execute();
  }

  /** By its public code, in any org: the code is the whole of what a visitor presents. */
  async byCode(code: string): Promise<LinkRow | undefined> {
    return this.db.selectFrom('analytics_links').selectAll().where('code', '=', code).executeTakeFirst();
  }
}
