import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { Client } from 'pg';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { AUTHORIZATION_MATRIX, RLS_WIDER_THAN_API, type Outcome, type Target } from './authorization-matrix';
import { CANARIES } from './support/leak-watch';
import { RUNNERS, type Prepared } from './support/matrix-runners';
import type { GqlResponse } from './support/recording-client';
import { trySubscribe } from './support/subscribe';
import { ACTORS, buildWorld, type ActorName, type SignedInActor, type World } from './support/world';
import { liveSubscriptions } from '../../server/src/core/observability/metrics';

/** The test app's live subscriptions (it runs in this process): trySubscribe reads acceptance off it. */
const liveCount = async () => (await liveSubscriptions.get()).values[0]?.value ?? 0;

/** Every root field of a schema, as `kind:name`. */
function operationsOf(schema: GraphQLSchema): { kind: string; name: string }[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return roots.flatMap(([kind, type]) => (type ? Object.keys(type.getFields()).map((name) => ({ kind, name })) : []));
}

function classify(field: string, res: GqlResponse): string {
  if (res.errors?.length) return String(res.errors[0].extensions?.code ?? `NO_CODE(${res.status})`);
  const value = res.data?.[field];
  if (value === null || value === undefined) return 'null';
  if (value === false) return 'false';
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : 'ok';
  if (typeof value === 'object' && (value as { totalCount?: number }).totalCount === 0) return 'empty';
  return 'ok';
}

// Everything a refused call could have changed; sessions and sign-in attempts change by design.
const STATE_TABLES = [
  'organisations', 'users', 'memberships', 'invitations', 'organisation_keys', 'cases', 'case_persons', 'case_person_private', 'case_person_name_tokens',
  'person_keys', 'case_events', 'case_shares', 'case_reference_counters', 'statements', 'statement_versions', 'statement_translations',
  'statement_signatures', 'statement_cases', 'briefings', 'briefing_cases', 'briefing_approvals', 'briefing_files', 'audit_entries',
  'evidence_files', 'evidence_blobs', 'evidence_metadata', 'evidence_custody',
  'case_tasks', 'notifications', 'notification_preferences', 'mail_messages',
];
// A refused sign-in is itself audited (contract: "every sign-in and failed sign-in"), and so is an
// invitation refused because its email has an account (someone holding the token tried to get in).
const AUDITED_WHEN_REFUSED = new Set(['login', 'acceptInvitation']);

async function fingerprint(w: World, operation: string): Promise<Record<string, string>> {
  const tables = STATE_TABLES.filter((t) => !(t === 'audit_entries' && AUDITED_WHEN_REFUSED.has(operation)));
  const sql = tables.map((t) => `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS f FROM ${t} x`).join(' UNION ALL ');
  const rows = (await w.app.deps.dataSource.query(sql)) as { t: string; f: string }[];
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}

interface Cell {
  operation: string;
  kind: string;
  actor: ActorName;
  target: Target;
  expected: Outcome;
}

const CELLS: Cell[] = Object.entries(AUTHORIZATION_MATRIX).flatMap(([operation, entry]) =>
  (Object.entries(entry.cells) as [Target, Record<ActorName, Outcome>][]).flatMap(([target, row]) =>
    ACTORS.map((actor) => ({ operation, kind: entry.kind, actor, target, expected: row[actor] })),
  ),
);

const SERVED_SCHEMA_FILE = path.join(__dirname, '../../server/schema.graphql');

describe('authorization matrix', () => {
  let w: World;
  let db: Client;
  let scratch: ScratchDatabase | null = null;
  let logMark = 0;
  const sqlChecked: string[] = [];

  beforeAll(async () => {
    // A database of its own: the refusal cells checksum whole tables, which other test files
    // write to in parallel. The embedded fallback has one database only, so it shares it.
    if (!embeddedTestDatabase()) {
      scratch = await createScratchDatabase('coalition_matrix');
      await migrateDatabase(scratch.url);
    }
    const url = scratch?.url ?? process.env.COALITION_TEST_DATABASE_URL;
    w = await buildWorld({}, { databaseUrl: url });
    db = new Client({ connectionString: url });
    await db.connect();
    // From here on everyone else acts: nothing may show them the canaries.
    logMark = w.logs.lines.length;
    w.watch.watch();
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    await w?.app.close();
    await scratch?.drop();
  });

  /** Raw SQL as the application role with the actor's settings (app_act_as, what the server calls): PostgreSQL alone. */
  async function rowsAsActor(actor: ActorName, text: string, params: unknown[]): Promise<number> {
    await db.query('BEGIN');
    try {
      if (actor !== 'anonymous') await db.query(`SELECT * FROM app_act_as($1)`, [w.users[actor as SignedInActor].id]);
      await db.query(`SET LOCAL ROLE ${w.app.deps.config.DB_APP_ROLE}`);
      return (await db.query(text, params)).rowCount ?? 0;
    } finally {
      await db.query('ROLLBACK');
    }
  }

  describe('covers the schema', () => {
    it('lists every operation of the served schema and of server/schema.graphql, with a runner, under the right kind', () => {
      const served = operationsOf(w.app.app.schema);
      const committed = operationsOf(buildSchema(fs.readFileSync(SERVED_SCHEMA_FILE, 'utf8')));
      const missing = [...served, ...committed]
        .filter(({ kind, name }) => AUTHORIZATION_MATRIX[name]?.kind !== kind || !RUNNERS[name])
        .map(({ kind, name }) => `${kind} ${name}`);
      expect([...new Set(missing)]).toEqual([]);
      const stale = Object.keys(AUTHORIZATION_MATRIX).filter((name) => !served.some((o) => o.name === name));
      expect(stale).toEqual([]);
      expect(Object.keys(RUNNERS).sort()).toEqual(Object.keys(AUTHORIZATION_MATRIX).sort());
    });

    it('has a row for every actor in every cell list', () => {
      for (const entry of Object.values(AUTHORIZATION_MATRIX)) {
        for (const row of Object.values(entry.cells)) expect(Object.keys(row!).sort()).toEqual([...ACTORS].sort());
      }
    });
  });

  describe.each(Object.keys(AUTHORIZATION_MATRIX))('%s', (operation) => {
    it.each(CELLS.filter((c) => c.operation === operation))('$actor on $target: $expected', async (cell) => {
      const prepared: Prepared = await RUNNERS[cell.operation](w, cell.actor, cell.target);
      const refused = cell.expected !== 'ok';
      const before = refused ? await fingerprint(w, cell.operation) : null;

      let outcome: string;
      if (cell.kind === 'subscription') {
        const client = prepared.client ?? w.actors[cell.actor];
        const result = await trySubscribe(w.app.url, client.cookie, prepared.query, prepared.variables ?? {}, liveCount);
        w.watch.scan(`${cell.actor}: subscription ${operation}`, result.text);
        outcome = result.code;
      } else {
        const client = prepared.client ?? w.actors[cell.actor];
        const result = await client.gql(prepared.query, prepared.variables ?? {});
        expect(result.status).toBeLessThan(500);
        outcome = classify(operation, result);
        if (outcome === 'ok' && prepared.check) prepared.check(result.data!);
      }
      expect(outcome).toBe(cell.expected);

      if (before) expect(await fingerprint(w, cell.operation)).toEqual(before);

      if (AUTHORIZATION_MATRIX[operation].kind !== 'mutation') {
        for (const probe of prepared.sql ?? []) {
          const wider = RLS_WIDER_THAN_API.some((x) => x.operation === operation && x.targets.includes(cell.target) && x.actors.includes(cell.actor));
          const visible = probe.visible ?? (cell.expected === 'ok' || wider);
          const rows = await rowsAsActor(cell.actor, probe.text, probe.params);
          sqlChecked.push(`${operation}/${cell.target}/${cell.actor}`);
          expect({ probe: probe.text, visible: rows > 0 }).toEqual({ probe: probe.text, visible });
        }
      }
    });
  });

  describe('canaries', () => {
    it('ran the read cells a second time as raw SQL', () => {
      expect(sqlChecked.length).toBeGreaterThan(100);
      process.stdout.write(
        `\nauthorization matrix: ${Object.keys(AUTHORIZATION_MATRIX).length} operations, ${CELLS.length} cells through GraphQL, ` +
          `${sqlChecked.length} raw-SQL probes as the app role, ${CELLS.filter((c) => c.expected !== 'ok').length} refusals checked for unchanged state\n`,
      );
    });

    it('never appear in an export, for any actor but the owner', async () => {
      const queries = ['', `?ownerOrganisationId=${w.other.org.id}`, `?search=${encodeURIComponent(CANARIES[0])}`];
      for (const actor of ACTORS) {
        for (const format of ['csv', 'json', 'xlsx'] as const) {
          for (const q of queries) {
            const response = await w.actors[actor].get(`/exports/cases.${format}${q}`);
            expect(response.status).toBeLessThan(500);
            let text = response.bytes.toString('utf8');
            if (format === 'xlsx' && response.status === 200) {
              const book = new ExcelJS.Workbook();
              await book.xlsx.load(response.bytes as unknown as ArrayBuffer);
              const cells: string[] = [];
              book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.text)))));
              expect(cells.length).toBeGreaterThan(0);
              text = cells.join('\n');
            }
            w.watch.scan(`${actor}: export ${format}${q}`, text);
          }
        }
      }
    });

    it('the owner does see them (the watch would notice)', async () => {
      const owner = w.other.clients.viewer;
      const csv = (await owner.get(`/exports/cases.csv?ownerOrganisationId=${w.other.org.id}`)).bytes.toString('utf8');
      expect(csv).toContain(CANARIES[1]);
      expect(csv).toContain(CANARIES[2]);
    });

    it('appear in no response, error or export to anyone else', () => {
      expect(w.watch.scanned).toBeGreaterThan(CELLS.length);
      process.stdout.write(`canaries: ${w.watch.scanned} responses, exports and errors scanned, ${w.logs.lines.length} log lines at trace level\n`);
      expect(w.watch.leaks.filter((l) => !l.where.startsWith('other.'))).toEqual([]);
    });

    it('appear in no line the server logged, at trace level, from the start', () => {
      const lines = w.logs.lines;
      expect(lines.length).toBeGreaterThan(logMark);
      const leaked = lines.filter((line) => CANARIES.some((c) => line.toLowerCase().includes(c.toLowerCase())));
      expect(leaked).toEqual([]);
    });
  });
});
