/** The files of a new plugin, by path inside its folder. */
export function pluginTemplate(name: string): Readonly<Record<string, string>> {
  const pascal = name.replace(/(^|_)([a-z0-9])/g, (_m, _sep: string, char: string) => char.toUpperCase());
  const upper = name.toUpperCase();
  const path = `/v1/${name.replace(/_/g, '-')}/notes`;
  return {
    'index.ts': `export { default } from './plugin.js';\n`,
    'plugin.ts': `import { definePlugin } from 'influgentic';
import { config } from './config.js';
import { migrations } from './db/migrations.js';
import { ${name}Errors } from './errors.js';
import { ${name}Events } from './events.js';
import { createNote, listNotes } from './operations/notes.js';
import { ${pascal}Service } from './service/${name.replace(/_/g, '-')}-service.js';
import { ${upper}_CONFIG, ${upper}_SERVICE } from './tokens.js';

export default definePlugin({
  name: '${name}',
  version: '0.1.0',
  config,
  migrations,
  openapi: new URL('./openapi.yaml', import.meta.url),
  events: ${name}Events,
  errors: ${name}Errors,
  register({ container, config: settings }) {
    container.register(${upper}_CONFIG, { useValue: settings });
    container.registerSingleton(${upper}_SERVICE, ${pascal}Service);
  },
  operations: [createNote, listNotes],
});
`,
    'config.ts': `import { z } from 'zod';

/** The \`${name}:\` section of the configuration, with its defaults. */
export const config = z.strictObject({
  max_note_length: z.number().int().min(1).max(10_000).default(280),
});
export type ${pascal}Config = z.output<typeof config>;
`,
    'tokens.ts': `import { token } from 'influgentic';
import type { ${pascal}Config } from './config.js';
import type { ${pascal}Service } from './service/${name.replace(/_/g, '-')}-service.js';

/** This plugin's validated config section. */
export const ${upper}_CONFIG = token<${pascal}Config>('${name}.config');

/** The ${name} service, for other plugins. @example call.resolve(${upper}_SERVICE).list(principal) */
export const ${upper}_SERVICE = token<${pascal}Service>('${name}.service');
`,
    'events.ts': `import type { EventDefinition } from 'influgentic';

/** The events this plugin emits. */
export const ${name}Events: Readonly<Record<string, EventDefinition>> = {
  '${name}.note_created': {
    description: 'A note was created',
    payload: { type: 'object', required: ['id', 'text'], properties: { id: { type: 'string' }, text: { type: 'string' } } },
  },
};
`,
    'errors.ts': `import { defineErrors } from 'influgentic';

export const ${name}Errors = defineErrors({
  ${upper}_NOTE_TOO_LONG: { status: 422, title: 'Note too long' },
});
`,
    'db/schema.ts': `export interface ${pascal}Tables {
  readonly ${name}_notes: {
    readonly id: string;
    readonly org_id: string;
    readonly livemode: number;
    readonly text: string;
    readonly created_at: string;
  };
}
`,
    'db/migrations.ts': `import type { Kysely } from 'kysely';
import { columnTypes, type MigrationSet } from 'influgentic';

export const migrations: MigrationSet = {
  '2026_01_01_001_create_notes': {
    async up(db: Kysely<any>) {
      const t = columnTypes(db);
      await db.schema
        .createTable('${name}_notes')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
    },
  },
};
`,
    'db/store.ts': `import { tenantScope, type Tenant } from 'influgentic';
import type { Kysely } from 'kysely';
import type { ${pascal}Tables } from './schema.js';

/** SQL for notes; every query is scoped to one org and mode. */
export class NoteStore {
  constructor(private readonly db: Kysely<${pascal}Tables>) {}

  async insert(tenant: Tenant, note: { readonly id: string; readonly text: string; readonly created_at: string }): Promise<void> {
    await tenantScope(this.db, tenant).insertInto('${name}_notes', note).execute();
  }

  list(tenant: Tenant) {
    return tenantScope(this.db, tenant).selectFrom('${name}_notes').select(['id', 'text', 'created_at']).orderBy('id', 'desc').execute();
  }
}
`,
    [`service/${name.replace(/_/g, '-')}-service.ts`]: `import { CLOCK, CORE_CONFIG, DATABASE, inject, injectable, newId, type Clock, type CoreConfig, type Database, type Tenant } from 'influgentic';
import type { ${pascal}Config } from '../config.js';
import type { ${pascal}Tables } from '../db/schema.js';
import { NoteStore } from '../db/store.js';
import { ${name}Errors } from '../errors.js';
import { ${upper}_CONFIG } from '../tokens.js';

/** The domain logic: no express, no SQL. */
@injectable()
export class ${pascal}Service {
  private readonly store: NoteStore;

  constructor(
    @inject(DATABASE) db: Database,
    @inject(CLOCK) private readonly clock: Clock,
    @inject(CORE_CONFIG) private readonly core: CoreConfig,
    @inject(${upper}_CONFIG) private readonly config: ${pascal}Config,
  ) {
    this.store = new NoteStore(db.tables<${pascal}Tables>());
  }

  async create(tenant: Tenant, text: string) {
    const maxLength = this.config.max_note_length;
    if (text.length > maxLength) throw ${name}Errors.${upper}_NOTE_TOO_LONG(\`a note holds at most \${maxLength} characters\`, { errors: [{ field: 'text', code: 'too_long', message: \`at most \${maxLength} characters\` }] });
    const note = { id: newId('note'), text, created_at: this.clock.now().toISOString() };
    await this.store.insert(tenant, note);
    return { ...note, region: this.core.region };
  }

  list(tenant: Tenant) {
    return this.store.list(tenant);
  }
}
`,
    'operations/notes.ts': `import { defineOperation } from 'influgentic';
import { ${upper}_SERVICE } from '../tokens.js';

export const createNote = defineOperation('create${pascal}Note', async (call) => {
  const { text } = call.body as { text: string };
  return { status: 201, body: await call.resolve(${upper}_SERVICE).create(call.principal, text) };
});

export const listNotes = defineOperation('list${pascal}Notes', async (call) => {
  return { status: 200, body: { data: await call.resolve(${upper}_SERVICE).list(call.principal) } };
});
`,
    'openapi.yaml': `# Merged into the contract by the plugin host.
tags:
  - name: ${name}
    description: Notes, from the ${name} plugin.
paths:
  ${path}:
    post:
      operationId: create${pascal}Note
      tags: [${name}]
      x-scope: org:read
      x-rate-limit-class: write
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              required: [text]
              properties:
                text: { type: string, minLength: 1, maxLength: 10000 }
      responses:
        '201':
          description: The note
          content:
            application/json:
              schema: { $ref: '#/components/schemas/${pascal}Note' }
        default: { $ref: '#/components/responses/Problem' }
    get:
      operationId: list${pascal}Notes
      tags: [${name}]
      x-scope: org:read
      x-rate-limit-class: read
      responses:
        '200':
          description: The notes of the caller's org and mode
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/${pascal}Note' } }
        default: { $ref: '#/components/responses/Problem' }
components:
  schemas:
    ${pascal}Note:
      type: object
      required: [id, text, created_at]
      properties:
        id: { type: string }
        text: { type: string }
        created_at: { type: string, format: date-time }
        region: { type: string }
`,
    'plugin.test.ts': `import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startInProcess, type RunningApp } from 'influgentic/testing';
import plugin from './index.js';

describe('${name} plugin', () => {
  let running: RunningApp;
  before(async () => {
    running = await startInProcess({ plugins: [plugin] });
  });
  after(() => running.close());

  const call = (key: string, init: RequestInit = {}) =>
    fetch(\`\${running.baseUrl}${path}\`, { ...init, headers: { Authorization: \`Bearer \${key}\`, 'Content-Type': 'application/json' } });

  it('creates a note and lists it for the same org and mode only', async () => {
    const created = await call(running.keys.test, { method: 'POST', body: JSON.stringify({ text: 'hello' }) });
    assert.equal(created.status, 201);
    const listed = (await (await call(running.keys.test)).json()) as { data: { text: string }[] };
    assert.deepEqual(listed.data.map((note) => note.text), ['hello']);
    const live = (await (await call(running.keys.live)).json()) as { data: unknown[] };
    assert.deepEqual(live.data, [], 'a live key sees no test note');
  });

  it('refuses a note that is too long with a problem naming the field', async () => {
    const response = await call(running.keys.test, { method: 'POST', body: JSON.stringify({ text: 'x'.repeat(300) }) });
    assert.equal(response.status, 422);
    const problem = (await response.json()) as { code: string; errors: { field: string }[] };
    assert.equal(problem.code, '${name}_note_too_long');
    assert.equal(problem.errors[0]?.field, 'text');
  });
});
`,
  };
}
