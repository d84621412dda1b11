import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Receiver } from '../../../test/fixtures/plugins/signals/receiver.js';
import { HttpSender, type Resolver } from './http-sender.js';

describe('HttpSender', () => {
  let hook: Receiver;
  const asked: string[] = [];
  const resolver: Resolver = async (hostname) => {
    asked.push(hostname);
    return hostname === 'receiver.test' ? [{ address: '127.0.0.1', family: 4 }] : [];
  };
  const request = (url: string) => ({ url, headers: { 'webhook-id': 'evt_1' }, body: '{"a":1}', timeoutMs: 2000, signal: new AbortController().signal });

  before(async () => {
    hook = await new Receiver().start();
  });
  after(() => hook.close());

  it('connects to the address its resolver gave, for a name no system DNS knows', async () => {
    const sender = new HttpSender({ allowPrivate: true, resolver: () => resolver });
    try {
      const result = await sender.send(request(`http://receiver.test:${hook.port}/x`));
      assert.deepEqual([result.statusCode, result.error, result.excerpt], [200, null, 'ok']);
      assert.equal(hook.received.at(-1)!.headers.host, `receiver.test:${hook.port}`);
      assert.equal(hook.received.at(-1)!.body, '{"a":1}');
      assert.ok(asked.includes('receiver.test'));
    } finally {
      sender.close();
    }
  });

  it('refuses a private address the resolver gives, and a private literal, without connecting', async () => {
    const sender = new HttpSender({ allowPrivate: false, resolver: () => resolver });
    try {
      const before = hook.received.length;
      const named = await sender.send(request(`http://receiver.test:${hook.port}/x`));
      assert.equal(named.statusCode, null);
      assert.match(named.error ?? '', /^unsafe_address: receiver\.test resolves to 127\.0\.0\.1, loopback/);
      const literal = await sender.send(request(`http://[::ffff:127.0.0.1]:${hook.port}/x`));
      assert.match(literal.error ?? '', /^unsafe_address: ::ffff:7f00:1 is IPv4-mapped form of a loopback/);
      const unknown = await sender.send(request(`http://nowhere.test:${hook.port}/x`));
      assert.match(unknown.error ?? '', /^dns_failed/);
      assert.equal(hook.received.length, before);
    } finally {
      sender.close();
    }
  });

  it('keeps the first 1 KB of a response and reads Retry-After', async () => {
    hook.reply = () => ({ status: 503, headers: { 'retry-after': '7' }, body: 'é'.repeat(2000) });
    const sender = new HttpSender({ allowPrivate: true, resolver: () => resolver });
    try {
      const result = await sender.send(request(hook.url()));
      assert.deepEqual([result.statusCode, result.retryAfter], [503, '7']);
      assert.equal(result.excerpt, 'é'.repeat(512), '1024 bytes of two-byte characters');
    } finally {
      sender.close();
      hook.reply = () => ({ status: 200, body: 'ok' });
    }
  });

  it('times out a receiver that never answers, even when garbage is collected while it waits', async () => {
    // AbortSignal.timeout() inside AbortSignal.any() can be collected before it fires on Node 20
    // (nodejs/node#57736): the attempt then waited forever. Collect garbage while it waits.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    hook.reply = () => ({ status: 200, hang: true });
    const sender = new HttpSender({ allowPrivate: true, resolver: () => resolver });
    const collecting = setInterval(gc, 20);
    try {
      const sent = sender.send({ ...request(hook.url()), timeoutMs: 300 });
      const stuck = new Promise<'stuck'>((resolve) => setTimeout(() => resolve('stuck'), 5000).unref());
      const result = await Promise.race([sent, stuck]);
      if (result === 'stuck') assert.fail('the attempt outlived its timeout by seconds');
      assert.deepEqual([result.statusCode, result.error], [null, 'timeout']);
    } finally {
      clearInterval(collecting);
      sender.close();
      hook.reply = () => ({ status: 200, body: 'ok' });
    }
  });
});
