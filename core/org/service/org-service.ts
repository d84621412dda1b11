import { inject, injectable } from 'tsyringe';
import type { Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import type { CoreConfig } from '../../config/index.js';
import { CLOCK, CORE_CONFIG } from '../../tokens.js';
import type { Plan } from '../../auth/principal.js';
import type { OrgStore } from '../db/store.js';
import { orgView, type OrgView } from './views.js';
import { ORG_STORE } from './store-token.js';

export const defaultOrgId = 'org_default';

@injectable()
export class OrgService {
  private readonly cache = new Map<string, { readonly org: OrgView; readonly until: number }>();

  constructor(
    @inject(ORG_STORE) private readonly store: OrgStore,
    @inject(CLOCK) private readonly clock: Clock,
    @inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  async create(input: { readonly name: string; readonly plan: Plan; readonly id?: string }): Promise<OrgView> {
    const row = { id: input.id ?? newId('org'), name: input.name, plan: input.plan, created_at: this.clock.now().toISOString() };
    await this.store.insertOrg(row);
    return orgView(row);
  }

  /**
   * An org by id. Cached for as long as key lookups are (auth.key_cache_ttl_ms): every
   * request of a key reads its org, and orgs change rarely.
   */
  async get(id: string): Promise<OrgView | undefined> {
    const now = Date.now();
    const cached = this.cache.get(id);
    if (cached && cached.until > now) return cached.org;
    const row = await this.store.getOrg(id);
    const org = row && orgView(row);
    if (org && this.config.auth.key_cache_ttl_ms > 0) {
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(id, { org, until: now + this.config.auth.key_cache_ttl_ms });
    }
    return org;
  }

  async list(): Promise<readonly OrgView[]> {
    return (await this.store.listOrgs()).map(orgView);
  }

  /** Creates `org_default` on the growth plan when no org exists; true when it did. */
  async ensureDefault(): Promise<boolean> {
    if ((await this.store.listOrgs()).length > 0) return false;
    await this.create({ id: defaultOrgId, name: 'Default', plan: 'growth' });
    return true;
  }
}
