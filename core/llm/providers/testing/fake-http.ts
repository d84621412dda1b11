import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request the fake server saw: method, path, headers and the parsed JSON body. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

export type FakeHandler = (request: SeenRequest, res: ServerResponse, raw: IncomingMessage) => void | Promise<void>;

export interface FakeServer {
  readonly url: string;
  readonly requests: SeenRequest[];
  /** Resolves when the client closed a connection before the reply ended (an abort reached the wire). */
  readonly clientClosed: Promise<void>;
  close(): Promise<void>;
}

/**
 * A real HTTP server on a free loopback port for provider tests: no network leaves the box,
 * and the bytes on the wire are whatever the handler writes (NDJSON, SSE, garbage).
 */
export async function startFakeServer(handler: FakeHandler): Promise<FakeServer> {
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  let markClosed: () => void = () => {};
  const clientClosed = new Promise<void>((resolve) => (markClosed = resolve));
  const server = createServer(async (raw, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of raw) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      // kept as text
    }
    const seen = { method: raw.method ?? 'GET', path: raw.url ?? '/', headers: raw.headers, body };
    requests.push(seen);
    res.on('close', () => {
      if (!res.writableFinished) markClosed();
    });
    await handler(seen, res, raw);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    clientClosed,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on: a server is opened and closed again. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
