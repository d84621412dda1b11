import { parseArgs } from 'node:util';
import { scopes as knownScopes, type Scope } from '../../core/auth/principal.js';
import { resolveToken } from '../../core/container.js';
import { KEY_SERVICE, ORG_SERVICE } from '../../core/org/tokens.js';
import { UsageError, print, withApp } from './context.js';

export const keysUsage = `influgentic keys create --org <org_id> [--mode live|test] [--scopes a,b|admin] [--name <label>] [--expires-at <ISO time>] [--json]
influgentic keys list --org <org_id> [--json]
influgentic keys revoke <key_id> [--json]`;

export async function keys(argv: readonly string[]): Promise<void> {
  const [action, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      mode: { type: 'string', default: 'test' },
      scopes: { type: 'string', default: 'admin' },
      name: { type: 'string', default: 'created with the CLI' },
      'expires-at': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (action === 'create') {
    if (!values.org) throw new UsageError(`keys create needs --org\n\n${keysUsage}`);
    if (values.mode !== 'live' && values.mode !== 'test') throw new UsageError('--mode must be live or test');
    const scopes = values.scopes.split(',').map((scope) => scope.trim()).filter(Boolean);
    const unknown = scopes.filter((scope) => !(knownScopes as readonly string[]).includes(scope));
    if (unknown.length > 0 || scopes.length === 0) throw new UsageError(`unknown scope ${unknown.join(', ') || '(none given)'}; known: ${knownScopes.join(', ')}`);
    if (values['expires-at'] !== undefined && Number.isNaN(Date.parse(values['expires-at']))) throw new UsageError('--expires-at must be an ISO 8601 time');
    const key = await withApp(async (app) => {
      const org = await resolveToken(app.container, ORG_SERVICE).get(values.org!);
      if (!org) throw new UsageError(`no organization ${values.org} (see: influgentic orgs list)`);
      return resolveToken(app.container, KEY_SERVICE).create({
        orgId: org.id,
        livemode: values.mode === 'live',
        name: values.name,
        scopes: scopes as Scope[],
        expiresAt: values['expires-at'] ?? null,
      });
    });
    print(values.json, key, () => `created ${key.id} (${key.mode}, ${key.scopes.join(' ')}). The key, shown this once:\n\n  ${key.key}\n`);
    return;
  }
  if (action === 'list') {
    if (!values.org) throw new UsageError(`keys list needs --org\n\n${keysUsage}`);
    const list = await withApp(async (app) => resolveToken(app.container, KEY_SERVICE).listOfOrg(values.org!));
    print(values.json, list, () => list.map((key) => `${key.id}\t${key.mode}\t${key.status}\t${key.prefix}...\t${key.name}`).join('\n') || 'no keys');
    return;
  }
  if (action === 'revoke') {
    const [id] = positionals;
    if (!id) throw new UsageError(`keys revoke needs a key id\n\n${keysUsage}`);
    const key = await withApp(async (app) => resolveToken(app.container, KEY_SERVICE).revokeById(id));
    if (!key) throw new UsageError(`no key ${id}`);
    print(values.json, key, () => `revoked ${key.id} (${key.prefix}...)`);
    return;
  }
  throw new UsageError(keysUsage);
}
