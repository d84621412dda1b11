import { defineOperation } from 'influgentic';
import { CONTENT_SERVICE } from '../tokens.js';

export const getContent = defineOperation('getContent', async (call) => {
  return { status: 200, body: await call.resolve(CONTENT_SERVICE).get(call.principal, call.params.content_id) };
});
