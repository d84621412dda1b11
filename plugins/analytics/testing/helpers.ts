import assert from 'node:assert/strict';
import { resolveToken } from '../../../core/container.js';
import { DATABASE } from '../../../core/tokens.js';
import type { Tenant } from '../../../core/auth/tenant.js';
import { newId } from '../../../core/ids.js';
import { CAMPAIGN_STORE } from '../../campaigns/service/internal-tokens.js';
import type { Api, Harness, Json } from '../../campaigns/testing/harness.js';

/** Creates the reference campaign (30 days from the harness clock) through the API. */
export { createCampaign } from '../../campaigns/testing/harness.js';

/** Posts a batch and insists on a 200. */
export async function ingest(api: Api, events: readonly unknown[]): Promise<Json> {
  const reply = await api('POST', '/v1/events', { events });
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  return reply.body;
}

/** Books a charge in the campaign's ledger, as the campaigns plugin would. */
export async function bookCharge(h: Harness, tenant: Tenant, campaignId: string, micros: number, at: string): Promise<void> {
  const store = resolveToken(h.running.app.container, CAMPAIGN_STORE);
  const db = resolveToken(h.running.app.container, DATABASE).tables<never>();
  await store.insertCharge(db as never, tenant, { id: newId('chg'), campaign_id: campaignId, kind: 'base_rate', amount_micros: micros, reference: `test:${newId('ref')}`, at, created_at: at });
}

/** Names and payloads the outbox holds for an aggregate (a campaign), oldest first. */
export async function outbox(h: Harness, campaignId: string, name: string): Promise<Json[]> {
  const db = resolveToken(h.running.app.container, DATABASE).kysely;
  const rows = await db.selectFrom('events_outbox').select(['payload']).where('aggregate_id', '=', campaignId).where('name', '=', name).orderBy('seq').execute();
  return rows.map((row: { payload: string }) => JSON.parse(row.payload) as Json);
}
