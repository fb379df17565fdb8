/* global URL */
// The floor: the least a server can do to answer the nested case page.
// node:http + pg, one SQL statement that builds the whole GraphQL-shaped JSON
// answer in PostgreSQL (lateral json_agg), no framework, no GraphQL, no
// session. It shares nothing with the product on purpose: it is the yardstick
// the product's throughput is divided by.
//
// GET /cases?first=N&org=<uuid> returns the same JSON as the product's
// NESTED_PAGE query (bench/run.mjs) for a member of that organisation: the
// visibility rule of the product's row-level security is written into the
// WHERE clause, so both servers read the same rows.
//
// GET /me with the session cookie answers `{ me { id } }` after the product's authentication SQL and nothing else.
//
// Usage: DATABASE_URL=postgres://... PORT=4100 node bench/floor-server.mjs
import crypto from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

// JIT off, as the product turns it off per request: compiling these short queries costs more than running them.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.FLOOR_POOL_SIZE ?? 10), options: '-c jit=off' });

// The exact count of what the member may read, by visiting every readable case.
const SCANNED_COUNT = `(SELECT count(*) FROM cases c
                    WHERE c.owner_organisation_id = $2
                       OR c.visibility = 'COALITION'
                       OR (c.visibility = 'SHARED' AND EXISTS (SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.organisation_id = $2)))`;
// The same number read from the product's maintained counts (its tables, not its code): the floor for a
// server that keeps such counts too. `?count=maintained` selects it.
const MAINTAINED_COUNT = `((SELECT coalesce(sum(k.n), 0) FROM case_counts k WHERE k.key = '*' AND (k.owner_organisation_id = $2 OR k.visibility = 'COALITION'))
                   + (SELECT count(*) FROM case_shares s WHERE s.organisation_id = $2 AND s.case_visibility = 'SHARED' AND s.owner_organisation_id <> $2))`;

// Named statements: parsed and planned once per connection (prepared statements).
const page = (name, count) => ({
  name,
  text: `
  WITH page AS (
    SELECT c.* FROM cases c
     WHERE c.owner_organisation_id = $2
        OR c.visibility = 'COALITION'
        OR (c.visibility = 'SHARED' AND EXISTS (SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.organisation_id = $2))
     ORDER BY c.created_at DESC, c.id DESC LIMIT $1 + 1
  ), limited AS (
    SELECT * FROM page ORDER BY created_at DESC, id DESC LIMIT $1
  )
  SELECT json_build_object('data', json_build_object('cases', json_build_object(
    'totalCount', ${count},
    'edges', coalesce(json_agg(json_build_object('node', json_build_object(
       'id', l.id, 'reference', l.reference, 'title', l.title, 'status', l.status, 'categories', l.categories,
       'visibility', l.visibility, 'incidentDate', l.incident_date, 'createdAt', to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       'location', json_build_object('city', l.city, 'countryCode', trim(l.country_code)),
       'figures', json_build_object('detained', l.detained, 'deported', l.deported),
       'ownerOrganisation', json_build_object('id', o.id, 'slug', o.slug, 'name', o.name),
       'persons', coalesce(p.persons, '[]'),
       'events', coalesce(e.events, '[]'),
       'shares', coalesce(s.shares, '[]')
     )) ORDER BY l.created_at DESC, l.id DESC), '[]'),
    'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > $1)
  )))::text AS body
  FROM limited l
  JOIN organisations o ON o.id = l.owner_organisation_id
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('id', x.id, 'pseudonym', x.pseudonym, 'role', x.role, 'minor', x.minor,
                                      'citizenship', trim(x.citizenship)) ORDER BY x.position) AS persons
      FROM case_persons x WHERE x.case_id = l.id) p ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('id', x.id, 'type', x.type, 'occurredOn', x.occurred_on, 'title', x.title,
                                      'recordedBy', json_build_object('id', r.id, 'name', r.name)) ORDER BY x.occurred_on, x.created_at, x.id) AS events
      FROM (SELECT * FROM case_events WHERE case_id = l.id ORDER BY occurred_on, created_at, id LIMIT 5) x
      JOIN organisations r ON r.id = x.recorded_by_organisation_id) e ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('access', x.access, 'personalData', x.personal_data,
                                      'organisation', json_build_object('id', so.id, 'name', so.name)) ORDER BY x.granted_at, x.organisation_id) AS shares
      FROM case_shares x JOIN organisations so ON so.id = x.organisation_id
     WHERE x.case_id = l.id AND (x.owner_organisation_id = $2 OR x.organisation_id = $2)) s ON true`,
});
const PAGE = page('floor_nested_page', SCANNED_COUNT);
const PAGE_MAINTAINED = page('floor_nested_page_maintained', MAINTAINED_COUNT);

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://floor');
  if (url.pathname === '/hello') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"me":{"id":"hello"}}}');
    return;
  }
  if (url.pathname === '/me') {
    // `{ me { id } }`'s floor: the product's authentication SQL (the same statement ActorTransaction.open
    // sends: the application role, JIT off, app_authenticate of the session token's hash, in the transaction's
    // first round trip), then COMMIT, and the id written as the product's answer.
    const token = /(?:^|;\s*)coalition_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const client = await pool.connect();
    try {
      const hash = token ? crypto.createHash('sha256').update(token).digest('hex') : null;
      const [, { rows }] = await client.query(
        `START TRANSACTION; SELECT set_config('role', 'coalition_app', true) AS role, set_config('jit', 'off', true) AS jit, a.*
           FROM (SELECT 1) one LEFT JOIN LATERAL app_authenticate(${hash ? client.escapeLiteral(hash) : 'NULL::text'}, 1800) a ON true`,
      );
      await client.query('COMMIT');
      const id = rows[0]?.user_id ?? null;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { me: id ? { id } : null } }));
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error instanceof Error ? error.message : error));
    } finally {
      client.release();
    }
    return;
  }
  if (url.pathname !== '/cases') {
    res.writeHead(404).end();
    return;
  }
  try {
    const first = Math.min(Math.max(Number(url.searchParams.get('first') ?? 25), 0), 1000);
    const statement = url.searchParams.get('count') === 'maintained' ? PAGE_MAINTAINED : PAGE;
    const { rows } = await pool.query({ ...statement, values: [first, url.searchParams.get('org')] });
    res.writeHead(200, { 'content-type': 'application/json' }).end(rows[0].body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error instanceof Error ? error.message : error));
  }
});

server.listen(Number(process.env.PORT ?? 4100), '127.0.0.1', () => {
  process.stdout.write(`floor listening on ${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
