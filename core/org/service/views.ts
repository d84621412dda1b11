import { fromJson } from '../../db/index.js';
import type { ApiKeyRow, OrgRow } from '../db/schema.js';

/** An API key as the API shows it (never the secret). */
export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly mode: 'live' | 'test';
  readonly prefix: string;
  readonly scopes: readonly string[];
  readonly status: 'active' | 'revoked' | 'expired';
  readonly created_at: string;
  readonly expires_at: string | null;
  readonly last_used_at: string | null;
  readonly revoked_at: string | null;
}

export interface OrgView {
  readonly id: string;
  readonly name: string;
  readonly plan: string;
  readonly created_at: string;
}

export function keyView(row: ApiKeyRow, now: Date): ApiKeyView {
  const status = row.revoked_at !== null ? 'revoked' : row.expires_at !== null && row.expires_at <= now.toISOString() ? 'expired' : 'active';
  return {
    id: row.id,
    name: row.name,
    mode: row.livemode === 1 ? 'live' : 'test',
    prefix: row.prefix,
    scopes: fromJson<string[]>(row.scopes),
    status,
    created_at: row.created_at,
    expires_at: row.expires_at,
    last_used_at: row.last_used_at,
    revoked_at: row.revoked_at,
  };
}

export function orgView(row: OrgRow): OrgView {
  return { id: row.id, name: row.name, plan: row.plan, created_at: row.created_at };
}
