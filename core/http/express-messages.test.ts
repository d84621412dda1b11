import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import express from 'express';
import { expressMessageClasses } from './express-messages.js';

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => (body += part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('express request and response classes', () => {
  it('are born with the app\'s prototypes, and express still works on them', async () => {
    const app = express();
    const original = { request: app.request, response: app.response };
    const born: IncomingMessage[] = [];
    app.get('/hello/:name', (req, res) => {
      res.status(201).json({ name: req.params.name, header: req.get('x-missing') ?? null, app: req.app === app });
    });
    const classes = expressMessageClasses(app);
    const server = createServer(classes, (req, res) => {
      born.push(req);
      // Before express touches it: the prototype express would set is already there.
      assert.equal(Object.getPrototypeOf(req), app.request);
      assert.equal(Object.getPrototypeOf(res), app.response);
      app(req, res);
    });
    const port = await listen(server);
    try {
      const answer = await get(port, '/hello/ada');
      assert.equal(answer.status, 201);
      assert.deepEqual(JSON.parse(answer.body), { name: 'ada', header: null, app: true });
      assert.equal((await get(port, '/nowhere')).status, 404);
    } finally {
      server.close();
    }
    // The chain keeps what express built: the app's prototype, then express's, then Node's.
    assert.equal(Object.getPrototypeOf(app.request), original.request);
    assert.equal(Object.getPrototypeOf(app.response), original.response);
    assert.ok(born[0] instanceof classes.IncomingMessage);
  });

  // V8 tells shapes apart only through a natives-syntax check, so it runs in a child process.
  it('give every request and response one shape, where express alone gives each its own', () => {
    const fixture = fileURLToPath(new URL('./testing/message-shapes.fixture.ts', import.meta.url));
    const run = (mode: string) => execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', fixture, mode], { encoding: 'utf8' }).trim();
    assert.equal(run('born'), 'request shared: true, response shared: true');
    // The check can fail: without the classes, express's setPrototypeOf makes a shape per request.
    assert.equal(run('express'), 'request shared: false, response shared: false');
  });
});
