/**
 * Thrown by a job or subscriber handler to have its next attempt at a given time rather
 * than on the retry schedule (a `Retry-After` from a remote API). It still counts as a
 * failed attempt, so a job that keeps asking ends dead after its last attempt.
 *
 * @example
 *   if (response.status === 429) throw new RetryAt(new Date(Date.now() + retryAfterSeconds * 1000), 'rate limited');
 */
export class RetryAt extends Error {
  readonly at: Date;

  constructor(at: Date, reason = `retry requested at ${at.toISOString()}`) {
    super(reason);
    this.name = 'RetryAt';
    this.at = at;
  }
}
