import { STATUS_CODES, createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Express } from 'express';
import type { DependencyContainer } from 'tsyringe';
import { WebSocketServer } from 'ws';
import type { Logger } from '../logger.js';
import type { SocketMount } from '../plugin/define.js';
import { coreErrors } from './errors.js';
import type { OpenStreams } from './open-streams.js';
import { expressMessageClasses } from './express-messages.js';
import { problemBody } from './problem.js';

export interface HttpServerOptions {
  readonly app: Express;
  readonly sockets: readonly SocketMount[];
  readonly streams: OpenStreams;
  readonly container: DependencyContainer;
  readonly logger: Logger;
  readonly shutdownTimeoutMs: number;
  /** Problem `type` links start with it. */
  readonly baseUrl: string;
  /** Refuses upgrades and new work once shutdown begins. */
  readonly isClosing: () => boolean;
}

/**
 * The HTTP server with its one WebSocket server on the upgrade, and a shutdown that stops
 * accepting, ends open streams and sockets with a final message, lets in-flight requests
 * finish within the timeout, then cuts what is left.
 */
export class HttpServer {
  readonly server: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly connections = new Set<Socket>();

  constructor(private readonly options: HttpServerOptions) {
    this.server = createServer(expressMessageClasses(options.app), options.app);
    this.server.on('connection', (socket) => {
      this.connections.add(socket);
      socket.on('close', () => this.connections.delete(socket));
    });
    // Requests Node refuses before express sees them (headers too large, a malformed request
    // line) still get a problem body, not an empty reply.
    this.server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
      if (!socket.writable || error.code === 'ECONNRESET') {
        socket.destroy();
        return;
      }
      const problem =
        error.code === 'HPE_HEADER_OVERFLOW'
          ? coreErrors.HEADERS_TOO_LARGE('the request line or headers are larger than this server accepts')
          : coreErrors.MALFORMED_REQUEST('the request is not valid HTTP');
      const body = JSON.stringify(problemBody(problem, { requestId: 'none', instance: '/', baseUrl: options.baseUrl }));
      socket.end(
        `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    });
    const mounts = new Map(options.sockets.map((mount) => [mount.path, mount]));
    this.server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const mount = mounts.get(path);
      if (!mount || options.isClosing()) {
        const status = mount ? '503 Service Unavailable' : '404 Not Found';
        socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        return;
      }
      this.wss.handleUpgrade(request, socket, head, (ws) => {
        mount.handle(ws, request, {
          container: options.container,
          logger: options.logger,
          onShutdown: (close) => options.streams.track(close),
        });
      });
    });
  }

  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  /** Graceful close; resolves when every connection is gone. */
  async close(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.options.streams.closeAll();
    for (const client of this.wss.clients) client.close(1001, 'server shutting down');
    this.server.closeIdleConnections();
    // Keep-alive connections whose request finishes after this point go idle later.
    const sweep = setInterval(() => this.server.closeIdleConnections(), 50);
    const timer = setTimeout(() => {
      this.options.logger.warn({ open: this.connections.size }, 'shutdown timeout reached; closing the remaining connections');
      this.server.closeAllConnections();
      for (const client of this.wss.clients) client.terminate();
    }, this.options.shutdownTimeoutMs);
    timer.unref();
    await closed;
    clearInterval(sweep);
    clearTimeout(timer);
    this.wss.close();
  }
}
