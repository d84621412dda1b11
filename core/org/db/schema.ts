/** The org plugin's tables (kysely types). */
export interface OrgTables {
  readonly org_orgs: OrgRow;
  readonly org_api_keys: ApiKeyRow;
}

export interface OrgRow {
  readonly id: string;
  readonly name: string;
  readonly plan: string;
  readonly created_at: string;
}

export interface ApiKeyRow {
  readonly id: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly name: string;
  /** The visible beginning of the key (`ig_live_7Hq2`). */
  readonly prefix: string;
  /** SHA-256 of the whole key, hex: the secret itself is never stored. */
  readonly hash: string;
  /** JSON array of scopes. */
  readonly scopes: string;
  readonly created_at: string;
  readonly expires_at: string | null;
  readonly last_used_at: string | null;
  readonly revoked_at: string | null;
}
