import type { Tenant } from 'influgentic';
import type { AgentRow } from '../db/schema.js';
import type { UsableAgent } from './types.js';
import { ownedBy, readableBy, usableView, type UsableRow } from './views.js';

type Access = Pick<AgentRow, 'custom' | 'org_id' | 'livemode' | 'visibility'>;

interface Entry {
  readonly revision: number;
  readonly access: Access;
  /** As any tenant but the owner sees it (`owned: false`). */
  readonly view: UsableAgent;
  /** As the owner sees it; made on the owner's first look. */
  owned?: UsableAgent;
}

/** Objects shared by every caller: a caller that writes to one would change it for all. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Agents as findUsable hands them out, parsed once per revision of their row.
 *
 * Every generation looks its agent up. Reading the whole row (~50 columns, the persona's JSON
 * among them) and parsing it cost ~130 µs a stream under the content bench's load, and the
 * parsed persona was the largest single part of an open stream's live heap (~9%), copied by
 * every young-generation collection while the stream ran. Now a lookup reads one indexed
 * column, the row's revision, which the database bumps when a column the view reads changes
 * (a trigger: whichever process or SQL statement made the change): an entry is used only
 * while its revision is the current one, so there is nothing to invalidate and no staleness.
 * Rows are never deleted (agents retire), so a revision is never reused for other contents.
 *
 * Entries are frozen (callers share them) and the cache keeps the `limit` most recently
 * filled; a catalog larger than that reads the rows it has no entry for, as before.
 */
export class UsableAgentCache {
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly limit = 1000) {}

  /** The entry for `id` if it was filled at `revision`. */
  current(id: string, revision: number): Entry | undefined {
    const entry = this.#entries.get(id);
    return entry?.revision === revision ? entry : undefined;
  }

  fill(row: UsableRow & Pick<AgentRow, 'revision'>): Entry {
    const entry: Entry = {
      revision: Number(row.revision),
      access: { custom: row.custom, org_id: row.org_id, livemode: row.livemode, visibility: row.visibility },
      view: deepFreeze(usableView(row, null)),
    };
    this.#entries.delete(row.id);
    if (this.#entries.size >= this.limit) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(row.id, entry);
    return entry;
  }

  /** The entry's agent as `tenant` sees it; null when the tenant may not use it. */
  static viewFor(entry: Entry, tenant: Tenant): UsableAgent | null {
    if (!readableBy(entry.access, tenant)) return null;
    if (!ownedBy(entry.access, tenant)) return entry.view;
    entry.owned ??= Object.freeze({ ...entry.view, owned: true });
    return entry.owned;
  }

  get size(): number {
    return this.#entries.size;
  }
}
