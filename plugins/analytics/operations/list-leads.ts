import { defineOperation } from 'influgentic';
import { leadsCsv } from '../service/csv.js';
import { LEAD_SERVICE } from '../service/internal-tokens.js';

export const listLeads = defineOperation('listLeads', async (call) => {
  const leads = call.resolve(LEAD_SERVICE);
  if (call.req.accepts(['application/json', 'text/csv']) === 'text/csv') {
    const csv = leadsCsv(await leads.all(call.principal, call.params.campaign_id));
    call.res.status(200).type('text/csv; charset=utf-8').send(csv);
    return;
  }
  return { status: 200, body: await leads.list(call.principal, call.params.campaign_id, call.query.limit ?? 20, call.query.cursor) };
});
