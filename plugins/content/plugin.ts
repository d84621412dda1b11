import { definePlugin, resolveToken, type PluginContext } from 'influgentic';
import { contentConfig, type ContentConfig } from './config.js';
import { contentMigrations } from './db/migrations.js';
import type { ContentTables } from './db/schema.js';
import { ContentStore } from './db/store.js';
import { contentErrors } from './errors.js';
import { contentEvents } from './events.js';
import { createContent } from './operations/create-content.js';
import { getContent } from './operations/get-content.js';
import { createStreamTicket } from './operations/create-stream-ticket.js';
import { listContent } from './operations/list-content.js';
import { openStream } from './operations/open-stream.js';
import { ContentGenerator } from './service/content-service.js';
import { CONTENT_SETTINGS, CONTENT_STORE, IN_FLIGHT, TICKET_SERVICE } from './service/internal-tokens.js';
import { InFlight } from './sockets/in-flight.js';
import { streamSocket } from './sockets/stream-socket.js';
import { TicketService } from './sockets/tickets.js';
import { CONTENT_SERVICE } from './tokens.js';

function register({ container, db, config }: PluginContext<ContentConfig>): void {
  container.register(CONTENT_SETTINGS, { useValue: config });
  container.register(CONTENT_STORE, { useValue: new ContentStore(db.tables<ContentTables>()) });
  container.registerSingleton(CONTENT_SERVICE, ContentGenerator);
  container.registerSingleton(TICKET_SERVICE, TicketService);
  container.register(IN_FLIGHT, { useValue: new InFlight() });
}

/**
 * Content generation through an agent: JSON, SSE and WebSocket, with the disclosures an AI
 * influencer's sponsored post needs; every generation stored and announced as
 * `agent.content_generated`. Campaigns generate through CONTENT_SERVICE.
 */
export const contentPlugin = definePlugin({
  name: 'content',
  version: '1.0.0',
  dependsOn: ['agents'],
  config: contentConfig,
  migrations: contentMigrations,
  errors: contentErrors,
  events: contentEvents,
  register,
  operations: [createContent, listContent, getContent, createStreamTicket, openStream],
  sockets: [streamSocket],
  async stop({ container, core }) {
    // Sockets are closed by now; their generations store what they produced before the database closes.
    await resolveToken(container, IN_FLIGHT).drain(core.http.shutdown_timeout_ms);
  },
});
