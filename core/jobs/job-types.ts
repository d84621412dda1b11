import { exponentialBackoff } from './backoff.js';
import type { Backoff, JobDefinition } from './types.js';

/** A job type with every default filled in, as workers use it. */
export interface JobType {
  readonly name: string;
  readonly concurrency: number;
  readonly maxAttempts: number;
  readonly backoff: Backoff;
  readonly definition: JobDefinition;
}

export interface JobTypeDefaults {
  readonly concurrency: number;
  readonly maxAttempts: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
}

/**
 * The job types this process knows: the plugins' own and the kernel's (one per event
 * subscriber). Enqueueing an unknown type fails at once rather than leaving a job no worker
 * will ever take.
 */
export class JobTypes {
  private readonly types = new Map<string, JobType>();
  private readonly defaultBackoff: Backoff;

  constructor(private readonly defaults: JobTypeDefaults) {
    this.defaultBackoff = exponentialBackoff({ baseMs: defaults.backoffBaseMs, maxMs: defaults.backoffMaxMs });
  }

  add(definition: JobDefinition): void {
    if (this.types.has(definition.name)) throw new Error(`job type "${definition.name}" is defined twice`);
    this.types.set(definition.name, {
      name: definition.name,
      concurrency: definition.concurrency ?? this.defaults.concurrency,
      maxAttempts: definition.maxAttempts ?? this.defaults.maxAttempts,
      backoff: definition.backoff ?? this.defaultBackoff,
      definition,
    });
  }

  get(name: string): JobType | undefined {
    return this.types.get(name);
  }

  /** The type, or an Error naming it and the known ones. */
  require(name: string): JobType {
    const type = this.types.get(name);
    if (type === undefined) {
      const known = [...this.types.keys()].filter((key) => !key.startsWith('event:'));
      throw new Error(`unknown job type "${name}": no loaded plugin declares it (known: ${known.join(', ') || 'none'})`);
    }
    return type;
  }

  list(): readonly JobType[] {
    return [...this.types.values()];
  }
}
