// Campaign money: the immutable ledger in micro-dollars, the daily accrual (idempotent per
// campaign and day, catching up on missed days), cancellation pro rata, generation costs per
// 1,000 tokens per provider from config, never past the budget (402 budget_exhausted ->
// paused_budget, a raised budget -> active), spent_usd as the ledger's sum; and a seeded
// property test over random sequences. On SQLite and Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { createRng } from '../core/llm/builtin/prng.js';
import { ProblemError } from '../core/http/problem.js';
import { CAMPAIGN_BILLING, CAMPAIGN_LIFECYCLE, CAMPAIGN_SERVICE, CAMPAIGN_STORE } from '../plugins/campaigns/service/internal-tokens.js';
import { dailyShare } from '../plugins/campaigns/service/money.js';
import { createCampaign, referenceCampaign, startHarness, type Harness, type Json } from '../plugins/campaigns/testing/harness.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** VELO's per-campaign base rate, in micro-dollars (plugins/agents/catalog/automotive.yaml). */
const VELO_RATE = 249_000_000;
const testMode = { orgId: 'org_default', livemode: false };


forEachBackend((backend) => {
  describe('campaign money', () => {
    let h: Harness;
    const service = () => resolveToken(h.running.app.container, CAMPAIGN_SERVICE);
    const billing = () => resolveToken(h.running.app.container, CAMPAIGN_BILLING);
    const lifecycle = () => resolveToken(h.running.app.container, CAMPAIGN_LIFECYCLE);
    const ledger = (id: string, tenant = testMode) => resolveToken(h.running.app.container, CAMPAIGN_STORE).ledger(tenant, id);
    const create = (overrides: Json = {}, api = () => h.test): Promise<Json> => createCampaign(api(), overrides);
    const get = async (id: string, api = () => h.test): Promise<Json> => (await api()('GET', `/v1/campaigns/${id}`)).body;
    let contentSeq = 0;
    const generation = (tokens: number, provider = 'builtin') => ({ id: `cnt_t${(contentSeq += 1)}`, agent_id: 'agent_velo_automotive', tokens, provider, created_at: h.clock.now().toISOString() });
    const sum = (rows: readonly { amount_micros: number }[]) => rows.reduce((total, row) => total + Number(row.amount_micros), 0);

    before(async () => {
      h = await startHarness(await backend.freshUrl(), { config: { campaigns: { token_cost_per_1k_usd: { builtin: 2, ollama: 0 } } } });
    });
    after(() => h.running.close());

    it('accrues one row per elapsed day, idempotently, and catches up on missed days', async () => {
      const campaign = await create();
      h.clock.advance(2 * DAY + 12 * HOUR);
      await lifecycle().accrueAll();
      await lifecycle().accrueAll();
      let rows = await ledger(campaign.id);
      assert.deepEqual(rows.map((r) => [r.kind, r.reference, Number(r.amount_micros)]), [
        ['base_rate', 'accrual:0', dailyShare(VELO_RATE, 30, 0)],
        ['base_rate', 'accrual:1', dailyShare(VELO_RATE, 30, 1)],
      ]);
      assert.equal(rows[0]!.at, campaign.starts_at);
      assert.equal((await get(campaign.id)).spent_usd, 16.6);
      h.clock.advance(3 * DAY);
      await lifecycle().accrueAll();
      rows = await ledger(campaign.id);
      assert.deepEqual(rows.map((r) => r.reference), ['accrual:0', 'accrual:1', 'accrual:2', 'accrual:3', 'accrual:4']);
      const view = await get(campaign.id);
      assert.equal(Math.round(view.spent_usd * 1e6), sum(rows));
      assert.equal(view.remaining_budget_usd, (5000e6 - sum(rows)) / 1e6);
      await h.test('POST', `/v1/campaigns/${campaign.id}/cancel`);
    });

    it('charges the whole base rate exactly over a completed campaign, and the partial day pro rata on cancellation, nothing after', async () => {
      const full = await create({ config: { duration_days: 7 } });
      const cancelled = await create({ config: { duration_days: 7 } });
      h.clock.advance(DAY + 6 * HOUR);
      const reply = await h.test('POST', `/v1/campaigns/${cancelled.id}/cancel`);
      const expected = dailyShare(VELO_RATE, 7, 0) + Math.floor(dailyShare(VELO_RATE, 7, 1) / 4);
      assert.equal(reply.body.spent_usd, expected / 1e6);
      h.clock.advance(10 * DAY);
      await lifecycle().advance();
      await lifecycle().accrueAll();
      assert.equal(sum(await ledger(cancelled.id)), expected, 'nothing accrues after cancellation');
      const done = await get(full.id);
      assert.equal(done.status, 'completed');
      assert.equal(sum(await ledger(full.id)), VELO_RATE);
      assert.equal(done.spent_usd, 249);
      assert.equal((await ledger(full.id)).length, 7);
    });

    it('never charges past the budget: accrual stops at it, the campaign pauses, a generation is 402, a raised budget resumes it', async () => {
      const campaign = await create({ budget_usd: 10 });
      h.clock.advance(2 * DAY);
      await lifecycle().accrueAll();
      const paused = await get(campaign.id);
      assert.equal(paused.spent_usd, 10);
      assert.equal(paused.remaining_budget_usd, 0);
      assert.equal(paused.status, 'paused_budget');
      const refused = await billing().beginGeneration(testMode, campaign.id).catch((error: unknown) => error);
      assert.ok(refused instanceof ProblemError);
      assert.equal(refused.status, 402);
      assert.equal(refused.code, 'budget_exhausted', 'paused on its budget: raise it to resume');
      const below = await h.test('PATCH', `/v1/campaigns/${campaign.id}`, { budget_usd: 9 });
      assert.equal(below.status, 422);
      assert.equal(below.body.code, 'budget_below_spent');
      assert.equal(below.body.errors[0].field, 'budget_usd');
      // A day passes while paused: it is booked (at zero) under the old budget, not billed after the raise.
      h.clock.advance(DAY);
      const raised = await h.test('PATCH', `/v1/campaigns/${campaign.id}`, { budget_usd: 30 });
      assert.equal(raised.status, 200);
      assert.equal(raised.body.status, 'active');
      assert.equal(raised.body.spent_usd, 10);
      const rows = await ledger(campaign.id);
      assert.deepEqual(rows.map((r) => [r.reference, Number(r.amount_micros)]), [['accrual:0', dailyShare(VELO_RATE, 30, 0)], ['accrual:1', 10_000_000 - dailyShare(VELO_RATE, 30, 0)], ['accrual:2', 0]]);
      await billing().chargeGeneration(testMode, campaign.id, generation(1500));
      assert.equal((await get(campaign.id)).spent_usd, 13, '1,500 tokens at 2 USD per 1,000');
      await h.test('POST', `/v1/campaigns/${campaign.id}/cancel`);
    });

    it('answers a generation with no budget left with 402 budget_exhausted and moves the campaign to paused_budget', async () => {
      const campaign = await create({ budget_usd: 1 });
      await billing().chargeGeneration(testMode, campaign.id, generation(400));
      let view = await get(campaign.id);
      assert.equal(view.spent_usd, 0.8);
      assert.equal(view.status, 'active');
      const big = generation(5000);
      await billing().chargeGeneration(testMode, campaign.id, big);
      await billing().chargeGeneration(testMode, campaign.id, big);
      view = await get(campaign.id);
      assert.equal(view.spent_usd, 1, 'clipped to the budget, and booked once');
      assert.equal(view.status, 'paused_budget');
      const resumed = await h.test('PATCH', `/v1/campaigns/${campaign.id}`, { budget_usd: 2 });
      assert.equal(resumed.body.status, 'active');
      await billing().chargeGeneration(testMode, campaign.id, generation(500));
      // Exactly at the budget again: the next generation is refused before it starts.
      const refused = await billing().beginGeneration(testMode, campaign.id).catch((error: unknown) => error);
      assert.ok(refused instanceof ProblemError, String(refused));
      assert.equal(refused.status, 402);
      assert.equal(refused.code, 'budget_exhausted');
      assert.equal((await get(campaign.id)).status, 'paused_budget');
      // Active, but the day's accrual (not booked yet) takes the rest: the check books it, pauses and answers 402.
      const other = await create({ budget_usd: 5 });
      h.clock.advance(DAY);
      const exhausted = await billing().beginGeneration(testMode, other.id).catch((error: unknown) => error);
      assert.ok(exhausted instanceof ProblemError, String(exhausted));
      assert.equal(exhausted.code, 'budget_exhausted');
      const after = await get(other.id);
      assert.equal(after.status, 'paused_budget', 'the pause is committed with the 402');
      assert.equal(after.spent_usd, 5);
      await h.test('POST', `/v1/campaigns/${campaign.id}/cancel`);
      await h.test('POST', `/v1/campaigns/${other.id}/cancel`);
    });

    it('costs nothing for a provider without a configured price, and keeps test and live rows apart', async () => {
      const test = await create({ budget_usd: 50 });
      const live = await create({ budget_usd: 50 }, () => h.live);
      await billing().chargeGeneration(testMode, test.id, generation(1000, 'ollama'));
      await billing().chargeGeneration(testMode, test.id, generation(1000, 'unlisted'));
      assert.deepEqual((await ledger(test.id)).map((r) => [r.kind, Number(r.amount_micros), Number(r.livemode)]), [['generation', 0, 0], ['generation', 0, 0]]);
      await billing().chargeGeneration({ orgId: 'org_default', livemode: true }, live.id, generation(1000));
      const liveRows = await ledger(live.id, { orgId: 'org_default', livemode: true });
      assert.deepEqual(liveRows.map((r) => [Number(r.amount_micros), Number(r.livemode)]), [[2_000_000, 1]]);
      assert.deepEqual(await ledger(live.id), [], 'a test-mode scope sees no live rows');
      const crossed = await billing().chargeGeneration(testMode, live.id, generation(1000)).catch((error: unknown) => error);
      assert.ok(crossed instanceof ProblemError);
      assert.equal(crossed.code, 'campaign_not_found');
    });

    it('never passes the budget when generations are charged at the same time', async () => {
      const campaign = await create({ budget_usd: 7 });
      await Promise.all(Array.from({ length: 12 }, () => billing().chargeGeneration(testMode, campaign.id, generation(1000))));
      const rows = await ledger(campaign.id);
      assert.equal(rows.length, 12);
      assert.equal(sum(rows), 7_000_000);
      const view = await get(campaign.id);
      assert.equal(view.spent_usd, 7);
      assert.equal(view.status, 'paused_budget');
      await h.test('POST', `/v1/campaigns/${campaign.id}/cancel`);
    });

    it('keeps the ledger sum equal to spent_usd and never above the budget over random generations, cancellations, budget changes and days (seeded)', async () => {
      const seed = 20261128;
      const random = createRng(seed).next;
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      for (let run = 0; run < 6; run += 1) {
        const campaign = await service().create(testMode, { ...referenceCampaign, config: { ...referenceCampaign.config, duration_days: 1 + Math.floor(random() * 6) }, budget_usd: 5 + Math.floor(random() * 400) } as never);
        let seen: Json[] = [];
        for (let step = 0; step < 25; step += 1) {
          const action = pick(['generate', 'generate', 'cancel', 'budget', 'time', 'time', 'accrue']);
          const context = `seed ${seed} run ${run} step ${step} ${action}`;
          if (action === 'generate') {
            const ok = await billing().beginGeneration(testMode, campaign.id).then(() => true, (error: ProblemError) => {
              assert.ok(['campaign_invalid_state', 'budget_exhausted'].includes(error.code), `${context}: ${error.code}`);
              return false;
            });
            if (ok) await billing().chargeGeneration(testMode, campaign.id, generation(Math.floor(random() * 40_000)));
          } else if (action === 'cancel') {
            await service().cancel(testMode, campaign.id).catch((error: ProblemError) => assert.equal(error.code, 'campaign_invalid_state', context));
          } else if (action === 'budget') {
            const budget = Math.round(random() * 500 * 100) / 100 + 0.01;
            await service().update(testMode, campaign.id, { budget_usd: budget }).catch((error: ProblemError) => assert.ok(['campaign_invalid_state', 'budget_below_spent'].includes(error.code), `${context}: ${error.code}`));
          } else if (action === 'time') {
            h.clock.advance(Math.floor(random() * 2 * DAY));
            await lifecycle().advance();
          } else {
            await lifecycle().accrueAll();
          }
          const rows = await ledger(campaign.id);
          const view = await service().get(testMode, campaign.id);
          const total = sum(rows);
          assert.equal(Math.round(view.spent_usd * 1e6), total, `${context}: spent_usd is the ledger's sum`);
          assert.ok(total <= Math.round(view.budget_usd * 1e6), `${context}: ${total} within ${view.budget_usd}`);
          assert.ok(rows.every((row) => Number(row.amount_micros) >= 0), `${context}: no negative charge`);
          assert.ok(rows.filter((row) => row.kind === 'base_rate').length <= view.config.duration_days, `${context}: at most one accrual per day`);
          assert.equal(new Set(rows.map((row) => row.reference)).size, rows.length, `${context}: each reference once`);
          for (const old of seen) assert.deepEqual(rows.find((row) => row.id === old.id), old, `${context}: rows are immutable`);
          if (view.status === 'active') assert.ok(total < Math.round(view.budget_usd * 1e6), `${context}: active only with budget left`);
          if (view.status === 'cancelled' || view.status === 'completed') {
            assert.ok(rows.filter((row) => row.kind === 'base_rate').every((row) => Date.parse(row.at) < Date.parse(view.cancelled_at ?? view.completed_at ?? '')), `${context}: nothing accrues after the end`);
          }
          seen = rows.map((row) => ({ ...row }));
        }
      }
    });
  });
});
