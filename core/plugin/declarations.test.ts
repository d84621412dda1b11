import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventRegistry } from '../events/registry.js';
import { createLogger } from '../logger.js';
import { collectDeclarations } from './declarations.js';
import { definePlugin, type AnyPlugin } from './define.js';
import { PluginHostError } from './errors.js';

const logger = createLogger('silent');
const handle = () => undefined;

function refusal(plugins: AnyPlugin[]): string {
  try {
    collectDeclarations(plugins, new EventRegistry(), logger);
  } catch (error) {
    assert.ok(error instanceof PluginHostError);
    assert.equal(error.code, 'PLUGIN_INVALID');
    return error.message;
  }
  assert.fail('expected a refusal');
}

describe('collectDeclarations', () => {
  it('collects the jobs, schedules and subscriptions of every plugin', () => {
    const declared = collectDeclarations(
      [
        definePlugin({ name: 'mail', version: '1.0.0', jobs: [{ name: 'mail.send', handle }], subscriptions: [{ name: 'mail.welcome', events: '*', handle }] }),
        definePlugin({ name: 'billing', version: '1.0.0', schedules: [{ name: 'billing.accrue', cron: '0 3 * * *', run: handle }] }),
      ],
      new EventRegistry(),
      logger,
    );
    assert.deepEqual(
      [declared.jobs.map((job) => job.name), declared.schedules.map((schedule) => schedule.name), declared.subscriptions.map((subscription) => subscription.name)],
      [['mail.send'], ['billing.accrue'], ['mail.welcome']],
    );
  });

  it('refuses names that do not read <plugin>.<name>, and a name declared twice', () => {
    assert.match(refusal([definePlugin({ name: 'mail', version: '1.0.0', jobs: [{ name: 'send', handle }] })]), /declares job "send": names read <plugin>.<name>/);
    assert.match(refusal([definePlugin({ name: 'mail', version: '1.0.0', jobs: [{ name: 'billing.send', handle }] })]), /"billing.send"/);
    assert.match(
      refusal([definePlugin({ name: 'mail', version: '1.0.0', schedules: [{ name: 'mail.digest', cron: '0 * * * *', run: handle }, { name: 'mail.digest', cron: '5 * * * *', run: handle }] })]),
      /declares schedule "mail.digest" twice/,
    );
  });

  it('refuses a cron expression that does not parse, a subscription to nothing and a bad concurrency', () => {
    assert.match(refusal([definePlugin({ name: 'mail', version: '1.0.0', schedules: [{ name: 'mail.digest', cron: 'every day', run: handle }] })]), /"every day", which is not a cron expression/);
    assert.match(refusal([definePlugin({ name: 'mail', version: '1.0.0', subscriptions: [{ name: 'mail.none', events: [], handle }] })]), /lists no events/);
    assert.match(refusal([definePlugin({ name: 'mail', version: '1.0.0', jobs: [{ name: 'mail.send', concurrency: 0, handle }] })]), /concurrency 0/);
  });
});
