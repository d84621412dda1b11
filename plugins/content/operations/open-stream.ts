import { defineOperation } from 'influgentic';
import { contentErrors } from '../errors.js';

/** Reached only without `Upgrade: websocket` (upgrades go to the socket mount). */
export const openStream = defineOperation('openStream', () => {
  throw contentErrors.UPGRADE_REQUIRED('GET /v1/stream is a WebSocket: send Upgrade: websocket (see the operation\'s description for its messages)', {
    headers: { Upgrade: 'websocket', Connection: 'Upgrade' },
  });
});
