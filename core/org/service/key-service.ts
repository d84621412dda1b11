import { inject, injectable } from 'tsyringe';
import type { Clock } from '../../clock.js';
import type { CoreConfig } from '../../config/index.js';
import { fromJson, toJson } from '../../db/index.js';
import { decodeCursor, encodeCursor } from '../../http/cursor.js';
import { newId } from '../../ids.js';
import { CLOCK, CORE_CONFIG } from '../../tokens.js';
import { grants, type Plan, type Principal, type Scope } from '../../auth/principal.js';
import type { ApiKeyRow } from '../db/schema.js';
import type { Tenant } from '../../auth/tenant.js';
import type { OrgStore } from '../db/store.js';
import { authErrors } from '../../auth/errors.js';
import { orgErrors } from '../errors.js';
import { generateKey, hashKey, keyPattern, visiblePrefix } from './secret-keys.js';
import { ORG_STORE } from './store-token.js';
import { keyView, type ApiKeyView } from './views.js';

export interface CreateKeyInput {
  readonly orgId: string;
  readonly livemode: boolean;
  readonly name: string;
  readonly scopes: readonly Scope[];
  readonly expiresAt?: string | null;
}

export interface KeyPage {
  readonly data: readonly ApiKeyView[];
  readonly meta: { readonly total: number; readonly limit: number; readonly next_cursor: string | null };
}

interface CachedKey {
  readonly principal: Omit<Principal, 'agentId'>;
  readonly expiresAt: string | null;
  readonly revoked: boolean;
  /** When this cache entry stops being trusted. */
  readonly cachedUntil: number;
}

/** How often a key's last_used_at is written: per request would be a write per request. */
const touchEveryMs = 60_000;

@injectable()
export class KeyService {
  private readonly cache = new Map<string, CachedKey>();
  private readonly touched = new Map<string, number>();
  /** When each key was last revoked here: a lookup that began before must not be cached. */
  private readonly forgotten = new Map<string, number>();

  constructor(
    @inject(ORG_STORE) private readonly store: OrgStore,
    @inject(CLOCK) private readonly clock: Clock,
    @inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  /** Creates a key; the secret is in the reply only. */
  async create(input: CreateKeyInput): Promise<ApiKeyView & { readonly key: string }> {
    const now = this.clock.now();
    if (input.expiresAt && new Date(input.expiresAt).getTime() <= now.getTime()) {
      throw orgErrors.EXPIRES_AT_IN_PAST('expires_at must be in the future', {
        errors: [{ field: 'expires_at', code: 'in_past', message: 'must be a time in the future' }],
      });
    }
    const key = generateKey(input.livemode);
    const row = {
      id: newId('key'),
      org_id: input.orgId,
      livemode: input.livemode ? 1 : 0,
      name: input.name,
      prefix: visiblePrefix(key),
      hash: hashKey(key),
      scopes: toJson([...new Set(input.scopes)]),
      created_at: now.toISOString(),
      expires_at: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
      last_used_at: null,
      revoked_at: null,
    };
    await this.store.insertKey(row);
    return { ...keyView(row, now), key };
  }

  /** A key created through the API by another key: same org and mode, no scope it lacks. */
  async createFor(caller: Principal, input: { readonly name: string; readonly mode?: 'live' | 'test'; readonly scopes?: readonly Scope[]; readonly expires_at?: string }) {
    const livemode = input.mode === undefined ? caller.livemode : input.mode === 'live';
    if (livemode !== caller.livemode) {
      throw orgErrors.MODE_MISMATCH(`a ${caller.livemode ? 'live' : 'test'} key can only create ${caller.livemode ? 'live' : 'test'} keys`, {
        errors: [{ field: 'mode', code: 'mode_mismatch', message: `must be ${caller.livemode ? 'live' : 'test'}, the calling key's mode` }],
      });
    }
    const scopes = input.scopes ?? caller.scopes;
    const missing = scopes.filter((scope) => !grants(caller.scopes, scope));
    if (missing.length > 0) {
      throw authErrors.INSUFFICIENT_SCOPE(`the calling key cannot grant ${missing.join(', ')}: it does not hold ${missing.length === 1 ? 'it' : 'them'}`, {
        errors: missing.map((scope) => ({ field: 'scopes', code: 'insufficient_scope', message: `${scope} is not held by the calling key` })),
        extensions: { required_scope: missing[0] },
      });
    }
    // A key may not outlive the key that made it: otherwise expiry could be escaped by
    // minting a successor just before it.
    const expiresAt = input.expires_at ?? caller.keyExpiresAt;
    if (caller.keyExpiresAt !== null && expiresAt !== null && new Date(expiresAt).getTime() > new Date(caller.keyExpiresAt).getTime()) {
      throw orgErrors.EXPIRES_AFTER_CALLER(`the calling key expires at ${caller.keyExpiresAt}; a key it creates must expire no later`, {
        errors: [{ field: 'expires_at', code: 'after_caller', message: `must be at or before ${caller.keyExpiresAt}` }],
      });
    }
    return this.create({ orgId: caller.orgId, livemode, name: input.name, scopes, expiresAt });
  }

  /**
   * Who an `Authorization` header belongs to. Throws a 401 problem whose code says what is
   * wrong with the key, and never whether an org exists.
   */
  async authenticate(authorization: string | undefined): Promise<Omit<Principal, 'agentId'>> {
    if (!authorization) throw authErrors.MISSING_API_KEY('send your key as Authorization: Bearer ig_live_... or ig_test_...');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const key = match?.[1];
    if (!key || !keyPattern.test(key)) {
      throw authErrors.MALFORMED_API_KEY('the Authorization header must read "Bearer ig_live_<key>" or "Bearer ig_test_<key>"');
    }
    const hash = hashKey(key);
    const nowMs = this.clock.now().getTime();
    let cached = this.cache.get(hash);
    if (!cached || cached.cachedUntil <= nowMs) {
      const lookupStarted = Date.now();
      let row = await this.store.findKeyByHash(hash);
      // A revocation in this process while the lookup ran may not be in the row it read.
      if ((this.forgotten.get(hash) ?? -1) >= lookupStarted) row = await this.store.findKeyByHash(hash);
      if (!row) {
        this.cache.delete(hash);
        throw authErrors.UNKNOWN_API_KEY('this API key is not known here: check for a typo or create a new key');
      }
      cached = {
        principal: {
          orgId: row.org_id,
          plan: row.plan as Plan,
          livemode: row.livemode === 1,
          keyId: row.id,
          keyPrefix: row.prefix,
          scopes: fromJson<Scope[]>(row.scopes),
          keyExpiresAt: row.expires_at,
        },
        expiresAt: row.expires_at,
        revoked: row.revoked_at !== null,
        cachedUntil: nowMs + this.config.auth.key_cache_ttl_ms,
      };
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(hash, cached);
    }
    if (cached.revoked) throw authErrors.REVOKED_API_KEY(`the key ${cached.principal.keyPrefix}... was revoked; use another key`);
    if (cached.expiresAt !== null && new Date(cached.expiresAt).getTime() <= nowMs) {
      throw authErrors.EXPIRED_API_KEY(`the key ${cached.principal.keyPrefix}... expired at ${cached.expiresAt}; create a new key`);
    }
    this.touch(cached.principal.keyId, nowMs);
    return cached.principal;
  }

  async list(tenant: Tenant, limit: number, cursor: string | undefined): Promise<KeyPage> {
    const afterId = cursor === undefined ? undefined : String(decodeCursor(cursor, 1)[0]);
    const rows = await this.store.listKeys(tenant, limit + 1, afterId);
    const page = rows.slice(0, limit);
    const now = this.clock.now();
    return {
      data: page.map((row) => keyView(row, now)),
      meta: {
        total: await this.store.countKeys(tenant),
        limit,
        next_cursor: rows.length > limit && page.length > 0 ? encodeCursor([page[page.length - 1]!.id]) : null,
      },
    };
  }

  /**
   * Revokes a key of the caller's org and mode; revoking a revoked key returns it unchanged.
   * A key may revoke only keys whose scopes it holds itself (itself included), so a narrow
   * key cannot lock the admins out.
   */
  async revoke(caller: Principal, id: string): Promise<ApiKeyView> {
    const row = await this.store.getKey(caller, id);
    if (!row) throw orgErrors.KEY_NOT_FOUND(`no key ${id} in this organization and mode`);
    const beyond = fromJson<string[]>(row.scopes).filter((scope) => !grants(caller.scopes, scope));
    if (beyond.length > 0) {
      throw authErrors.INSUFFICIENT_SCOPE(`the calling key cannot revoke ${id}: it holds ${beyond.join(', ')}, which the calling key does not`, {
        extensions: { required_scope: beyond[0] },
      });
    }
    return this.revokeRow(row);
  }

  /** Revokes any key by id (the CLI, which acts for the operator). */
  async revokeById(id: string): Promise<ApiKeyView | undefined> {
    const row = await this.store.getKeyById(id);
    return row && this.revokeRow(row);
  }

  private async revokeRow(row: ApiKeyRow): Promise<ApiKeyView> {
    const now = this.clock.now();
    if (row.revoked_at === null) await this.store.revokeKey(row.id, now.toISOString());
    this.forget(row.hash);
    return keyView({ ...row, revoked_at: row.revoked_at ?? now.toISOString() }, now);
  }

  async listOfOrg(orgId: string): Promise<readonly ApiKeyView[]> {
    const now = this.clock.now();
    return (await this.store.listKeysOfOrg(orgId)).map((row) => keyView(row, now));
  }

  private forget(hash: string): void {
    this.cache.delete(hash);
    if (this.forgotten.size > 10_000) this.forgotten.clear();
    this.forgotten.set(hash, Date.now());
  }

  private touch(keyId: string, nowMs: number): void {
    const last = this.touched.get(keyId) ?? 0;
    if (nowMs - last < touchEveryMs) return;
    this.touched.set(keyId, nowMs);
    // Not awaited: a failed write of last_used_at must not fail the request it describes.
    this.store.touchKey(keyId, new Date(nowMs).toISOString()).catch(() => this.touched.delete(keyId));
  }
}
