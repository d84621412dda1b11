import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';

export type Logger = PinoLogger;

/**
 * Paths that must never reach a log line: credentials in headers and any field named like
 * a secret. pino replaces them with [redacted].
 */
export const redactedPaths: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  '*.secret',
  '*.key',
  '*.api_key',
  '*.password',
  'secret',
  'key',
  // The configuration, logged whole or under one key ({ config }): its secrets sit deeper.
  'llm.openai.api_key',
  '*.llm.openai.api_key',
  'secrets.master_key',
  '*.secrets.master_key',
];

/**
 * Structured JSON logs on stdout (or the given stream). Stdout is written asynchronously: a
 * synchronous write per request line costs a large share of a fast request. Call
 * `logger.flush()` before exiting so the last lines are not lost.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'influgentic' },
      redact: { paths: [...redactedPaths], censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
