/** The scheduler plugin's tables (kysely types). */
export interface SchedulerTables {
  readonly scheduler_leases: LeaseRow;
}

/** One tick of one schedule, taken by one process: `<schedule>:<tick time>`. */
export interface LeaseRow {
  readonly key: string;
  readonly holder: string;
  readonly acquired_at: string;
  readonly expires_at: string;
  readonly completed_at: string | null;
}
