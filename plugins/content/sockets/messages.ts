import { z } from 'zod';
import { CONTENT_TYPES, CONTENT_LENGTHS, STRUCTURAL_FORMATS } from 'influgentic';
import { CHANNEL_FORMATS } from '../service/formats.js';
import type { ContentInput } from '../service/types.js';

// The WsClientMessage schemas of openapi.yaml: WebSocket frames do not pass the HTTP
// validator, so they are checked here with the same rules.
const text = (max: number) => z.string().min(1).max(max);
const requestId = z.string().min(1).max(200).regex(/^[A-Za-z0-9._:-]+$/);

const product = z.strictObject({
  name: text(200),
  description: z.string().max(2000).optional(),
  key_claims: z.array(text(200)).max(20).optional(),
  key_features: z.array(text(200)).max(20).optional(),
  target_use: z.string().max(200).optional(),
  target_audience: z.string().max(200).optional(),
});

const generate = z.strictObject({
  type: z.literal('generate'),
  request_id: requestId,
  agent_id: z.string().regex(/^agent_[a-z0-9_]+$/).max(128),
  content_type: z.enum(CONTENT_TYPES as readonly [string, ...string[]]),
  product,
  format: z.enum([...STRUCTURAL_FORMATS, ...CHANNEL_FORMATS] as [string, ...string[]]).optional(),
  length: z.enum(CONTENT_LENGTHS as readonly [string, ...string[]]).optional(),
  language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code (two lowercase letters)').optional(),
  tone: z.string().max(64).regex(/^[a-z0-9]+(_[a-z0-9]+)*$/).optional(),
  include_cta: z.boolean().optional(),
  compliance_mode: z.enum(['standard', 'strict', 'off']).optional(),
  source_quote: text(2000).optional(),
});

const eventPattern = z.string().min(1).max(100).regex(/^(\*|[a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*)$/);
const subscribe = z.strictObject({ type: z.literal('subscribe'), events: z.array(eventPattern).min(1).max(50), request_id: requestId.optional() });
const cancel = z.strictObject({ type: z.literal('cancel'), request_id: requestId });

const message = z.discriminatedUnion('type', [generate, subscribe, cancel]);

export type GenerateMessage = { readonly type: 'generate'; readonly request_id: string; readonly agent_id: string } & ContentInput;
export type ClientMessage = GenerateMessage | z.output<typeof subscribe> | z.output<typeof cancel>;

export type Parsed = { readonly ok: true; readonly message: ClientMessage } | { readonly ok: false; readonly requestId: string | null; readonly error: string };

/** Parses one text frame; a bad one gives the reason naming the field, and its request_id if it had one. */
export function parseMessage(data: string): Parsed {
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    return { ok: false, requestId: null, error: 'the message is not valid JSON' };
  }
  const requestIdOf = (value: unknown): string | null => {
    const id = (value as { request_id?: unknown } | null)?.request_id;
    return typeof id === 'string' && requestId.safeParse(id).success ? id : null;
  };
  const result = message.safeParse(raw);
  if (result.success) return { ok: true, message: result.data as ClientMessage };
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'type';
  const reason = field === 'type' ? 'must be one of generate, subscribe, cancel' : issue?.message ?? 'is not valid';
  return { ok: false, requestId: requestIdOf(raw), error: `${field}: ${reason}` };
}
