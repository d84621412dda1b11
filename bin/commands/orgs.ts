import { parseArgs } from 'node:util';
import { plans, type Plan } from '../../core/auth/principal.js';
import { resolveToken } from '../../core/container.js';
import { ORG_SERVICE } from '../../core/org/tokens.js';
import { UsageError, print, withApp } from './context.js';

export const orgsUsage = `influgentic orgs create --name <name> [--plan starter|growth|enterprise] [--json]
influgentic orgs list [--json]`;

export async function orgs(argv: readonly string[]): Promise<void> {
  const [action, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: { name: { type: 'string' }, plan: { type: 'string', default: 'starter' }, json: { type: 'boolean', default: false } },
  });
  if (action === 'create') {
    if (!values.name) throw new UsageError(`orgs create needs --name\n\n${orgsUsage}`);
    if (!plans.includes(values.plan as Plan)) throw new UsageError(`--plan must be one of ${plans.join(', ')}`);
    const org = await withApp(async (app) => resolveToken(app.container, ORG_SERVICE).create({ name: values.name!, plan: values.plan as Plan }));
    print(values.json, org, () => `created ${org.id} (${org.name}, plan ${org.plan})`);
    return;
  }
  if (action === 'list') {
    const list = await withApp(async (app) => resolveToken(app.container, ORG_SERVICE).list());
    print(values.json, list, () => list.map((org) => `${org.id}\t${org.plan}\t${org.name}`).join('\n') || 'no organizations');
    return;
  }
  throw new UsageError(orgsUsage);
}
