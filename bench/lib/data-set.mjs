/* global Buffer */
// The bench database: recreated, migrated and seeded by the product, then the scale data set generated.
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { ADMIN_URL, BENCH_DB, BENCH_URL, CASES, MAIN, MASTER_KEY, REUSE, ROOT, log, progress, require } from './settings.mjs';
import { productEnv, startProcess } from './processes.mjs';

export async function recreateDatabase() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  if (REUSE) {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [BENCH_DB])).rowCount > 0;
    if (exists) {
      const db = new pg.Client({ connectionString: BENCH_URL });
      await db.connect();
      const n = await db.query(`SELECT count(*)::int AS n FROM cases WHERE reference LIKE 'B-%'`).then((r) => r.rows[0].n).catch(() => -1);
      await db.end();
      if (n === CASES) {
        await admin.end();
        log(`reusing ${BENCH_DB} with ${n.toLocaleString('en')} cases`);
        return false;
      }
    }
  }
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [BENCH_DB]);
  await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB}`);
  await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  await admin.end();
  return true;
}

/** Migrations and the demo coalition (organisations, members, keys) come from the product itself. */
export async function migrateAndSeed() {
  const server = await startProcess(MAIN, productEnv({ SEED_DEMO: '1' }), '/health');
  await server.stop();
}

export const CATEGORIES = ['RAID', 'ARBITRARY_DETENTION', 'DEPORTATION', 'ILL_TREATMENT', 'DOCUMENTATION', 'FAMILY_SEPARATION', 'DISCRIMINATION', 'OTHER'];
export const COUNTRIES = ['RU', 'TJ', 'UZ', 'KG', 'GE', 'AM', 'FR', 'KZ'];
// Words for titles, so that a full-text search matches a realistic slice (1/64 of the cases per word).
export const WORDS = Array.from({ length: 64 }, (_, i) => `w${i.toString(36)}${['raid', 'market', 'dormitory', 'construction', 'bazaar', 'metro', 'hostel', 'depot'][i % 8]}`);

export async function generate() {
  const db = new pg.Client({ connectionString: BENCH_URL });
  await db.connect();
  const { seal, open } = require(path.join(ROOT, 'server/dist/core/crypto/secret-box.js'));
  const { statementContentHash } = require(path.join(ROOT, 'shared/dist/index.js'));
  const { personNameTokens } = require(path.join(ROOT, 'server/dist/modules/cases/person-name.crypto.js'));
  const masterKey = Buffer.from(MASTER_KEY, 'base64');
  const orgs = (await db.query(`SELECT id, slug FROM organisations ORDER BY slug`)).rows;
  if (orgs.length !== 8) throw new Error(`expected the 8 demo organisations, found ${orgs.length}`);
  const [{ id: userId }] = (await db.query(`SELECT id FROM users ORDER BY created_at LIMIT 1`)).rows;
  // Bulk load as the owner: replica mode skips triggers (the search vector is computed in the INSERT
  // itself with the product's search_document, as the trigger would, events' text included) and foreign-key checks (every id below is generated consistently).
  await db.query(`SET session_replication_role = replica`);
  await db.query(`CREATE TEMP TABLE bench_orgs AS SELECT row_number() OVER (ORDER BY slug) - 1 AS n, id FROM organisations`);
  await db.query(`CREATE TEMP TABLE bench_words (n int, w text)`);
  await db.query(`INSERT INTO bench_words SELECT i - 1, w FROM unnest($1::text[]) WITH ORDINALITY AS t(w, i)`, [WORDS]);

  const batch = Math.min(50_000, CASES);
  for (let from = 1; from <= CASES; from += batch) {
    const to = Math.min(CASES, from + batch - 1);
    // Case i belongs to organisation i % 8; visibility: 50% COALITION, 40% RESTRICTED, 10% SHARED with the next organisation.
    await db.query(
      `WITH g AS (
         SELECT i, o.id AS org, w.w AS word, (ARRAY[${COUNTRIES.map((c) => `'${c}'`).join(',')}])[1 + i % 8] AS cc,
                (ARRAY[${COUNTRIES.map((c) => `'${c}'`).join(',')}])[1 + (i / 8) % 8] AS dest,
                CASE WHEN i % 10 < 5 THEN 'COALITION' WHEN i % 10 < 9 THEN 'RESTRICTED' ELSE 'SHARED' END AS vis
           FROM generate_series($1::int, $2::int) i
           JOIN bench_orgs o ON o.n = i % 8
           JOIN bench_words w ON w.n = (i / 8) % 64
       ), ins_cases AS (
         INSERT INTO cases (id, owner_organisation_id, reference, title, summary, status, categories, visibility, incident_date,
                            city, country_code, countries, detained, deported, injured, children_affected, created_at, updated_at, search)
         SELECT md5('case' || i)::uuid, org, 'B-' || i, 'Case ' || i || ' ' || word, 'Bench case ' || i || ' near the ' || word,
                (ARRAY['OPEN','MONITORING','CLOSED','RESOLVED'])[1 + i % 4],
                ARRAY[(ARRAY[${CATEGORIES.map((c) => `'${c}'`).join(',')}])[1 + i % 8]],
                vis, date '2010-01-01' + (i % 5000), 'City ' || (i % 97), cc,
                CASE WHEN cc = dest THEN ARRAY[cc] ELSE ARRAY(SELECT unnest(ARRAY[cc, dest]) ORDER BY 1) END,
                i % 4, i % 3, i % 5, CASE WHEN i % 11 = 0 THEN 1 ELSE 0 END,
                timestamptz '2013-01-01' + i * interval '1 minute', timestamptz '2013-01-01' + i * interval '1 minute',
                search_document('B-' || i || ' Case ' || i || ' ' || word, 'A') || search_document('Bench case ' || i || ' near the ' || word, 'B')
                  || search_document('Detained Deported', 'C')
           FROM g RETURNING 1
       ), ins_events AS (
         INSERT INTO case_events (id, case_id, recorded_by_organisation_id, type, occurred_on, title, description, country_code, destination_country_code, created_at)
         SELECT md5('event' || i || '-' || k)::uuid, md5('case' || i)::uuid, org,
                CASE WHEN k = 1 THEN 'DETENTION' ELSE 'DEPORTATION' END, date '2010-01-01' + (i % 5000) + k,
                CASE WHEN k = 1 THEN 'Detained' ELSE 'Deported' END, '', cc, CASE WHEN k = 2 THEN dest END,
                timestamptz '2013-01-01' + i * interval '1 minute'
           FROM g CROSS JOIN generate_series(1, 2) k RETURNING 1
       ), ins_persons AS (
         INSERT INTO case_persons (id, case_id, position, pseudonym, role, minor, citizenship, created_at)
         SELECT md5('person' || i)::uuid, md5('case' || i)::uuid, 0, 'Person A', 'VICTIM', i % 13 = 0, dest,
                timestamptz '2013-01-01' + i * interval '1 minute'
           FROM g RETURNING 1
       )
       INSERT INTO case_shares (case_id, organisation_id, owner_organisation_id, access, personal_data, granted_at, case_visibility)
       SELECT md5('case' || i)::uuid, (SELECT id FROM bench_orgs WHERE n = (i + 1) % 8), org, 'READ', false, timestamptz '2013-01-01' + i * interval '1 minute', vis
         FROM g WHERE vis = 'SHARED'
         AND (SELECT count(*) FROM ins_cases) >= 0 AND (SELECT count(*) FROM ins_events) >= 0 AND (SELECT count(*) FROM ins_persons) >= 0`,
      [from, to],
    );
    progress('cases, events, persons', to, CASES);
  }

  // Personal data sealed exactly as the product seals it: per-organisation data key
  // wrapped by the master key, AES-256-GCM bound to the row and column.
  // Each person has a key of their own (person_keys, wrapped by the organisation key's version) that seals their fields;
  // a product before per-person keys (no person_keys table) seals them with the organisation key itself.
  const keys = new Map();
  const versions = new Map();
  for (const org of orgs) {
    const existing = (await db.query(`SELECT wrapped_key, version FROM organisation_keys WHERE organisation_id = $1 ORDER BY version DESC LIMIT 1`, [org.id]).catch(() =>
      db.query(`SELECT wrapped_key, 1 AS version FROM organisation_keys WHERE organisation_id = $1`, [org.id]),
    )).rows[0];
    let key;
    if (existing) key = open(masterKey, existing.wrapped_key, `organisation_keys:${org.id}:wrapped_key`);
    else {
      key = crypto.randomBytes(32);
      await db.query(`INSERT INTO organisation_keys (organisation_id, wrapped_key) VALUES ($1, $2)`, [org.id, seal(masterKey, key, `organisation_keys:${org.id}:wrapped_key`)]);
    }
    keys.set(org.id, key);
    versions.set(org.id, existing?.version ?? 1);
  }
  const personKeys = (await db.query(`SELECT to_regclass('person_keys') IS NOT NULL AS present`)).rows[0].present;
  const orderedOrgIds = (await db.query(`SELECT id FROM bench_orgs ORDER BY n`)).rows.map((r) => r.id);
  for (let from = 1; from <= CASES; from += 20_000) {
    const to = Math.min(CASES, from + 19_999);
    const ids = [];
    const owners = [];
    const names = [];
    const tokens = [];
    const personKeyRows = [];
    for (let i = from; i <= to; i++) {
      const id = uuidFromMd5(`person${i}`);
      const owner = orderedOrgIds[i % 8];
      ids.push(id);
      owners.push(owner);
      // Surnames shared by 1/64 of the persons, as a word is by 1/64 of the cases.
      const name = benchPersonName(i);
      let sealWith = keys.get(owner);
      if (personKeys) {
        sealWith = crypto.randomBytes(32);
        const version = versions.get(owner);
        personKeyRows.push([id, owner, version, seal(keys.get(owner), sealWith, `person_keys:${id}:${version}`)]);
      }
      names.push(seal(sealWith, name, `case_person_private:${id}:full_name`));
      // The blind index as the product writes it (person-name.crypto.ts); a Postgres array literal of hex tokens.
      tokens.push(`{${personNameTokens(masterKey, owner, name).join(',')}}`);
    }
    if (personKeys) {
      await db.query(
        `INSERT INTO person_keys (person_id, organisation_id, key_version, wrapped_key)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[])`,
        [personKeyRows.map((r) => r[0]), personKeyRows.map((r) => r[1]), personKeyRows.map((r) => r[2]), personKeyRows.map((r) => r[3])],
      );
    }
    // key_version: NULL (sealed with the person's key) where person keys exist; the column's default before.
    await db.query(
      `INSERT INTO case_person_private (person_id, owner_organisation_id, full_name, name_tokens)
       SELECT a, b, c, d::text[] FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS t(a, b, c, d)`,
      [ids, owners, names, tokens],
    ).catch(async (error) => {
      // A product before the blind index (no name_tokens column): the names alone.
      if (!/name_tokens/.test(String(error.message))) throw error;
      await db.query(`INSERT INTO case_person_private (person_id, owner_organisation_id, full_name) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [ids, owners, names]);
    });
    progress('sealed personal data', to, CASES);
  }

  // 200 statements, each signed by 3 to 8 organisations on its current version.
  for (let n = 0; n < 200; n++) {
    const id = uuidFromMd5(`statement${n}`);
    const versionId = uuidFromMd5(`statement-version${n}`);
    const translations = [{ language: 'EN', title: `Bench statement ${n}`, body: `We, the undersigned organisations, call for ${WORDS[n % 64]}.` }];
    const hash = statementContentHash(translations);
    const initiator = orderedOrgIds[n % 8];
    await db.query(
      `INSERT INTO statements (id, slug, initiator_organisation_id, status, addressees, primary_language, current_version_number, published_at, created_by_user_id)
       VALUES ($1, $2, $3, $4, '{Prosecutor General}', 'EN', 1, $5, $6)`,
      [id, `bench-${n}`, initiator, n % 4 === 0 ? 'OPEN_FOR_SIGNATURE' : 'PUBLISHED', n % 4 === 0 ? null : new Date(), userId],
    );
    await db.query(`INSERT INTO statement_versions (id, statement_id, number, content_hash, created_by_user_id) VALUES ($1, $2, 1, $3, $4)`, [versionId, id, hash, userId]);
    await db.query(`INSERT INTO statement_translations (version_id, language, title, body) VALUES ($1, 'EN', $2, $3)`, [versionId, translations[0].title, translations[0].body]);
    const signers = 3 + (n % 6);
    for (let k = 0; k < signers; k++) {
      await db.query(
        `INSERT INTO statement_signatures (statement_id, organisation_id, signatory_name, version_number, content_hash, signed_by_user_id) VALUES ($1, $2, $3, 1, $4, $5)`,
        [id, orderedOrgIds[(n + k) % 8], `Signatory ${k}`, hash, userId],
      );
    }
    await db.query(`INSERT INTO statement_cases (statement_id, case_id) VALUES ($1, $2)`, [id, uuidFromMd5(`case${1 + n}`)]);
    progress('statements', n + 1, 200);
  }
  await db.query(`SET session_replication_role = origin`);
  // VACUUM as well as ANALYZE: the steady state autovacuum keeps a live database in (hint bits set,
  // visibility map current), not the state right after a bulk load.
  log('VACUUM ANALYZE ...');
  await db.query(`VACUUM ANALYZE`);
  await db.end();
}

/** Person i's name: a given name and one of 64 surnames, so a surname is in 1/64 of the cases. */
export function benchPersonName(i) {
  return `Bench${i} ${SURNAMES[Math.floor(i / 8) % 64]}`;
}
export const SURNAMES = Array.from({ length: 64 }, (_, i) => `Nazarov${i.toString(36)}`);

/** PostgreSQL's md5(text)::uuid, in JavaScript, so both sides name the same rows. */
export function uuidFromMd5(text) {
  const h = crypto.createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Brings derived state (the statistics rollup, when the product has one) up to date before measuring. */
export async function refreshDerived(fresh) {
  const db = new pg.Client({ connectionString: BENCH_URL });
  await db.connect();
  const has = (await db.query(`SELECT 1 FROM pg_proc WHERE proname = 'case_statistics_refresh'`)).rowCount > 0;
  if (has) {
    const t = Date.now();
    // The bulk load ran with triggers off, so no change was noted: note one, or the rollup computed by the
    // migration (before the data existed) would look current.
    await db.query(`INSERT INTO case_statistics_changes DEFAULT VALUES`);
    await db.query(`SELECT case_statistics_refresh()`);
    log(`statistics rollup refreshed in ${Date.now() - t} ms`);
  }
  // Likewise the maintained case counts (migration CaseCounts): recounted from the cases.
  if ((await db.query(`SELECT 1 FROM pg_proc WHERE proname = 'case_counts_rebuild'`)).rowCount > 0) {
    await db.query(`SELECT case_counts_rebuild()`);
    // The rebuild rewrote the shares' copies (visibility, count keys): the steady state autovacuum keeps
    // (an index-only scan of the actor's shares, not a heap visit per share).
    await db.query(`VACUUM ANALYZE case_shares, case_counts`);
  }
  // And the search table (migration CaseSearchMatches), after a load that ran without its triggers. On
  // --reuse the triggers (or the migration that created it) have kept it.
  if (fresh && (await db.query(`SELECT 1 FROM pg_proc WHERE proname = 'case_search_rebuild'`)).rowCount > 0) {
    const t = Date.now();
    await db.query(`SELECT case_search_rebuild()`);
    await db.query(`VACUUM ANALYZE case_search`);
    log(`search table rebuilt in ${Date.now() - t} ms`);
  }
  // On --reuse, newer migrations may have rewritten rows: measure the steady state autovacuum keeps.
  if (REUSE) {
    log('VACUUM ANALYZE ...');
    await db.query(`VACUUM ANALYZE`);
  }
  await db.end();
  return has;
}
