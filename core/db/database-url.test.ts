import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskDatabaseUrl, parseDatabaseUrl } from './database-url.js';

describe('parseDatabaseUrl', () => {
  it('resolves a relative sqlite path against the working directory', () => {
    assert.deepEqual(parseDatabaseUrl('sqlite:./data/influgentic.db', '/srv/app'), {
      dialect: 'sqlite',
      filename: '/srv/app/data/influgentic.db',
    });
    assert.deepEqual(parseDatabaseUrl('sqlite:data/x.db', '/srv/app'), {
      dialect: 'sqlite',
      filename: '/srv/app/data/x.db',
    });
  });

  it('defaults the base of a relative sqlite path to process.cwd()', () => {
    assert.deepEqual(parseDatabaseUrl('sqlite:./x.db'), { dialect: 'sqlite', filename: `${process.cwd()}/x.db` });
  });

  it('keeps an absolute sqlite path', () => {
    assert.deepEqual(parseDatabaseUrl('sqlite:/var/lib/influgentic/db.sqlite', '/srv/app'), {
      dialect: 'sqlite',
      filename: '/var/lib/influgentic/db.sqlite',
    });
  });

  it('accepts an in-memory sqlite database', () => {
    assert.deepEqual(parseDatabaseUrl('sqlite::memory:'), { dialect: 'sqlite', filename: ':memory:' });
  });

  it('refuses sqlite: without a path, and the ambiguous sqlite:// form', () => {
    assert.throws(() => parseDatabaseUrl('sqlite:'), /expected a file path after "sqlite:"/);
    assert.throws(() => parseDatabaseUrl('sqlite://data/x.db'), /expected a file path after "sqlite:"/);
  });

  it('accepts postgres:// and postgresql:// and hands pg the URL untouched when there is nothing to strip', () => {
    assert.deepEqual(parseDatabaseUrl('postgres://u:p@db.internal:5433/influgentic'), {
      dialect: 'postgres',
      connectionString: 'postgres://u:p@db.internal:5433/influgentic',
      schema: undefined,
      options: undefined,
    });
    assert.deepEqual(parseDatabaseUrl('postgresql://db/app?sslmode=require'), {
      dialect: 'postgres',
      connectionString: 'postgresql://db/app?sslmode=require',
      schema: undefined,
      options: undefined,
    });
  });

  it('strips schema= and options= from the URL given to pg and returns them apart', () => {
    assert.deepEqual(
      parseDatabaseUrl('postgres://u@h/db?schema=tenant_1&sslmode=disable&options=-c%20statement_timeout%3D5000'),
      {
        dialect: 'postgres',
        connectionString: 'postgres://u@h/db?sslmode=disable',
        schema: 'tenant_1',
        options: '-c statement_timeout=5000',
      },
    );
  });

  it('rejects a schema name outside ^[a-z_][a-z0-9_]{0,62}$', () => {
    for (const bad of ['Public', '1abc', 'a-b', 'a;drop', 'x'.repeat(64), '']) {
      assert.throws(
        () => parseDatabaseUrl(`postgres://h/db?schema=${encodeURIComponent(bad)}`),
        (error: Error) => error.message.includes(`Invalid Postgres schema "${bad}"`) && error.message.includes('[a-z_]'),
        `schema ${JSON.stringify(bad)}`,
      );
    }
    assert.equal(parseDatabaseUrl(`postgres://h/db?schema=_${'a'.repeat(62)}`).dialect, 'postgres');
  });

  it('names the unknown scheme and every accepted form', () => {
    assert.throws(
      () => parseDatabaseUrl('mysql://root:hunter2@localhost/app'),
      (error: Error) =>
        error.message.includes('"mysql:"') &&
        error.message.includes('sqlite:./relative/path.db') &&
        error.message.includes('sqlite:/absolute/path.db') &&
        error.message.includes('sqlite::memory:') &&
        error.message.includes('postgres://') &&
        error.message.includes('postgresql://') &&
        !error.message.includes('hunter2'),
    );
    assert.throws(() => parseDatabaseUrl('./data/x.db'), /a URL without a scheme/);
  });

  it('does not repeat an unparseable postgres URL, which may hold a password', () => {
    assert.throws(
      () => parseDatabaseUrl('postgres://u:se cret@[bad/db'),
      (error: Error) => error.message.includes('cannot be parsed') && !error.message.includes('se cret'),
    );
  });
});

describe('maskDatabaseUrl', () => {
  it('masks the password in the userinfo and in the query', () => {
    assert.equal(maskDatabaseUrl('postgres://app:s3cret@h:5432/db?schema=a'), 'postgres://app:***@h:5432/db?schema=a');
    assert.equal(maskDatabaseUrl('postgresql://h/db?password=s3cret'), 'postgresql://h/db?password=***');
  });

  it('leaves URLs without a password as they are', () => {
    assert.equal(maskDatabaseUrl('postgres://postgres@127.0.0.1:5432/test'), 'postgres://postgres@127.0.0.1:5432/test');
    assert.equal(maskDatabaseUrl('sqlite:./data/influgentic.db'), 'sqlite:./data/influgentic.db');
  });
});
