/** Who is calling: the key's org, mode, plan and scopes, set by authentication. */
export interface Principal {
  readonly orgId: string;
  readonly plan: Plan;
  /** `true` for `ig_live_` keys, `false` for `ig_test_` (sandbox) keys. */
  readonly livemode: boolean;
  readonly keyId: string;
  readonly keyPrefix: string;
  readonly scopes: readonly Scope[];
  /** When the calling key stops working (ISO), or null: keys it creates may not outlive it. */
  readonly keyExpiresAt: string | null;
  /** From `X-Influgentic-Agent`: list endpoints filter to it, other agents' resources are 404. */
  readonly agentId: string | undefined;
}

export type Plan = 'starter' | 'growth' | 'enterprise';
export const plans: readonly Plan[] = ['starter', 'growth', 'enterprise'];

export const scopes = [
  'org:read',
  'keys:read',
  'keys:write',
  'agents:read',
  'agents:write',
  'builder:read',
  'builder:write',
  'content:read',
  'content:write',
  'campaigns:read',
  'campaigns:write',
  'analytics:read',
  'events:write',
  'leads:read',
  'leads:write',
  'webhooks:read',
  'webhooks:write',
  'usage:read',
  'admin',
] as const;
export type Scope = (typeof scopes)[number];

/**
 * Whether a key's scopes grant `needed`: `admin` grants everything, and `<area>:write`
 * grants `<area>:read` (a key that may change something may also look at it).
 */
export function grants(held: readonly string[], needed: string): boolean {
  if (held.includes('admin') || held.includes(needed)) return true;
  if (needed.endsWith(':read')) return held.includes(`${needed.slice(0, -':read'.length)}:write`);
  return false;
}

export function modeOf(principal: Pick<Principal, 'livemode'>): 'live' | 'test' {
  return principal.livemode ? 'live' : 'test';
}
