// The bench baseline: a bare express 5 + better-sqlite3 server that answers each scenario's
// request from the same data as the real server, with none of the platform's request path.
// Started by run.ts as a child process: `tsx scripts/bench/baseline.ts <port> <sqlite file>`.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import express from 'express';
import { mountAgentsBaseline } from './agents.js';

const [portArg = '0', file = ':memory:'] = process.argv.slice(2);
const db = new Database(file, { readonly: file !== ':memory:', fileMustExist: file !== ':memory:' });
db.pragma('journal_mode = WAL');
const app = express();
app.disable('x-powered-by');
app.set('etag', false);

app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});

// The same answer as GET /v1/org, from the same rows, with none of the platform's request path.
const findKey = db.prepare(
  'select k.id, k.org_id, k.livemode, k.revoked_at, k.expires_at, o.name, o.plan, o.created_at from org_api_keys k join org_orgs o on o.id = k.org_id where k.hash = ?',
);
const limits: Record<string, object> = {
  starter: { read: 300, write: 60, generate: 10, events: 120 },
  growth: { read: 1200, write: 300, generate: 60, events: 600 },
  enterprise: { read: 6000, write: 1500, generate: 300, events: 3000 },
};
app.get('/v1/org', (req, res) => {
  const key = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
  const row = key ? (findKey.get(createHash('sha256').update(key).digest('hex')) as Record<string, string | number | null> | undefined) : undefined;
  if (!row || row.revoked_at) {
    res.status(401).json({ code: 'unknown_api_key' });
    return;
  }
  res.json({
    id: row.org_id,
    name: row.name,
    plan: row.plan,
    mode: row.livemode === 1 ? 'live' : 'test',
    rate_limits: { window_seconds: 60, ...limits[String(row.plan)] },
    created_at: row.created_at,
  });
});

// GET /v1/agents for the agents scenarios (answers only when the agents tables exist).
if (db.prepare("select 1 from sqlite_master where name = 'agents_agents'").get()) mountAgentsBaseline(app, db);

const server = app.listen(Number(portArg), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ baseline: true, port: typeof address === 'object' && address ? address.port : 0 })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
