import { defineOperation } from '../../plugin/operation.js';
import { KEY_SERVICE } from '../tokens.js';

export const createKey = defineOperation('createKey', async (call) => {
  const key = await call.resolve(KEY_SERVICE).createFor(call.principal, call.body);
  return { status: 201, body: key };
});

export const listKeys = defineOperation('listKeys', async (call) => {
  const { limit = 20, cursor } = call.query;
  return { status: 200, body: await call.resolve(KEY_SERVICE).list(call.principal, limit, cursor) };
});

export const revokeKey = defineOperation('revokeKey', async (call) => {
  return { status: 200, body: await call.resolve(KEY_SERVICE).revoke(call.principal, call.params.key_id) };
});
