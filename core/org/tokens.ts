import { token } from '../container.js';
import type { KeyService } from './service/key-service.js';
import type { OrgService } from './service/org-service.js';

/** Creates, lists, revokes and authenticates API keys. */
export const KEY_SERVICE = token<KeyService>('org.key_service');
/** Creates and reads organizations. */
export const ORG_SERVICE = token<OrgService>('org.org_service');
