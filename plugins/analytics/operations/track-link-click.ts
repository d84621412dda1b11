import { defineOperation } from 'influgentic';
import { LINK_SERVICE } from '../service/internal-tokens.js';

export const trackLinkClick = defineOperation('trackLinkClick', async (call) => {
  const url = await call.resolve(LINK_SERVICE).follow(call.params.code, { userAgent: call.headers['user-agent'], referrer: call.headers.referer });
  // Each click must reach the server to be counted: no caching of the redirect.
  return { status: 302, headers: { location: url, 'cache-control': 'no-store' } };
});
