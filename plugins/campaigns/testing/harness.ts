import assert from 'node:assert/strict';
import { resolveToken } from '../../../core/container.js';
import { ManualClock } from '../../../core/clock.js';
import { KEY_SERVICE, ORG_SERVICE } from '../../../core/org/tokens.js';
import { startInProcess, type RunningApp } from '../../../core/testing/in-process.js';
import { DATABASE } from '../../../core/tokens.js';
import type { AnyPlugin } from '../../../core/plugin/define.js';
import { builtinPlugins } from '../../index.js';

export type Json = Record<string, any>;
export interface Reply {
  readonly status: number;
  readonly body: Json;
  readonly headers: Headers;
}
export type Api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Reply>;

/** The reference's create example, verbatim (API-REFERENCE.md). */
export const referenceCampaign = {
  agent_id: 'agent_velo_automotive',
  type: 'product_launch',
  name: 'EV Series X Launch 2025',
  product: { name: 'EV Series X Pro', description: 'Next-gen all-electric SUV', key_features: ['800km range', 'AI-drive'], target_audience: 'tech_enthusiasts_25_45' },
  config: { tone: 'expert_enthusiastic', languages: ['en', 'hi', 'de'], output_formats: ['social_post', 'video_script'], compliance_mode: 'standard', duration_days: 30 },
  budget_usd: 5000,
} as const;

export function client(running: RunningApp, key: string, base: Record<string, string> = {}): Api {
  return async (method, path, body, headers = {}) => {
    const response = await fetch(`${running.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...base, ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Json), headers: response.headers };
  };
}

/** Creates the reference's campaign, with `overrides`, and insists on a 201. */
export async function createCampaign(api: Api, overrides: Json = {}): Promise<Json> {
  const reply = await api('POST', '/v1/campaigns', { ...referenceCampaign, ...overrides });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

export interface Harness {
  readonly running: RunningApp;
  readonly clock: ManualClock;
  readonly test: Api;
  readonly live: Api;
  /** A test-mode key of another organization. */
  readonly stranger: Api;
  readonly strangerOrg: string;
}

/**
 * The whole server in-process with a hand-moved clock (so schedules are off: startInProcess;
 * tests run CAMPAIGN_LIFECYCLE's advance and accrueAll themselves), the two keys of
 * org_default and a stranger org's test key.
 */
export async function startHarness(databaseUrl: string, options: { readonly plugins?: readonly AnyPlugin[]; readonly config?: Json; readonly start?: string } = {}): Promise<Harness> {
  const clock = new ManualClock(options.start ?? '2026-03-01T00:00:00.000Z');
  const running = await startInProcess({
    databaseUrl,
    clock,
    plugins: options.plugins ?? builtinPlugins,
    config: { ratelimit: { plans: { growth: { read: 100000, write: 100000, generate: 100000, events: 100000 } } }, ...(options.config ?? {}) },
  });
  const other = await resolveToken(running.app.container, ORG_SERVICE).create({ name: 'Stranger', plan: 'growth' });
  const strangerKey = (await resolveToken(running.app.container, KEY_SERVICE).create({ orgId: other.id, livemode: false, name: 's', scopes: ['admin'] })).key;
  return { running, clock, test: client(running, running.keys.test), live: client(running, running.keys.live), stranger: client(running, strangerKey), strangerOrg: other.id };
}

/** The events recorded for one campaign, oldest first (the outbox, written in the transition's transaction). */
export async function eventsOf(running: RunningApp, campaignId: string): Promise<{ name: string; livemode: number; payload: Json }[]> {
  const db = resolveToken(running.app.container, DATABASE).kysely;
  const rows = await db.selectFrom('events_outbox').select(['name', 'livemode', 'payload']).where('aggregate_id', '=', campaignId).orderBy('seq').execute();
  return rows.map((row: { name: string; livemode: number; payload: string }) => ({ name: row.name, livemode: Number(row.livemode), payload: JSON.parse(row.payload) as Json }));
}
