import { isAbsolute, resolve } from 'node:path';

/** What `openDatabase` needs to know, read from a database URL. */
export type DatabaseTarget = SqliteTarget | PostgresTarget;

export interface SqliteTarget {
  readonly dialect: 'sqlite';
  /** An absolute file path, or `:memory:`. */
  readonly filename: string;
}

export interface PostgresTarget {
  readonly dialect: 'postgres';
  /** The URL for pg, without the `schema` and `options` parameters (both are applied separately). */
  readonly connectionString: string;
  /** From `?schema=`; becomes the connection's search_path. */
  readonly schema: string | undefined;
  /** From `?options=` (libpq startup options), kept so ours can be added to it rather than replace it. */
  readonly options: string | undefined;
}

export const ACCEPTED_URL_FORMS =
  'sqlite:./relative/path.db, sqlite:/absolute/path.db, sqlite::memory:, ' +
  'postgres://user:password@host:5432/database[?schema=name] (or postgresql://)';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Reads a database URL. Relative SQLite paths resolve against `cwd`.
 * Error messages never repeat the URL itself: it may hold a password.
 */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseTarget {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'sqlite') return parseSqliteUrl(url.slice('sqlite:'.length), cwd);
  if (scheme === 'postgres' || scheme === 'postgresql') return parsePostgresUrl(url);
  const named = scheme === undefined ? 'a URL without a scheme' : `the scheme "${scheme}:"`;
  throw new Error(`Unsupported database URL: ${named} is not supported. Use one of: ${ACCEPTED_URL_FORMS}.`);
}

function parseSqliteUrl(rest: string, cwd: string): SqliteTarget {
  if (rest === ':memory:') return { dialect: 'sqlite', filename: ':memory:' };
  if (rest === '' || rest.startsWith('//')) {
    // `sqlite://x` is ambiguous (host or path?), so it is refused rather than guessed.
    throw new Error(
      `Invalid SQLite database URL: expected a file path after "sqlite:". Use one of: ${ACCEPTED_URL_FORMS}.`,
    );
  }
  return { dialect: 'sqlite', filename: isAbsolute(rest) ? rest : resolve(cwd, rest) };
}

function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Invalid Postgres database URL: it cannot be parsed. Expected ${ACCEPTED_URL_FORMS}.`);
  }
  const schema = parsed.searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(
      `Invalid Postgres schema "${schema}" in the database URL: a schema name must match ${SCHEMA_NAME.source} ` +
        '(lowercase letters, digits and underscores, at most 63 characters, not starting with a digit).',
    );
  }
  const options = parsed.searchParams.get('options') ?? undefined;
  parsed.searchParams.delete('schema');
  parsed.searchParams.delete('options');
  return { dialect: 'postgres', connectionString: parsed.toString(), schema, options };
}

/** The URL with any password replaced by `***`, for logs and error messages. */
export function maskDatabaseUrl(url: string): string {
  if (!/^postgres(ql)?:/i.test(url)) return url;
  try {
    const parsed = new URL(url);
    const inQuery = parsed.searchParams.has('password');
    if (parsed.password === '' && !inQuery) return url;
    if (parsed.password !== '') parsed.password = '***';
    // libpq also accepts the password as a query parameter.
    if (inQuery) parsed.searchParams.set('password', '***');
    return parsed.toString();
  } catch {
    // Unparseable: the password cannot be located, so show nothing after the scheme.
    return url.replace(/^(postgres(ql)?:).*/i, '$1//***');
  }
}
