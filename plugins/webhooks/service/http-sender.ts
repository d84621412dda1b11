import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { unsafeAddressReason } from './address-policy.js';
import { hostOf } from './url-policy.js';

/** Resolves a host name to its addresses; the default is the system resolver. */
export type Resolver = (hostname: string) => Promise<readonly { readonly address: string; readonly family: number }[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** What one attempt came to. */
export interface SendResult {
  /** The receiver's status, or null when none came. */
  readonly statusCode: number | null;
  readonly latencyMs: number;
  /** Why it failed without a usable status (`timeout`, `connection_refused`, `unsafe_address: ...`, `redirect_not_followed`). */
  readonly error: string | null;
  /** The first 1 KB of the response body. */
  readonly excerpt: string | null;
  readonly retryAfter: string | undefined;
}

export interface SendRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
}

const EXCERPT_BYTES = 1024;

class UnsafeAddress extends Error {
  readonly code = 'UNSAFE_ADDRESS';
}

/**
 * POSTs a webhook. Guards against SSRF where it counts, at connect time: the host name is
 * resolved here, every address it resolves to is checked, and the socket connects to an
 * address that passed (a custom `lookup`), so a DNS answer that changes between check and
 * connect (rebinding) cannot slip through. Redirects are never followed.
 */
export class HttpSender {
  private readonly agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 30_000 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 64, timeout: 30_000 }),
  };

  constructor(
    private readonly options: { readonly allowPrivate: boolean; readonly resolver: () => Resolver },
  ) {}

  async send(request: SendRequest): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.max(0, Math.round(performance.now() - started));
    const url = new URL(request.url);
    const host = hostOf(url);
    if (!this.options.allowPrivate && isIP(host) !== 0) {
      const reason = unsafeAddressReason(host);
      if (reason !== undefined) return failure(`unsafe_address: ${host} is ${reason}`, 0);
    }
    // A timer of our own, not AbortSignal.timeout(): inside AbortSignal.any() Node 20 holds a
    // timeout signal weakly, so a garbage collection before it fires can drop it and leave the
    // attempt waiting forever on a receiver that never answers (nodejs/node#57736; seen in CI).
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(new DOMException(`no answer within ${request.timeoutMs} ms`, 'TimeoutError')), request.timeoutMs);
    const signal = AbortSignal.any([request.signal, timer.signal]);
    try {
      const response = await this.post(url, request, signal);
      const latencyMs = elapsed();
      const excerpt = await readExcerpt(response);
      const statusCode = response.statusCode ?? null;
      const redirected = statusCode !== null && statusCode >= 300 && statusCode < 400;
      const retryAfter = response.headers['retry-after'];
      return { statusCode, latencyMs, error: redirected ? 'redirect_not_followed' : null, excerpt, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter };
    } catch (error) {
      return failure(describe(error, signal, request.signal), elapsed());
    } finally {
      clearTimeout(timeout);
    }
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private post(url: URL, request: SendRequest, signal: AbortSignal): Promise<IncomingMessage> {
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const outgoing = transport.request(
        url,
        {
          method: 'POST',
          agent: url.protocol === 'https:' ? this.agents.https : this.agents.http,
          headers: { 'content-type': 'application/json', 'user-agent': 'Influgentic-Webhooks/1', 'content-length': Buffer.byteLength(request.body), ...request.headers },
          lookup: this.guardedLookup(),
          signal,
        },
        resolve,
      );
      outgoing.once('error', reject);
      outgoing.end(request.body);
    });
  }

  private guardedLookup(): LookupFunction {
    const { allowPrivate, resolver } = this.options;
    return (hostname, options, callback) => {
      resolver()(hostname)
        .then((addresses) => {
          if (addresses.length === 0) throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
          if (!allowPrivate) {
            for (const { address } of addresses) {
              const reason = unsafeAddressReason(address);
              if (reason !== undefined) throw new UnsafeAddress(`${hostname} resolves to ${address}, ${reason}`);
            }
          }
          const family = options.family === 4 || options.family === 6 ? options.family : 0;
          const usable = addresses.filter((entry) => family === 0 || entry.family === family);
          if (usable.length === 0) throw Object.assign(new Error(`${hostname} has no IPv${family} address`), { code: 'ENOTFOUND' });
          if (options.all) callback(null, usable.map((entry) => ({ address: entry.address, family: entry.family })));
          else callback(null, usable[0]!.address, usable[0]!.family);
        })
        .catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
    };
  }
}

function failure(error: string, latencyMs: number): SendResult {
  return { statusCode: null, latencyMs, error, excerpt: null, retryAfter: undefined };
}

async function readExcerpt(response: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response) {
      const buffer = chunk as Buffer;
      chunks.push(buffer);
      size += buffer.length;
      if (size >= EXCERPT_BYTES) break;
    }
  } catch {
    // A body cut short still has its first bytes; the status decides the outcome.
  } finally {
    // Leaving the loop early destroys the stream; a body read to the end frees the socket.
    if (!response.complete) response.destroy();
  }
  if (size === 0) return null;
  // Cut at 1 KB of bytes, then drop a character the cut may have split.
  return Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8').replace(/\uFFFD$/, '');
}

function describe(error: unknown, signal: AbortSignal, outer: AbortSignal): string {
  if (signal.aborted) return outer.aborted ? 'aborted: the process is shutting down' : 'timeout';
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof UnsafeAddress) return `unsafe_address: ${error.message}`;
  if (code === 'ECONNREFUSED') return 'connection_refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `dns_failed: ${(error as Error).message}`;
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'connection_reset';
  if ((code !== undefined && code.startsWith('ERR_TLS')) || /certificate|SSL|TLS/i.test(String((error as Error | undefined)?.message))) return `tls_error: ${(error as Error).message}`;
  return `connection_error: ${(error as Error | undefined)?.message ?? String(error)}`;
}
