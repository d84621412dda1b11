/** One invalid or unknown setting, named by its dotted key. */
export interface ConfigIssue {
  readonly key: string;
  readonly message: string;
  /** Where the value came from when it was not a config file (an env var name). */
  readonly source?: string;
}

/** Stops start-up: the message lists every bad key and what was expected. */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    super(
      `invalid configuration:\n${issues
        .map((issue) => `  - ${issue.key}: ${issue.message}${issue.source ? ` (from ${issue.source})` : ''}`)
        .join('\n')}`,
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}
