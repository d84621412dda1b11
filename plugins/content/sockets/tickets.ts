import { createHash, randomBytes } from 'node:crypto';
import { CLOCK, inject, injectable, toJson, fromJson, type Clock, type Principal } from 'influgentic';
import type { ContentConfig } from '../config.js';
import type { ContentStore } from '../db/store.js';
import { CONTENT_SETTINGS, CONTENT_STORE } from '../service/internal-tokens.js';

export interface IssuedTicket {
  readonly ticket: string;
  readonly expires_at: string;
  readonly url: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function hash(ticket: string): string {
  return createHash('sha256').update(ticket).digest('hex');
}

/**
 * WebSocket tickets: a key holder asks for one and hands it to a browser, which cannot set
 * `Authorization` on a WebSocket. Stored (hashed) in the database, so any process behind a
 * load balancer can take it; single use, short-lived.
 */
@injectable()
export class TicketService {
  constructor(
    @inject(CONTENT_STORE) private readonly store: ContentStore,
    @inject(CONTENT_SETTINGS) private readonly config: ContentConfig,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  async issue(caller: Principal): Promise<IssuedTicket> {
    const bytes = randomBytes(32);
    const ticket = `wst_${[...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.stream_ticket_ttl_ms).toISOString();
    // Expired tickets go on the next issue: no schedule needed for a table this small.
    await this.store.purgeTickets(now.toISOString());
    await this.store.insertTicket({ ticket_hash: hash(ticket), org_id: caller.orgId, livemode: caller.livemode ? 1 : 0, principal: toJson(caller), expires_at: expiresAt, created_at: now.toISOString() });
    return { ticket, expires_at: expiresAt, url: `/v1/stream?ticket=${ticket}` };
  }

  /** The caller a ticket stands for, once; undefined when it is unknown, used or expired. */
  async redeem(ticket: string): Promise<Principal | undefined> {
    const row = await this.store.takeTicket(hash(ticket), this.clock.now().toISOString());
    return row === undefined ? undefined : fromJson<Principal>(row.principal);
  }
}
