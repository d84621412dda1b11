/**
 * The HTTP of one provider call. The caller's abort signal and `llm.timeout_ms` both stop
 * it. The timer covers the wait for the reply to start and each wait between two body
 * chunks: a long generation that keeps streaming is not cut off, a stalled one is.
 */
export class CallTransport {
  /** Whether the current attempt was stopped by the timer (each new request starts afresh). */
  timedOut = false;
  private readonly disposed = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly timeoutMs: number,
    private readonly signal: AbortSignal,
  ) {}

  /** A `fetch` for the SDKs: same arguments, with the signals and the timer applied. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    this.timedOut = false;
    const attempt = new AbortController();
    const signals = [this.disposed.signal, this.signal, attempt.signal];
    if (init?.signal) signals.push(init.signal);
    this.arm(attempt);
    let response: Response;
    try {
      response = await fetch(input, { ...init, signal: AbortSignal.any(signals) });
    } catch (error) {
      this.disarm();
      throw error;
    }
    if (!response.body) {
      this.disarm();
      return response;
    }
    const rearm = () => this.arm(attempt);
    const disarm = () => this.disarm();
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          rearm();
          controller.enqueue(chunk);
        },
        flush: disarm,
      }),
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };

  /** Ends whatever is still open (a consumer that stopped reading) and the timer. */
  dispose(): void {
    this.disarm();
    this.disposed.abort();
  }

  private arm(attempt: AbortController): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.timedOut = true;
      attempt.abort(new DOMException(`no answer within ${this.timeoutMs} ms`, 'TimeoutError'));
    }, this.timeoutMs);
  }

  private disarm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Waits, or stops waiting when the signal aborts (the caller then sees `signal.aborted`). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
