import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The master key of test processes (32 bytes, base64); a test may pass another or '' for none. */
export const testMasterKey = Buffer.alloc(32, 7).toString('base64');

export interface SpawnedServer {
  readonly baseUrl: string;
  /** The admin keys the first run printed (live and test), when this start created the org. */
  readonly keys: { readonly live: string; readonly test: string };
  readonly child: ChildProcess;
  /** Every stdout and stderr line so far. */
  readonly output: string[];
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Resolves with the exit code once the process has ended by itself. */
  readonly exited: Promise<number | null>;
}

export interface SpawnOptions {
  /** INFLUGENTIC_* settings and anything else the child needs. */
  readonly env?: Readonly<Record<string, string>>;
  readonly databaseUrl?: string;
  readonly timeoutMs?: number;
}

/**
 * Starts the real server (`influgentic serve`) in a child process on a free port, with
 * response validation on, and waits until it listens. Rejects with the child's output when
 * it exits first.
 */
export async function spawnServer(options: SpawnOptions = {}): Promise<SpawnedServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ig-e2e-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_ENV: 'test',
    INFLUGENTIC_PORT: '0',
    INFLUGENTIC_DATA_DIR: dataDir,
    INFLUGENTIC_LOG_LEVEL: 'info',
    INFLUGENTIC_HTTP__VALIDATE_RESPONSES: 'true',
    INFLUGENTIC_HTTP__SHUTDOWN_TIMEOUT_MS: '3000',
    // One key for every process a test starts on one database, as production needs.
    INFLUGENTIC_MASTER_KEY: testMasterKey,
    ...(options.databaseUrl ? { INFLUGENTIC_DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bin/influgentic.ts'), 'serve'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output.join('\n')}`)), options.timeoutMs ?? 30_000);
    const onLine = (line: string) => {
      output.push(line);
      const match = /"address":"([^"]+):(\d+)"/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[2]}`);
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        lines.forEach(onLine);
      });
    }
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before listening:\n${output.join('\n')}`));
    });
  });
  const printed = output.join('\n');
  const keys = { live: /live: (ig_live_\w+)/.exec(printed)?.[1] ?? '', test: /test: (ig_test_\w+)/.exec(printed)?.[1] ?? '' };
  return {
    baseUrl,
    keys,
    child,
    output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}

/** Runs the CLI to completion and returns its exit code and output (start-up refusals). */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bin/influgentic.ts'), ...args], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        INFLUGENTIC_DATA_DIR: mkdtempSync(join(tmpdir(), 'ig-cli-')),
        INFLUGENTIC_PORT: '0',
        INFLUGENTIC_MASTER_KEY: testMasterKey,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
