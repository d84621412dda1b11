import { type Compilable, type Kysely, type KyselyPlugin, type QueryResult } from 'kysely';
import type { DialectName } from './database.js';
import { dialectOf, type AnyKysely } from './dialect-of.js';
import { runSql } from './sqlite-direct.js';

// No dot in it: kysely splits a reference at dots, so a placeholder misused as a column name
// comes out whole in the SQL text, where the check below finds it.
const MARK = '\u0000influgentic-precompiled-';

/** The statements compiled for one plugin list, and the way on to longer lists. */
interface PluginNode {
  compiled?: Compiled;
  readonly next: WeakMap<KyselyPlugin, PluginNode>;
}

interface Compiled {
  readonly sql: string;
  /** Per bound parameter: the value's name, or undefined for a constant of the query. */
  readonly names: readonly (string | undefined)[];
  readonly constants: readonly unknown[];
}

/** Every key of the values, each `true`: TypeScript refuses a key left out or one too many. */
export type ValueNames<Values> = { readonly [K in keyof Values]-?: true };

/**
 * A statement that kysely builds and compiles once per database handle and then runs with new
 * values. For the statements on every request or job (an event's outbox row, a job's claim),
 * where building and compiling the query cost kysely more than the database takes to run it
 * (about 25 µs for a one-row insert, 60 µs for the job claim, on the 2-core bench machine),
 * and every frozen node it builds is garbage for the next scavenge.
 *
 * `build` gets a placeholder for each value, and only those: reading any other key throws. A
 * placeholder may only be used as a bound parameter, a value compared, inserted, set or a
 * LIMIT. It may not be a column or table name, an `in` list, or a value the builder computes
 * with (`livemode ? 1 : 0` or `` `%${name}%` `` must be done by the caller and passed in); such
 * a use is refused at the first run. A value passed as `undefined` is bound as NULL (an insert
 * does not fall back to the column's default), and a NULL compared with `=` matches nothing.
 *
 * The compiled SQL is kept per dialect and per kysely plugin list, so a handle with other
 * plugins (`withSchema`, `withPlugin`) compiles its own. The list is told apart by the plugin
 * instances in it, not by the array: kysely copies the array for every transaction, and a
 * cache keyed by the array compiled the statement again in each one. So a plugin instance
 * must turn the same query into the same SQL every time (kysely's own do); one that reads
 * outside state while transforming (a tenant from AsyncLocalStorage) cannot be used here.
 *
 * @example
 *   const byId = new Precompiled<{ id: string }, Row>({ id: true }, (db, v) => db.selectFrom('t').selectAll().where('id', '=', v.id));
 *   const { rows } = await byId.execute(trx, { id });
 */
export class Precompiled<Values extends object, Row = unknown> {
  readonly #names: readonly string[];
  readonly #compiled = new Map<DialectName, PluginNode>();

  constructor(
    names: ValueNames<Values>,
    // The statement's own table types are the caller's business.
    private readonly build: (db: Kysely<any>, values: Values) => Compilable<Row>,
  ) {
    this.#names = Object.keys(names);
  }

  /** Runs the statement on `db`, a Kysely or a transaction. */
  async execute(db: AnyKysely, values: Values): Promise<QueryResult<Row>> {
    const executor = db.getExecutor();
    const dialect = dialectOf(db);
    let node: PluginNode | undefined = this.#compiled.get(dialect);
    if (node === undefined) {
      node = { next: new WeakMap() };
      this.#compiled.set(dialect, node);
    }
    for (const plugin of executor.plugins) {
      let next: PluginNode | undefined = node.next.get(plugin);
      if (next === undefined) {
        next = { next: new WeakMap() };
        node.next.set(plugin, next);
      }
      node = next;
    }
    let compiled = node.compiled;
    if (compiled === undefined) {
      compiled = this.#compile(db);
      node.compiled = compiled;
    }
    const { names, constants } = compiled;
    const parameters = names.map((name, i) => (name === undefined ? constants[i] : ((values as Record<string, unknown>)[name] ?? null)));
    return runSql<Row>(db, compiled.sql, parameters);
  }

  #compile(db: AnyKysely): Compiled {
    const marks: Record<string, string> = Object.fromEntries(this.#names.map((name) => [name, `${MARK}${name}`]));
    const placeholders = new Proxy(marks, {
      get: (target, key) => {
        if (typeof key === 'string' && !Object.hasOwn(target, key)) {
          throw new Error(`precompiled statement: build read "${key}", which is not one of its values (${this.#names.join(', ')})`);
        }
        return Reflect.get(target, key);
      },
    });
    const query = this.build(db as unknown as Kysely<any>, placeholders as unknown as Values).compile();
    const seen = new Set<string>();
    const names = query.parameters.map((value) => {
      if (typeof value !== 'string' || !value.startsWith(MARK)) return undefined;
      const name = value.slice(MARK.length);
      seen.add(name);
      return name;
    });
    const embedded = query.sql.includes(MARK) || query.parameters.some((value, i) => names[i] === undefined && typeof value === 'string' && value.includes(MARK));
    if (embedded) {
      throw new Error(`precompiled statement: a placeholder was written into the SQL or into a computed value of "${query.sql.replaceAll(MARK, '$')}" (use each only as a value of its own)`);
    }
    const missing = this.#names.filter((name) => !seen.has(name));
    if (missing.length > 0) {
      throw new Error(`precompiled statement: ${missing.join(', ')} did not come out as bound parameters of "${query.sql}" (use them only as values)`);
    }
    return { sql: query.sql, names, constants: query.parameters.map((value, i) => (names[i] === undefined ? value : undefined)) };
  }
}
