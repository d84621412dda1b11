import { ProblemError } from '../../http/problem.js';
import { llmErrors } from '../errors.js';

/** Socket-level failures: nothing (or not all) of the reply arrived because the connection failed. */
const networkCodes: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
  UND_ERR_CLOSED: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

/**
 * Says why the connection failed when `error` is a network failure (fetch's `TypeError`
 * with a socket cause), or undefined when the provider did answer.
 */
export function networkFailure(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && networkCodes[code]) return networkCodes[code];
    if (current.name === 'SocketError' || current.message === 'other side closed') return 'connection closed';
    current = current.cause;
  }
  if (error instanceof TypeError && (error.message === 'fetch failed' || error.message === 'terminated')) return 'connection failed';
  return undefined;
}

/** `llm_unavailable` carries Retry-After, as every 503 of the API does. */
export function unavailable(message: string, cause?: unknown): ProblemError {
  return llmErrors.LLM_UNAVAILABLE(message, { headers: { 'Retry-After': '5' }, cause });
}

export function timedOut(where: string, timeoutMs: number, cause?: unknown): ProblemError {
  return llmErrors.LLM_TIMEOUT(`${where} did not answer within ${timeoutMs} ms (llm.timeout_ms)`, { cause });
}

/** A provider's words, shortened for a problem message and with the secret (if any) taken out. */
export function excerpt(text: string, secret = ''): string {
  const clean = secret ? text.split(secret).join('[redacted]') : text;
  const line = clean.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}
