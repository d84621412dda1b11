import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/** SQLite's own default: a commit that leaves the WAL at this many pages or more checkpoints. */
export const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;
/**
 * The serving connection's threshold while the checkpointer runs: a safety net for a
 * checkpointer that falls behind. SQLite counts every frame in the WAL, copied or not, and
 * under steady writes the WAL starts again only after a pass during which nothing committed,
 * so the net is reached now and then under the jobs bench's steady writes. Measured with
 * `strace -f -e trace=fsync -T` on `scripts/bench/jobs.ts`: at 2,000 the serving thread did
 * most checkpoints itself again; at 50,000 the WAL grew to 200 MB and reads slowed; at 10,000
 * the serving thread's fsyncs were 134 ms a run against 785 ms with SQLite's default.
 */
export const FALLBACK_AUTOCHECKPOINT = 10_000;
/**
 * The WAL file is cut back to this size when it starts again. It is a cap for a WAL that grew
 * unusually (a worker stuck on a slow disk, a huge transaction), not a size the WAL is kept
 * at: it reaches about 40 MB before the serving connection's own checkpoint, and cutting it
 * at 8 MB, on the serving thread at every restart, took the jobs bench's enqueue-to-start p99
 * at half rate from about 2 to about 6 ms.
 */
export const WAL_SIZE_LIMIT_BYTES = 64 * 2 ** 20;
/**
 * How often the worker looks at the WAL; it checkpoints only when the WAL changed since its
 * last checkpoint. After a complete checkpoint the next commit starts the WAL again from its
 * top and fsyncs its header on the serving thread (0.4 to 2.4 ms measured), at most once a look.
 */
export const CHECKPOINT_INTERVAL_MS = 200;
/** The pause between looks after a pass found the WAL longer than SQLite's own threshold. */
const SOON_MS = 10;
/** How many looks at that pace a long WAL gets when nothing new was committed (half a second). */
const SOON_LOOKS = 50;
/** Timed passes that fail in a row (a disk error each time) before the serving connection takes checkpoints back. */
const FAILURES_BEFORE_FALLBACK = 5;

/** What `PRAGMA wal_checkpoint(PASSIVE)` reports: frames in the WAL and frames copied into the database. */
export interface CheckpointResult {
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

export interface Checkpointer {
  /** Checkpoints now, in the worker, and reports what SQLite did. */
  checkpointNow(): Promise<CheckpointResult>;
  /** Checkpoints the worker has run, on its interval or when asked. */
  readonly checkpoints: number;
  /** Stops the worker and closes its connection (before the serving connection closes). */
  stop(): Promise<void>;
}

export interface CheckpointerOptions {
  readonly intervalMs?: number;
}

// CommonJS, run with `eval`: the worker needs nothing but better-sqlite3 (resolved by the
// parent), so it does not depend on the TypeScript loader the parent runs under.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Database = require(workerData.module);
const db = new Database(workerData.filename, { fileMustExist: true, timeout: 0 });
const wal = workerData.filename + '-wal';
let seen = '';
let count = 0;
function walStamp() {
  try {
    const stat = statSync(wal, { bigint: true });
    return stat.mtimeNs + ':' + stat.size;
  } catch {
    return '';
  }
}
function checkpoint() {
  // Stamped before: a commit during the checkpoint changes the stamp, so the next look runs again.
  seen = walStamp();
  const [row] = db.pragma('wal_checkpoint(PASSIVE)');
  count += 1;
  return { busy: row.busy, log: row.log, checkpointed: row.checkpointed, count };
}
let timer;
// Looks left at the short pace. A long WAL is started again from its top only by a commit that
// finds every frame copied: under steady writes that needs a pass with no commit during it,
// so after a pass that found the WAL long, looks follow each other closely (each pass copies
// less than the last) until a pass finds it short, or for a few quiet looks.
let soonLooks = 0;
function look() {
  const stamp = walStamp();
  if (stamp !== '' && stamp !== seen) {
    try {
      const result = checkpoint();
      soonLooks = result.log >= workerData.longWal ? workerData.soonLooks : 0;
      parentPort.postMessage({ kind: 'checkpointed', result });
    } catch (error) {
      parentPort.postMessage({ kind: 'failed', message: String(error && error.message) });
    }
  } else if (soonLooks > 0) {
    soonLooks -= 1;
  }
  timer = setTimeout(look, soonLooks > 0 ? workerData.soonMs : workerData.intervalMs);
}
timer = setTimeout(look, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message.kind === 'checkpoint') {
    try {
      parentPort.postMessage({ kind: 'checkpointed', id: message.id, result: checkpoint() });
    } catch (error) {
      parentPort.postMessage({ kind: 'failed', id: message.id, message: String(error && error.message) });
    }
  } else if (message.kind === 'stop') {
    clearTimeout(timer);
    db.close();
    parentPort.close();
  }
});
`;

type WorkerReply =
  | { readonly kind: 'checkpointed'; readonly id?: number; readonly result: CheckpointResult & { readonly count: number } }
  | { readonly kind: 'failed'; readonly id?: number; readonly message: string };

/**
 * Runs a file database's WAL checkpoints on a thread of their own.
 *
 * better-sqlite3 is synchronous, and by default SQLite checkpoints inside the commit that
 * takes the WAL past 1,000 pages: it copies those pages into the database and fsyncs both
 * files on the event loop, about 8 ms on the machines this was measured on, every 150 ms
 * under the content bench's load (a generation writes about 50 pages across its
 * transactions). Every stream and request waited for it. Here a worker with a connection of
 * its own runs PASSIVE checkpoints (which never block the serving connection's reads or
 * writes) whenever the WAL changed, and the serving connection only checkpoints itself past
 * FALLBACK_AUTOCHECKPOINT pages. If the worker fails, the serving connection goes back to
 * SQLite's default and a warning says so.
 */
export function startCheckpointer(connection: SqliteDatabase.Database, filename: string, options: CheckpointerOptions = {}): Checkpointer {
  // Set before the worker starts: if either throws, there is no worker to stop.
  connection.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT}`);
  connection.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      filename,
      module: createRequire(import.meta.url).resolve('better-sqlite3'),
      intervalMs: options.intervalMs ?? CHECKPOINT_INTERVAL_MS,
      longWal: SQLITE_DEFAULT_AUTOCHECKPOINT,
      soonMs: Math.min(options.intervalMs ?? CHECKPOINT_INTERVAL_MS, SOON_MS),
      soonLooks: SOON_LOOKS,
    },
  });
  // A database left open must not keep the process alive.
  worker.unref();

  const waiting = new Map<number, { resolve(result: CheckpointResult): void; reject(error: Error): void }>();
  let nextId = 0;
  let checkpoints = 0;
  let stopping: Promise<void> | undefined;
  let failed: Error | undefined;
  let failuresInRow = 0;

  const fallBack = (error: Error): void => {
    if (failed !== undefined) return;
    failed = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    if (stopping !== undefined) return;
    try {
      if (connection.open) connection.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
    } catch {
      // The connection is busy (iterating a statement): the fallback threshold stays, and
      // the warning still says checkpoints have no thread of their own.
    }
    process.emitWarning(`SQLite's checkpoint thread stopped (${error.message}); ${filename} checkpoints on the serving thread again`, 'InflugenticWarning');
  };

  worker.on('message', (reply: WorkerReply) => {
    const pending = reply.id === undefined ? undefined : waiting.get(reply.id);
    if (reply.id !== undefined) waiting.delete(reply.id);
    if (waiting.size === 0 && stopping === undefined) worker.unref();
    if (reply.kind === 'checkpointed') {
      failuresInRow = 0;
      checkpoints = reply.result.count;
      pending?.resolve({ busy: reply.result.busy, log: reply.result.log, checkpointed: reply.result.checkpointed });
    } else {
      // One checkpoint that failed (a disk error) is retried on the next look; the caller who
      // asked is told. Timed passes failing again and again mean the worker does no good.
      pending?.reject(new Error(reply.message));
      if (reply.id === undefined && (failuresInRow += 1) >= FAILURES_BEFORE_FALLBACK) {
        fallBack(new Error(`${failuresInRow} checkpoints failed in a row: ${reply.message}`));
        void worker.terminate();
      }
    }
  });
  worker.on('error', (error) => fallBack(error));
  worker.on('exit', (code) => fallBack(new Error(`the checkpoint worker exited with code ${code}`)));

  return {
    get checkpoints() {
      return checkpoints;
    },
    checkpointNow(): Promise<CheckpointResult> {
      if (failed !== undefined) return Promise.reject(failed);
      const id = (nextId += 1);
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        // Someone waits for an answer: the process stays up for it.
        worker.ref();
        worker.postMessage({ kind: 'checkpoint', id });
      });
    },
    stop(): Promise<void> {
      stopping ??= failed !== undefined
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.ref();
            worker.postMessage({ kind: 'stop' });
          });
      return stopping;
    },
  };
}
