/** One invalid field of a request: `field` is a dotted path (`config.languages[1]`) or a parameter name. */
export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export interface ProblemOptions {
  /** Longer, occurrence-specific explanation; defaults to the message. */
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  /** Extra response headers, e.g. Retry-After or Allow. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Extension members added to the problem body (e.g. `allowed` formats). */
  readonly extensions?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

/**
 * An error a client can act on. Thrown anywhere on the request path, it leaves as one
 * `application/problem+json` response (RFC 9457) built by the error translator.
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly options: ProblemOptions;

  constructor(status: number, code: string, title: string, message: string, options: ProblemOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.title = title;
    this.options = options;
  }
}

/** The wire shape, as openapi.yaml's Problem schema declares it. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: string;
  readonly message: string;
  readonly request_id: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

export function problemBody(error: ProblemError, context: { readonly requestId: string; readonly instance: string; readonly baseUrl: string }): ProblemBody {
  return {
    ...error.options.extensions,
    type: `${context.baseUrl}/docs/errors#${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.options.detail ?? error.message,
    instance: context.instance,
    code: error.code,
    message: error.message,
    request_id: context.requestId,
    ...(error.options.errors && error.options.errors.length > 0 ? { errors: error.options.errors } : {}),
  };
}
