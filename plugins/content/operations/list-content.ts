import { defineOperation } from 'influgentic';
import { CONTENT_SERVICE } from '../tokens.js';

export const listContent = defineOperation('listContent', async (call) => {
  const { limit = 20, agent_id, content_type, campaign_id, cursor } = call.query;
  const filter = { limit, ...(agent_id && { agent_id }), ...(content_type && { content_type }), ...(campaign_id && { campaign_id }), ...(cursor && { cursor }) };
  return { status: 200, body: await call.resolve(CONTENT_SERVICE).list(call.principal, filter) };
});
