// Bench scenarios of the agent registry with 100,000 agents (run by run.ts), and the bare
// express + better-sqlite3 baseline's answer to the same requests (mounted by baseline.ts):
// the same SQL on the same rows, with none of the platform's request path.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Express } from 'express';
import { openDatabase } from '../../core/db/index.js';
import { encodeCursor } from '../../core/http/cursor.js';
import { synthesize } from '../catalog/synthesize.js';

export const agentCount = 100_000;

export interface AgentScenario {
  readonly name: string;
  readonly description: string;
  readonly method: 'GET';
  readonly path: string;
  readonly authenticated: true;
  readonly target?: number;
  /** Connections for this scenario (the full-text target is at concurrency 1). */
  readonly connections?: number;
  /** The server's p99 must stay under this many milliseconds. */
  readonly p99Target?: number;
}

/**
 * Fills `{dataDir}/influgentic.db` with the synthetic agents and returns the scenarios; the
 * deep-page cursor is the one the API hands out for page 250 of the category.
 */
export async function prepareAgentScenarios(dataDir: string): Promise<AgentScenario[]> {
  const file = join(dataDir, 'influgentic.db');
  await synthesize(`sqlite:${file}`, agentCount);
  const db = await openDatabase({ url: `sqlite:${file}` });
  let cursor: string;
  try {
    const { rows } = await db.kysely
      .selectFrom('agents_agents')
      .select(['id', 'reach'])
      .where('category', '=', 'fashion_lifestyle')
      .orderBy('reach', 'desc')
      .orderBy('id')
      .offset(20 * 250 - 1)
      .limit(1)
      .execute()
      .then((found) => ({ rows: found as { id: string; reach: number }[] }));
    cursor = encodeCursor(['reach', Number(rows[0]!.reach), rows[0]!.id]);
  } finally {
    await db.close();
  }
  return [
    {
      name: 'agents-filtered',
      description: `GET /v1/agents, ${agentCount} agents: category + language filter, sorted by rating, first page with meta.total`,
      method: 'GET',
      path: '/v1/agents?category=tech&language=en&sort=rating&limit=20',
      authenticated: true,
      target: 0.6,
    },
    {
      name: 'agents-deep-page',
      description: `GET /v1/agents, ${agentCount} agents: page 251 of a category by reach, through a keyset cursor`,
      method: 'GET',
      path: `/v1/agents?category=fashion_lifestyle&sort=reach&limit=20&cursor=${cursor}`,
      authenticated: true,
    },
    {
      name: 'agents-search',
      description: `GET /v1/agents?q=..., ${agentCount} agents: full-text query (two prefixes), relevance order, at concurrency 1`,
      method: 'GET',
      path: '/v1/agents?q=vinyl%20concerts&limit=20',
      authenticated: true,
      connections: 1,
      p99Target: 15,
    },
  ];
}

const listColumns =
  'a.id, a.org_id, a.livemode, a.custom, a.name, a.headline, a.category, a.subcategories, a.use_cases, a.languages, a.tier, a.status, a.visibility, a.reach, a.engagement_rate, a.total_campaigns, a.rating, a.rating_sort, a.created_at';
const sortColumns: Record<string, string> = { reach: 'reach', engagement: 'engagement_rate', campaigns: 'total_campaigns', rating: 'rating_sort' };

/** The baseline's GET /v1/agents for the scenarios above: key lookup, list and count in the same SQL, the same JSON. */
export function mountAgentsBaseline(app: Express, db: BetterSqlite3.Database): void {
  const findKey = db.prepare('select k.org_id, k.livemode, k.revoked_at from org_api_keys k where k.hash = ?');
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepared = (text: string) => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = db.prepare(text)));
    return statement;
  };
  app.get('/v1/agents', (req, res) => {
    const key = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
    const principal = key ? (findKey.get(createHash('sha256').update(key).digest('hex')) as { org_id: string; livemode: number; revoked_at: string | null } | undefined) : undefined;
    if (!principal || principal.revoked_at) {
      res.status(401).json({ code: 'unknown_api_key' });
      return;
    }
    const mode = principal.livemode === 1 ? 'live' : 'test';
    const query = req.query as Record<string, string | undefined>;
    const limit = Number(query['limit'] ?? 20);
    const where = ['a.audience in (?, ?, ?)'];
    const args: unknown[] = ['*', `*:${mode}`, `${principal.org_id}:${mode}`];
    if (query['category']) (where.push('a.category = ?'), args.push(query['category']));
    if (query['language']) (where.push("a.language_keys like ? escape '\\'"), args.push(`%|${query['language']}|%`));
    let rows: Record<string, unknown>[];
    let total: number;
    if (query['q']) {
      const words = query['q'].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const match = words.map((word) => `"${word}"*`).join(' ');
      const source = `(select a.id, a.reach, a.engagement_rate, a.total_campaigns, a.rating_sort, -bm25(agents_search, 10.0, 4.0, 2.0, 1.0) as score from agents_search s join agents_agents a on a.search_rowid = s.rowid where agents_search match ? and ${where.join(' and ')})`;
      rows = prepared(
        `select ${listColumns}, p.score, p.total from (select y.id, y.score, y.sort_value, y.total from (select x.id, x.score, x.score as sort_value, count(*) over () as total from ${source} x) y order by y.sort_value desc, y.id limit ?) p join agents_agents a on a.id = p.id order by p.sort_value desc, p.id`,
      ).all(match, ...args, limit + 1) as Record<string, unknown>[];
      total = rows.length > 0 ? Number(rows[0]!['total']) : (prepared(`select count(*) as n from ${source} x`).get(match, ...args) as { n: number }).n;
    } else {
      const sort = sortColumns[query['sort'] ?? 'reach'] ?? 'reach';
      total = (prepared(`select count(*) as n from agents_agents a where ${where.join(' and ')}`).get(...args) as { n: number }).n;
      const listWhere = [`+${where[0]}`, ...where.slice(1)];
      const listArgs = [...args];
      if (query['cursor']) {
        const [, value, id] = JSON.parse(Buffer.from(query['cursor'].slice(4), 'base64url').toString('utf8')) as [string, number, string];
        listWhere.push(`(a.${sort} < ? or (a.${sort} = ? and a.id > ?))`);
        listArgs.push(value, value, id);
      }
      rows = prepared(`select ${listColumns}, 0 as score from agents_agents a where ${listWhere.join(' and ')} order by a.${sort} desc, a.id limit ?`).all(...listArgs, limit + 1) as Record<string, unknown>[];
    }
    const page = rows.slice(0, limit);
    res.json({
      data: page.map((row) => ({
        id: row['id'],
        name: row['name'],
        headline: row['headline'],
        category: row['category'],
        subcategories: JSON.parse(String(row['subcategories'])),
        use_cases: JSON.parse(String(row['use_cases'])),
        languages: JSON.parse(String(row['languages'])),
        reach: row['reach'],
        engagement_rate: row['engagement_rate'],
        total_campaigns: row['total_campaigns'],
        rating: row['rating'],
        tier: row['tier'],
        status: row['status'],
        visibility: row['visibility'],
        custom: row['custom'] === 1,
        owned: false,
        avatar_url: row['custom'] === 0 ? `http://127.0.0.1/cdn/agents/${String(row['id'])}/assets/avatar.svg` : null,
        created_at: row['created_at'],
      })),
      meta: { total, limit, next_cursor: rows.length > limit ? `cur_${Buffer.from(JSON.stringify(['x', 0, page[page.length - 1]!['id']])).toString('base64url')}` : null },
    });
  });
}
