import { createHash } from 'node:crypto';
import { CLOCK, coreErrors, decodeCursor, encodeCursor, inject, injectable, type Clock, type Principal } from 'influgentic';
import type { AssetRow } from '../db/schema.js';
import type { AgentStore } from '../db/store.js';
import { agentErrors } from '../errors.js';
import type { AgentService } from './agent-service.js';
import type { AssetStorage } from './asset-storage.js';
import { AGENT_SERVICE, AGENT_STORE, AGENTS_SETTINGS, ASSET_STORAGE, type AgentsSettings } from './internal-tokens.js';
import { assetTypeOf, assetTypes, bytesMatch } from './sniff.js';
import { ownedBy } from './views.js';

/** Sent with every SVG: a script inside never runs, and nothing outside is fetched. */
export const svgPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export function etagOf(bytes: Buffer): string {
  return `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;
}

/** Whether an If-None-Match header names this ETag (a list, `*`, or weak forms count). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

export interface ServedAsset {
  readonly status: 200 | 304;
  readonly headers: Readonly<Record<string, string>>;
  readonly bytes?: Buffer;
}

/** Agent assets: stored through AssetStorage, described by rows in agents_assets. */
@injectable()
export class AssetService {
  constructor(
    @inject(AGENT_STORE) private readonly store: AgentStore,
    @inject(ASSET_STORAGE) private readonly storage: AssetStorage,
    @inject(AGENT_SERVICE) private readonly agents: AgentService,
    @inject(AGENTS_SETTINGS) private readonly settings: AgentsSettings,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  view(row: AssetRow) {
    return {
      name: row.name,
      agent_id: row.agent_id,
      content_type: row.content_type as (typeof assetTypes)[number],
      size_bytes: Number(row.size_bytes),
      etag: row.etag,
      url: `${this.settings.baseUrl}/cdn/agents/${row.agent_id}/assets/${encodeURIComponent(row.name)}`,
      created_at: row.created_at,
      updated_at: row.updated_at,
    };
  }

  /** Stores an asset of one of the caller's custom agents; `created` is false when it replaced one. */
  async put(principal: Principal, agentId: string, name: string, contentType: string | undefined, body: unknown) {
    const agent = await this.agents.readable(principal, agentId);
    if (!ownedBy(agent, principal)) {
      throw agentErrors.AGENT_NOT_OWNED(`agent ${agentId} belongs to ${agent.custom === 0 ? 'the built-in catalog' : 'another organization'}: only its owner can store assets`);
    }
    const type = assetTypeOf(contentType);
    if (type === undefined) {
      throw coreErrors.UNSUPPORTED_MEDIA_TYPE(`Content-Type must be one of ${assetTypes.join(', ')}`, { errors: [{ field: 'Content-Type', code: 'unsupported', message: `must be one of ${assetTypes.join(', ')}` }] });
    }
    const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    if (bytes.length > this.settings.asset_max_bytes) {
      throw coreErrors.PAYLOAD_TOO_LARGE(`the asset is ${bytes.length} bytes; the limit is ${this.settings.asset_max_bytes}`, { errors: [{ field: 'body', code: 'too_large', message: `must be at most ${this.settings.asset_max_bytes} bytes` }] });
    }
    if (bytes.length === 0 || !bytesMatch(type, bytes)) {
      throw agentErrors.ASSET_CONTENT_MISMATCH(`the bytes are not ${type}`, { errors: [{ field: 'body', code: 'content_mismatch', message: `is not ${type} content` }] });
    }
    const now = this.clock.now().toISOString();
    const existing = await this.store.getAsset(agentId, name);
    // Bytes first, row second: a row never points at a file that is not there.
    await this.storage.put(agentId, name, bytes);
    const row: AssetRow = {
      agent_id: agentId,
      name,
      org_id: principal.orgId,
      livemode: principal.livemode ? 1 : 0,
      content_type: type,
      size_bytes: bytes.length,
      etag: etagOf(bytes),
      created_at: existing?.created_at ?? now,
      updated_at: now,
    };
    const replaced = await this.store.putAsset(row);
    return { created: !replaced, asset: this.view(row) };
  }

  async list(principal: Principal, agentId: string, limit: number, cursor: string | undefined) {
    await this.agents.readable(principal, agentId);
    const after = cursor === undefined ? undefined : String(decodeCursor(cursor, 1)[0]);
    const rows = await this.store.listAssets(agentId, limit + 1, after);
    const page = rows.slice(0, limit);
    return {
      data: page.map((row) => this.view(row)),
      meta: { total: await this.store.countAssets(agentId), limit, next_cursor: rows.length > limit && page.length > 0 ? encodeCursor([page[page.length - 1]!.name]) : null },
    };
  }

  /** The public CDN: bytes with caching and safety headers, or 304 for a current ETag. */
  async serve(agentId: string, name: string, ifNoneMatch: string | undefined): Promise<ServedAsset> {
    const row = await this.store.getAsset(agentId, name);
    const bytes = row && (await this.storage.get(agentId, name));
    if (!row || !bytes) throw agentErrors.ASSET_NOT_FOUND(`no asset ${name} of agent ${agentId}`);
    const cacheHeaders = { ETag: row.etag, 'Cache-Control': `public, max-age=${this.settings.asset_cache_seconds}` };
    if (etagMatches(ifNoneMatch, row.etag)) return { status: 304, headers: cacheHeaders };
    return {
      status: 200,
      bytes,
      headers: {
        ...cacheHeaders,
        'Content-Type': row.content_type === 'text/plain' ? 'text/plain; charset=utf-8' : row.content_type,
        'Content-Length': String(bytes.length),
        'Last-Modified': new Date(row.updated_at).toUTCString(),
        'X-Content-Type-Options': 'nosniff',
        ...(row.content_type === 'image/svg+xml' ? { 'Content-Security-Policy': svgPolicy } : {}),
      },
    };
  }
}
