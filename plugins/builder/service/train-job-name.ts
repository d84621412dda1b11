/** The durable training job: one per agent version. */
export const TRAIN_JOB = 'builder.train';

export interface TrainPayload {
  readonly orgId: string;
  readonly livemode: boolean;
  readonly agentId: string;
  readonly version: number;
}
