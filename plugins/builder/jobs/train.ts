import { defineJob } from 'influgentic';
import { TRAINING_PIPELINE } from '../service/internal-tokens.js';
import { TRAIN_JOB, type TrainPayload } from '../service/train-job-name.js';

/**
 * Trains one version of a custom agent. A transient failure (provider down) is retried on
 * the queue's schedule (`jobs.backoff_base_ms`, doubling); the last attempt ends the build
 * `failed` with the provider's error code.
 */
export const trainAgent = defineJob<TrainPayload>({
  name: TRAIN_JOB,
  maxAttempts: 5,
  async handle(job) {
    await job.resolve(TRAINING_PIPELINE).run(job.payload, job.signal, job.attempt >= job.maxAttempts);
  },
});
