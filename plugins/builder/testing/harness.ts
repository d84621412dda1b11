import { resolveToken } from '../../../core/container.js';
import { KEY_SERVICE, ORG_SERVICE } from '../../../core/org/tokens.js';
import type { AnyPlugin } from '../../../core/plugin/define.js';
import { startInProcess, type RunningApp } from '../../../core/testing/in-process.js';
import { DATABASE } from '../../../core/tokens.js';
import { builtinPlugins } from '../../index.js';

export type Json = Record<string, any>;
export interface Reply {
  readonly status: number;
  readonly body: Json;
  readonly headers: Headers;
}
export type Api = (method: string, path: string, body?: unknown) => Promise<Reply>;

/** The reference's NOVA example, verbatim (API-REFERENCE.md). */
export const nova = {
  name: 'NOVA',
  category: 'sustainable_fashion',
  persona_prompt:
    'NOVA is a forward-thinking AI influencer specializing in sustainable fashion, circular economy, and eco-conscious lifestyle brands. Expert in certifications (GOTS, OEKO-TEX), supply chain transparency, and connecting conscious consumers with ethical brands. Tone: knowledgeable, inspiring, never preachy.',
  expertise_domains: ['sustainable textiles', 'circular fashion', 'conscious consumerism'],
  target_audience: 'eco_conscious_millennials',
  languages: ['en', 'fr', 'de'],
  visibility: 'private',
  use_cases: ['product_review', 'brand_launch'],
} as const;

export function client(baseUrl: string, key: string): Api {
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Json), headers: response.headers };
  };
}

export interface Harness {
  readonly running: RunningApp;
  readonly test: Api;
  readonly live: Api;
  /** A test-mode key of another organization. */
  readonly stranger: Api;
}

/** The whole server in-process (real clock: jobs run as they would) with two orgs' keys. */
export async function startHarness(databaseUrl: string, options: { readonly plugins?: readonly AnyPlugin[]; readonly config?: Json } = {}): Promise<Harness> {
  const running = await startInProcess({
    databaseUrl,
    plugins: options.plugins ?? builtinPlugins,
    config: { ratelimit: { plans: { growth: { read: 100000, write: 100000, generate: 100000, events: 100000 } } }, jobs: { poll_interval_ms: 20 }, ...(options.config ?? {}) },
  });
  const other = await resolveToken(running.app.container, ORG_SERVICE).create({ name: 'Stranger', plan: 'growth' });
  const strangerKey = (await resolveToken(running.app.container, KEY_SERVICE).create({ orgId: other.id, livemode: false, name: 's', scopes: ['admin'] })).key;
  return { running, test: client(running.baseUrl, running.keys.test), live: client(running.baseUrl, running.keys.live), stranger: client(running.baseUrl, strangerKey) };
}

/** Polls the build until `done` says so (or fails after `timeoutMs`). */
export async function waitForBuild(api: Api, id: string, done: (build: Json) => boolean = (b) => b.status !== 'training', timeoutMs = 20_000): Promise<Json> {
  const deadline = Date.now() + timeoutMs;
  let last: Json = {};
  while (Date.now() < deadline) {
    last = (await api('GET', `/v1/builder/agents/${id}`)).body;
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`build ${id} did not get there in ${timeoutMs} ms: ${JSON.stringify(last)}`);
}

/** The events recorded for one aggregate, oldest first. */
export async function eventsOf(running: RunningApp, aggregateId: string): Promise<{ name: string; payload: Json }[]> {
  const db = resolveToken(running.app.container, DATABASE).kysely;
  const rows = await db.selectFrom('events_outbox').select(['name', 'payload']).where('aggregate_id', '=', aggregateId).orderBy('seq').execute();
  return rows.map((row: { name: string; payload: string }) => ({ name: row.name, payload: JSON.parse(row.payload) as Json }));
}
