// Run by express-messages.test.ts as `node --allow-natives-syntax --import tsx <this> <mode>`:
// serves a few requests through express, with the classes from expressMessageClasses (mode
// `born`) or Node's own (mode `express`), and prints whether two requests, and two responses,
// ended with one hidden class.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { expressMessageClasses } from '../express-messages.js';

// V8's natives syntax parses only in code compiled with the flag: a Function body, here.
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: unknown, b: unknown) => boolean;
const app = express();
const seen: Array<[IncomingMessage, ServerResponse]> = [];
app.get('/', (req, res) => {
  seen.push([req, res]);
  res.json({ ok: true });
});
const server = process.argv[2] === 'born' ? createServer(expressMessageClasses(app), app) : createServer(app);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
for (let i = 0; i < 4; i += 1) {
  await new Promise<void>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/' }, (res) => {
      res.resume();
      res.on('end', resolve);
    })
      .on('error', reject)
      .end();
  });
}
server.close();
const [a, b] = [seen[2], seen[3]];
if (!a || !b) throw new Error('the requests did not reach the app');
process.stdout.write(`request shared: ${haveSameMap(a[0], b[0])}, response shared: ${haveSameMap(a[1], b[1])}\n`);
