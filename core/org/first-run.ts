import type { DependencyContainer } from 'tsyringe';
import { resolveToken } from '../container.js';
import { KEY_SERVICE, ORG_SERVICE } from './tokens.js';
import { defaultOrgId } from './service/org-service.js';

export interface FirstRun {
  readonly orgId: string;
  readonly liveKey: string;
  readonly testKey: string;
}

/**
 * On an empty database: creates `org_default` (plan growth) with one live and one test admin
 * key, whose secrets the caller prints once. Does nothing when any org exists, so it is safe
 * on every start and from several processes at once (only the one that creates the org
 * makes keys).
 */
export async function firstRun(container: DependencyContainer): Promise<FirstRun | undefined> {
  const orgs = resolveToken(container, ORG_SERVICE);
  let created: boolean;
  try {
    created = await orgs.ensureDefault();
  } catch (error) {
    // Another process created it between our check and our insert.
    if (await orgs.get(defaultOrgId)) return undefined;
    throw error;
  }
  if (!created) return undefined;
  const keys = resolveToken(container, KEY_SERVICE);
  const live = await keys.create({ orgId: defaultOrgId, livemode: true, name: 'first-run admin (live)', scopes: ['admin'] });
  const test = await keys.create({ orgId: defaultOrgId, livemode: false, name: 'first-run admin (test)', scopes: ['admin'] });
  return { orgId: defaultOrgId, liveKey: live.key, testKey: test.key };
}

/** The once-only display of the first-run keys (stdout, never the log). */
export function firstRunBanner(run: FirstRun, baseUrl: string): string {
  return [
    '',
    `  First run: created organization ${run.orgId} (plan growth) with two admin keys.`,
    '  They are shown this once; store them now.',
    '',
    `    live: ${run.liveKey}`,
    `    test: ${run.testKey}`,
    '',
    `  Try: curl -H "Authorization: Bearer <test key>" ${baseUrl}/v1/org`,
    '',
  ].join('\n');
}
