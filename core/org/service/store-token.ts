import { token } from '../../container.js';
import type { OrgStore } from '../db/store.js';

/** The org plugin's store; internal to the plugin. */
export const ORG_STORE = token<OrgStore>('org.store');
