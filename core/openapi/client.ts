/**
 * A typed client for the Influgentic API (`influgentic/client`), generated from the contract:
 * paths, parameters, bodies and replies are checked by TypeScript.
 *
 * @example
 *   import { createInflugenticClient } from 'influgentic/client';
 *   const api = createInflugenticClient({ baseUrl: 'http://127.0.0.1:8080', apiKey: process.env.IG_KEY });
 *   const { data, error } = await api.GET('/v1/agents', { params: { query: { category: 'automotive' } } });
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './types.gen.js';

export type { paths, components, operations } from './types.gen.js';

export interface InflugenticClientOptions extends ClientOptions {
  readonly baseUrl: string;
  /** `ig_live_...` or `ig_test_...`; sent as `Authorization: Bearer <key>`. */
  readonly apiKey?: string;
}

export type InflugenticClient = Client<paths>;

export function createInflugenticClient({ apiKey, headers, ...options }: InflugenticClientOptions): InflugenticClient {
  return createClient<paths>({
    ...options,
    headers: { ...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}), ...(headers as Record<string, string> | undefined) },
  });
}
