// The bench baseline: a bare express 5 + better-sqlite3 server that answers each scenario's
// request from the same data as the real server, with none of the platform's request path.
// Started by run.ts as a child process: `tsx scripts/bench/baseline.ts <port> <sqlite file>`.
import Database from 'better-sqlite3';
import express from 'express';

const [portArg = '0', file = ':memory:'] = process.argv.slice(2);
const db = new Database(file, { readonly: file !== ':memory:', fileMustExist: file !== ':memory:' });
db.pragma('journal_mode = WAL');
const app = express();
app.disable('x-powered-by');
app.set('etag', false);

app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});

const server = app.listen(Number(portArg), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ baseline: true, port: typeof address === 'object' && address ? address.port : 0 })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
