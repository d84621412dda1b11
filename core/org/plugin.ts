import { authErrors } from '../auth/errors.js';
import { definePlugin } from '../plugin/define.js';
import { orgMigrations } from './db/migrations.js';
import type { OrgTables } from './db/schema.js';
import { OrgStore } from './db/store.js';
import { orgErrors } from './errors.js';
import { getOrg } from './operations/get-org.js';
import { createKey, listKeys, revokeKey } from './operations/keys.js';
import { KeyService } from './service/key-service.js';
import { OrgService } from './service/org-service.js';
import { ORG_STORE } from './service/store-token.js';
import { KEY_SERVICE, ORG_SERVICE } from './tokens.js';

/**
 * Organizations and API keys: the kernel's edge. Authentication (core/auth) resolves keys
 * through the KeyService this plugin registers.
 */
export const orgPlugin = definePlugin({
  name: 'org',
  version: '1.0.0',
  migrations: orgMigrations,
  errors: { ...authErrors, ...orgErrors },
  register({ container, db }) {
    container.register(ORG_STORE, { useValue: new OrgStore(db.tables<OrgTables>()) });
    container.registerSingleton(KEY_SERVICE, KeyService);
    container.registerSingleton(ORG_SERVICE, OrgService);
  },
  operations: [getOrg, createKey, listKeys, revokeKey],
});
