import type { DeleteQueryBuilder, Insertable, InsertQueryBuilder, InsertResult, Kysely, SelectQueryBuilder, UpdateQueryBuilder, UpdateResult, DeleteResult } from 'kysely';

/** The slice of data a request may touch: one org, one mode (live or test). */
export interface Tenant {
  readonly orgId: string;
  readonly livemode: boolean;
}

/** Tables that hold customer data: they carry `org_id` and `livemode` (0/1). */
export type TenantTable<DB> = {
  [K in keyof DB & string]: DB[K] extends { org_id: unknown; livemode: unknown } ? K : never;
}[keyof DB & string];

type WithoutTenant<Row> = Omit<Row, 'org_id' | 'livemode'>;

/**
 * Queries of customer tables that always carry the tenant filter, so a store cannot forget
 * it: a test key never sees live rows, nor the reverse, and no org sees another's.
 *
 * @example
 *   const scoped = tenantScope(db.tables<CampaignTables>(), principal);
 *   await scoped.selectFrom('campaigns_campaigns').selectAll().where('id', '=', id).executeTakeFirst();
 *   await scoped.insertInto('campaigns_campaigns', { id, name, ... }).execute();
 */
export interface TenantScope<DB> {
  readonly tenant: Tenant;
  selectFrom<T extends TenantTable<DB>>(table: T): SelectQueryBuilder<DB, T, {}>;
  updateTable<T extends TenantTable<DB>>(table: T): UpdateQueryBuilder<DB, T, T, UpdateResult>;
  deleteFrom<T extends TenantTable<DB>>(table: T): DeleteQueryBuilder<DB, T, DeleteResult>;
  /** Inserts rows with `org_id` and `livemode` filled in from the tenant. */
  insertInto<T extends TenantTable<DB>>(table: T, values: WithoutTenant<Insertable<DB[T]>> | readonly WithoutTenant<Insertable<DB[T]>>[]): InsertQueryBuilder<DB, T, InsertResult>;
  /** The same scope over a transaction. */
  on(db: Kysely<DB>): TenantScope<DB>;
}

/**
 * The tenant as the columns of a customer row hold it. For a statement built once and run with
 * values (a `Precompiled` one), where tenantScope, which fills them in as it builds, cannot be.
 */
export function tenantColumns(tenant: Tenant): { readonly org_id: string; readonly livemode: 0 | 1 } {
  return { org_id: tenant.orgId, livemode: tenant.livemode ? 1 : 0 };
}

export function tenantScope<DB>(db: Kysely<DB>, tenant: Tenant): TenantScope<DB> {
  const { livemode } = tenantColumns(tenant);
  // kysely cannot type a column reference built from a generic table name; the casts stay
  // inside this function and the signatures above keep callers typed.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const untyped = db as unknown as Kysely<any>;
  const column = (table: string, name: string): string => `${table}.${name}`;
  return {
    tenant,
    selectFrom(table) {
      return untyped.selectFrom(table as string).where(column(table, 'org_id'), '=', tenant.orgId).where(column(table, 'livemode'), '=', livemode) as any;
    },
    updateTable(table) {
      return untyped.updateTable(table as string).where(column(table, 'org_id'), '=', tenant.orgId).where(column(table, 'livemode'), '=', livemode) as any;
    },
    deleteFrom(table) {
      return untyped.deleteFrom(table as string).where(column(table, 'org_id'), '=', tenant.orgId).where(column(table, 'livemode'), '=', livemode) as any;
    },
    insertInto(table, values) {
      const rows = (Array.isArray(values) ? values : [values]).map((row) => ({ ...row, org_id: tenant.orgId, livemode }));
      return untyped.insertInto(table as string).values(rows) as any;
    },
    on(other) {
      return tenantScope(other, tenant);
    },
  };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}
