import { token } from 'influgentic';
import type { ContentConfig } from '../config.js';
import type { ContentStore } from '../db/store.js';
import type { InFlight } from '../sockets/in-flight.js';
import type { TicketService } from '../sockets/tickets.js';

/** The plugin's own wiring; other plugins use tokens.ts. */
export const CONTENT_SETTINGS = token<ContentConfig>('content.settings');
export const CONTENT_STORE = token<ContentStore>('content.store');
export const TICKET_SERVICE = token<TicketService>('content.ticket_service');
export const IN_FLIGHT = token<InFlight>('content.in_flight');
