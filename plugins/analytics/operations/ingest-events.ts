import { defineOperation } from 'influgentic';
import { EVENT_INGEST } from '../service/internal-tokens.js';

export const ingestEvents = defineOperation('ingestEvents', async (call) => ({
  status: 200,
  body: await call.resolve(EVENT_INGEST).ingest(call.principal, call.body.events),
}));
