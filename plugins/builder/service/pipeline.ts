import { setTimeout as sleep } from 'node:timers/promises';
import { CLOCK, EVENT_BUS, LLM_PROVIDERS, ProblemError, fromJson, inject, injectable, toJson } from 'influgentic';
import type { Clock, EventBus, LlmProviders, Tenant } from 'influgentic';
import { AGENT_REGISTRY, type AgentRegistry, type PublishVersionInput } from '../../agents/tokens.js';
import type { BuildRow } from '../db/schema.js';
import type { BuildStore, NewBuildRow } from '../db/store.js';
import { BUILD_COMPLETE } from '../events.js';
import { compilePersona } from './compile.js';
import { evaluateSamples } from './evaluate.js';
import { BUILD_STORE, BUILDER_SETTINGS } from './internal-tokens.js';
import { writeSamples } from './samples.js';
import type { TrainPayload } from './train-job-name.js';
import { BuildFailure, STEP_NAMES, type BuildError, type BuilderSettings, type BuildStep, type CompiledPersona, type Sample, type StepName } from './types.js';
import { buildView, inputsOf } from './views.js';

/** Compiles allowed per version: the first, and one retry with the evaluation's feedback. */
const MAX_COMPILES = 2;

interface RunContext {
  readonly tenant: Tenant;
  readonly version: number;
  readonly signal: AbortSignal;
}

/**
 * The training pipeline. Each step stores its result with its `done` mark, so a job taken
 * again after a crash skips finished steps and repeats only the one that was running; every
 * write is conditional on the version still training, so a build a PATCH or DELETE replaced
 * stops at its next write. Publishing checks the registry first, so it never happens twice.
 */
@injectable()
export class TrainingPipeline {
  constructor(
    @inject(BUILD_STORE) private readonly store: BuildStore,
    @inject(LLM_PROVIDERS) private readonly providers: LlmProviders,
    @inject(AGENT_REGISTRY) private readonly registry: AgentRegistry,
    @inject(EVENT_BUS) private readonly bus: EventBus,
    @inject(BUILDER_SETTINGS) private readonly settings: BuilderSettings,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Runs the build's remaining steps; `lastAttempt` turns a transient failure into `failed`. */
  async run(payload: TrainPayload, signal: AbortSignal, lastAttempt: boolean): Promise<void> {
    const context: RunContext = { tenant: { orgId: payload.orgId, livemode: payload.livemode }, version: payload.version, signal };
    try {
      for (;;) {
        const row = await this.store.get(context.tenant, payload.agentId);
        if (row === undefined || Number(row.version) !== payload.version || row.status !== 'training') return;
        const steps = fromJson<BuildStep[]>(row.steps);
        const next = steps.find((step) => step.status !== 'done');
        if (next === undefined) return;
        const more = await this.step(context, row, steps, next.name);
        if (!more) return;
        if (this.settings.step_delay_ms > 0) await sleep(this.settings.step_delay_ms, undefined, { signal });
      }
    } catch (error) {
      if (error instanceof BuildFailure) return this.fail(context, payload.agentId, error.error);
      if (!lastAttempt || signal.aborted) throw error;
      const message = error instanceof Error ? error.message : String(error);
      const code = (error as { code?: unknown }).code;
      return this.fail(context, payload.agentId, { code: typeof code === 'string' && /^[a-z][a-z0-9_]*$/u.test(code) ? code : 'llm_unavailable', message: `training gave up: ${message}`, reasons: [message] });
    }
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private write(context: RunContext, id: string, patch: Partial<NewBuildRow>): Promise<boolean> {
    return this.store.updateVersion(context.tenant, id, context.version, { ...patch, updated_at: this.now() });
  }

  /** Runs one step; false when the build is no longer this version's to write. */
  private async step(context: RunContext, row: BuildRow, steps: BuildStep[], name: StepName): Promise<boolean> {
    const index = STEP_NAMES.indexOf(name);
    const log: string[] = [];
    const started = steps.map((step) => (step.name === name ? { ...step, status: 'running' as const, started_at: this.now(), finished_at: null, attempts: step.attempts + 1, log: [] } : step));
    if (!(await this.write(context, row.id, { step: name, steps: toJson(started) }))) return false;
    const finish = (extra: Partial<BuildStep>, patch: Partial<NewBuildRow>) =>
      this.write(context, row.id, {
        steps: toJson(started.map((step) => (step.name === name ? { ...step, ...extra, status: 'done' as const, finished_at: this.now(), log } : step))),
        progress: (index + 1) / STEP_NAMES.length,
        step: STEP_NAMES[index + 1] ?? null,
        ...patch,
      });
    const inputs = inputsOf(row);
    const provider = this.providers.forMode(context.tenant.livemode);
    switch (name) {
      case 'compile_persona': {
        const feedback = row.feedback === null ? [] : fromJson<string[]>(row.feedback);
        const persona = await compilePersona(provider, inputs, feedback, this.settings.compile_retries, context.signal, (line) => log.push(line));
        return finish({}, { persona: toJson(persona), compiles: Number(row.compiles) + 1 });
      }
      case 'write_samples': {
        const samples = await writeSamples(provider, inputs, this.persona(row), context.signal, (line) => log.push(line));
        return finish({}, { samples: toJson(samples) });
      }
      case 'evaluate': {
        const evaluation = evaluateSamples(fromJson<Sample[]>(row.samples ?? '[]'), this.persona(row));
        for (const [check, score] of Object.entries(evaluation.scores)) log.push(`${check}: ${score.toFixed(2)}`);
        if (evaluation.passed) return finish({ scores: evaluation.scores }, {});
        if (Number(row.compiles) >= MAX_COMPILES) {
          throw new BuildFailure({ code: 'evaluation_failed', message: `the samples failed evaluation after ${MAX_COMPILES} compiles`, reasons: evaluation.reasons });
        }
        // One more compile, told what failed; the failed evaluation stays in its log.
        log.push(`failed (${evaluation.reasons.join('; ')}): compiling again with this feedback`);
        const retried = started.map((step): BuildStep =>
          step.name === 'evaluate' ? { ...step, status: 'pending', finished_at: this.now(), log, scores: evaluation.scores } : step.name === 'compile_persona' || step.name === 'write_samples' ? { ...step, status: 'pending' } : step,
        );
        return this.write(context, row.id, { steps: toJson(retried), step: 'compile_persona', progress: 0, feedback: toJson(evaluation.reasons) });
      }
      case 'publish':
        await this.publish(context, row, log);
        return false;
    }
  }

  private persona(row: BuildRow): CompiledPersona {
    if (row.persona === null) throw new Error(`build ${row.id} has no compiled persona`);
    return fromJson<CompiledPersona>(row.persona);
  }

  private async publish(context: RunContext, row: BuildRow, log: string[]): Promise<void> {
    const inputs = inputsOf(row);
    const { headline, tone_modes, content_types, ...persona } = this.persona(row);
    const input: PublishVersionInput = {
      name: inputs.name,
      headline,
      category: inputs.category,
      use_cases: inputs.use_cases,
      languages: inputs.languages,
      tone_modes,
      content_types,
      persona,
      visibility: inputs.visibility,
      base_rate_usd: this.settings.base_rate_usd,
      version: context.version,
    };
    const existing = await this.registry.findUsable(context.tenant, row.id);
    try {
      if (existing === null) {
        await this.registry.publish(context.tenant, { ...input, id: row.id, visibility: inputs.visibility });
        log.push(`published ${row.id} v${context.version} (${inputs.visibility})`);
      } else if (existing.version < context.version) {
        await this.registry.publishVersion(context.tenant, row.id, input);
        log.push(`published v${context.version}; v${existing.version} served until now`);
      } else {
        log.push(`v${context.version} was already published (a repeated step)`);
      }
    } catch (error) {
      // The registry refusing the agent is no passing failure: retrying would not help.
      if (error instanceof ProblemError && error.status >= 400 && error.status < 500) {
        throw new BuildFailure({ code: 'publish_refused', message: `the registry refused the agent: ${error.message}`, reasons: [error.message] });
      }
      throw error;
    }
    const steps = fromJson<BuildStep[]>((await this.store.get(context.tenant, row.id))?.steps ?? row.steps).map((step) =>
      step.name === 'publish' ? { ...step, status: 'done' as const, finished_at: this.now(), log } : step,
    );
    await this.end(context, row.id, { status: 'ready', steps: toJson(steps), serving_version: context.version, progress: 1 });
  }

  private async fail(context: RunContext, id: string, error: BuildError): Promise<void> {
    const row = await this.store.get(context.tenant, id);
    if (row === undefined) return;
    const steps = fromJson<BuildStep[]>(row.steps).map((step) => (step.status === 'running' ? { ...step, status: 'failed' as const, finished_at: this.now(), log: [...step.log, error.message] } : step));
    await this.end(context, id, { status: 'failed', steps: toJson(steps), error: toJson(error) });
  }

  /** The build's last write and its event, together: `agent.build_complete` exists only if the outcome does. */
  private async end(context: RunContext, id: string, patch: Partial<NewBuildRow>): Promise<void> {
    await this.store.transaction(async (trx) => {
      const ended = await this.store.updateVersion(context.tenant, id, context.version, { ...patch, step: null, estimated_ready_at: null, updated_at: this.now() }, trx);
      if (!ended) return;
      const row = await this.store.get(context.tenant, id, trx);
      if (row === undefined) return;
      await this.bus.emit(trx, { name: BUILD_COMPLETE, orgId: context.tenant.orgId, livemode: context.tenant.livemode, aggregateId: id, payload: buildView(row, this.settings.baseUrl) });
    });
  }
}
