import { inject, injectable } from 'tsyringe';
import type { Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import { CLOCK } from '../../tokens.js';
import type { Plan } from '../../auth/principal.js';
import type { OrgStore } from '../db/store.js';
import { orgView, type OrgView } from './views.js';
import { ORG_STORE } from './store-token.js';

export const defaultOrgId = 'org_default';

@injectable()
export class OrgService {
  constructor(
    @inject(ORG_STORE) private readonly store: OrgStore,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(input: { readonly name: string; readonly plan: Plan; readonly id?: string }): Promise<OrgView> {
    const row = { id: input.id ?? newId('org'), name: input.name, plan: input.plan, created_at: this.clock.now().toISOString() };
    await this.store.insertOrg(row);
    return orgView(row);
  }

  async get(id: string): Promise<OrgView | undefined> {
    const row = await this.store.getOrg(id);
    return row && orgView(row);
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
