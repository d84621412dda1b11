import type { Kysely } from 'kysely';
import { Precompiled, fromJson, tenantColumns, tenantScope, toJson, type Tenant } from 'influgentic';
import type { Content } from '../service/types.js';
import type { ContentRow, ContentTables, TicketRow } from './schema.js';

// Every generation stores one: built once (see Precompiled), so the tenant's columns are
// values (tenantColumns) rather than filled in by tenantScope as it builds.
const insertContent = new Precompiled<ContentRow>(
  { id: true, org_id: true, livemode: true, agent_id: true, campaign_id: true, content_type: true, document: true, created_at: true },
  (db, row) => db.insertInto('content_contents').values(row),
);

export interface ContentQuery {
  readonly agentId?: string;
  readonly contentType?: string;
  readonly campaignId?: string;
  readonly limit: number;
  /** Only rows older than this id (the keyset of the previous page). */
  readonly beforeId?: string;
}

/** SQL for stored content and stream tickets; content queries are scoped to one org and mode. */
export class ContentStore {
  constructor(private readonly db: Kysely<ContentTables>) {}

  /** Runs `work` in one transaction (the insert and its event). */
  transaction<T>(work: (trx: Kysely<ContentTables>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async insert(trx: Kysely<ContentTables>, tenant: Tenant, content: Content): Promise<void> {
    await insertContent.execute(trx, {
      id: content.id,
      ...tenantColumns(tenant),
      agent_id: content.agent_id,
      campaign_id: content.campaign_id,
      content_type: content.content_type,
      document: toJson(content),
      created_at: content.created_at,
    });
  }

  async get(tenant: Tenant, id: string): Promise<Content | undefined> {
    const row = await tenantScope(this.db, tenant).selectFrom('content_contents').select('document').where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromJson<Content>(row.document);
  }

  private filtered(tenant: Tenant, query: Omit<ContentQuery, 'limit' | 'beforeId'>) {
    let select = tenantScope(this.db, tenant).selectFrom('content_contents');
    if (query.agentId !== undefined) select = select.where('agent_id', '=', query.agentId);
    if (query.contentType !== undefined) select = select.where('content_type', '=', query.contentType);
    if (query.campaignId !== undefined) select = select.where('campaign_id', '=', query.campaignId);
    return select;
  }

  async list(tenant: Tenant, query: ContentQuery): Promise<Content[]> {
    let select = this.filtered(tenant, query).select('document');
    if (query.beforeId !== undefined) select = select.where('id', '<', query.beforeId);
    const rows = await select.orderBy('id', 'desc').limit(query.limit).execute();
    return rows.map((row) => fromJson<Content>(row.document));
  }

  async count(tenant: Tenant, query: Omit<ContentQuery, 'limit' | 'beforeId'>): Promise<number> {
    const row = await this.filtered(tenant, query).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insertTicket(row: TicketRow): Promise<void> {
    await this.db.insertInto('content_stream_tickets').values(row).execute();
  }

  /**
   * Takes a ticket once: deletes it and returns it when it exists and has not expired. Two
   * processes racing for one ticket both delete, and only one sees a row deleted.
   */
  async takeTicket(ticketHash: string, now: string): Promise<TicketRow | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('content_stream_tickets').selectAll().where('ticket_hash', '=', ticketHash).executeTakeFirst();
      if (row === undefined) return undefined;
      const deleted = await trx.deleteFrom('content_stream_tickets').where('ticket_hash', '=', ticketHash).executeTakeFirst();
      if (Number(deleted.numDeletedRows) !== 1 || row.expires_at <= now) return undefined;
      return row;
    });
  }

  async purgeTickets(now: string): Promise<void> {
    await this.db.deleteFrom('content_stream_tickets').where('expires_at', '<=', now).execute();
  }
}
