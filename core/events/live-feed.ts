import type { Logger } from '../logger.js';
import type { DomainEvent, LiveFilter, LiveListener } from './types.js';

/** Hands committed events to this process's live listeners, wherever they were emitted. */
export interface LiveFeed {
  add(filter: LiveFilter, listener: LiveListener): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The listeners of one process and their filters. */
export class LiveListeners {
  private readonly entries = new Set<{ readonly filter: LiveFilter; readonly listener: LiveListener }>();

  constructor(private readonly logger: Logger) {}

  add(filter: LiveFilter, listener: LiveListener): () => void {
    const entry = { filter, listener };
    this.entries.add(entry);
    return () => this.entries.delete(entry);
  }

  get size(): number {
    return this.entries.size;
  }

  dispatch(event: DomainEvent): void {
    for (const { filter, listener } of this.entries) {
      if (filter.orgId !== undefined && filter.orgId !== event.orgId) continue;
      if (filter.livemode !== undefined && filter.livemode !== event.livemode) continue;
      if (filter.names !== undefined && !filter.names.includes(event.name)) continue;
      try {
        listener(event);
      } catch (error) {
        this.logger.error({ err: error, event: event.id }, 'live event listener failed');
      }
    }
  }
}

// NOTIFY payloads stop at 8000 bytes; a bigger event travels as its id and is read back.
const MAX_NOTIFY_BYTES = 7900;

/** What an emit sends on the `events` channel. */
export function encodeLiveEvent(event: DomainEvent): string {
  const whole = JSON.stringify({ event });
  return Buffer.byteLength(whole) <= MAX_NOTIFY_BYTES ? whole : JSON.stringify({ ref: event.id });
}

export type DecodedLiveEvent = { readonly event: DomainEvent } | { readonly ref: string } | undefined;

/** The event (or its id) in a notification; undefined for a bare wake-up. */
export function decodeLiveEvent(payload: string): DecodedLiveEvent {
  if (payload === '') return undefined;
  const parsed = JSON.parse(payload) as { event?: DomainEvent; ref?: string };
  if (parsed.event !== undefined) return { event: parsed.event };
  if (typeof parsed.ref === 'string') return { ref: parsed.ref };
  return undefined;
}
