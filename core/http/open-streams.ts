/**
 * Streams (SSE responses, WebSockets) that are open right now. On shutdown each gets its
 * close callback, which sends a final message and ends it, before connections are cut.
 */
export class OpenStreams {
  private readonly closers = new Set<() => void>();

  /** Registers a stream's closer; call the returned function when the stream ends by itself. */
  track(close: () => void): () => void {
    this.closers.add(close);
    return () => {
      this.closers.delete(close);
    };
  }

  /** How many are open (for tests and diagnostics). */
  get size(): number {
    return this.closers.size;
  }

  closeAll(): void {
    for (const close of [...this.closers]) {
      this.closers.delete(close);
      try {
        close();
      } catch {
        // a stream whose socket is already gone has nothing left to close
      }
    }
  }
}
