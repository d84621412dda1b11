import { defineOperation } from 'influgentic';
import { TICKET_SERVICE } from '../service/internal-tokens.js';

export const createStreamTicket = defineOperation('createStreamTicket', async (call) => {
  return { status: 201, body: await call.resolve(TICKET_SERVICE).issue(call.principal) };
});
