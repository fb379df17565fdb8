import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { appendAudit } from '../core/audit/audit-writer';
import type { Config } from '../core/config/config';
import { open } from '../core/crypto/secret-box';
import { pgliteTemplateFile } from '../core/db/pglite-template';
import { inPooledTransaction } from '../core/db/session-kysely';
import type { Logger } from '../core/observability/logger';
import { organisationKeyAad } from '../modules/cases';
import { resealUnderNewMasterKey } from '../app/master-key-reseal';
import { replaceOrganisationKey } from '../app/organisation-key-reseal';

/*
 * Seeding the demo coalition through the services takes seconds on the embedded database: most of a first
 * start. So `npm run build` seeds it once, into a DATA_DIR of its own, and keeps that directory as the demo
 * template; a first start on an empty embedded DATA_DIR copies it (a directory copy, not PGlite's tar, which
 * it would unpack in WebAssembly) and then gives the copy secrets of its own before it serves:
 *   - the master key: the template's (`template.key`, made by the build) re-sealed to this server's;
 *   - every organisation key: replaced by a new one, everything sealed under it re-sealed, the build's deleted;
 *   - the person-name index: rebuilt under the new master key (cases module, at start).
 * What stays the build's are the per-person and per-file keys of the demo's own fictional persons and files,
 * which are in the source anyway; everything created afterwards gets keys of this server alone.
 */

const MANIFEST = 'demo-template.json';
const TEMPLATE_KEY = 'template.key';
/** The demo's dates (a statement's deadline, say) are relative to the seed: an older template is seeded afresh. */
const MAX_AGE_MS = 7 * 24 * 3600 * 1000;

interface Manifest {
  builtAt: string;
  /** Which demo password the accounts were seeded with: another DEMO_PASSWORD seeds afresh. */
  demoPasswordSha256: string;
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** Every compiled file of the server: the template is the build's, and is made again when any of it changes. */
function codeHash(root: string): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('pglite-')) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.js')) hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 16);
}

/** `server/dist/pglite-demo-<schema template>-<code>`: beside the schema template it starts from. */
export function demoTemplateDir(): string {
  const schema = pgliteTemplateFile();
  const dist = path.dirname(schema);
  return path.join(dist, `pglite-demo-${path.basename(schema, '.tar').replace(/^pglite-template-/, '')}-${codeHash(dist)}`);
}

function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

const fresh = (manifest: Manifest) => Date.now() - Date.parse(manifest.builtAt) < MAX_AGE_MS;

/**
 * Written by `npm run build` after the schema template: starts the server on a temporary embedded DATA_DIR with
 * the default configuration (it seeds the demo as any first start would), stops it, and keeps the directory.
 */
export async function buildDemoTemplate(
  boot: (config: Config) => Promise<{ stop(): Promise<void> }>,
  loadConfig: (env: NodeJS.ProcessEnv) => Config,
): Promise<string> {
  const dir = demoTemplateDir();
  const existing = readManifest(dir);
  if (existing && fresh(existing)) return dir;
  const dist = path.dirname(dir);
  const work = fs.mkdtempSync(path.join(dist, '.pglite-demo-'));
  try {
    const dataDir = path.join(work, 'data');
    // Only what a newcomer's `npm start` has: the builder's own DATABASE_URL or keys must not reach the template.
    const config = loadConfig({ DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', NODE_ENV: 'production' });
    const coalition = await boot(config);
    await coalition.stop();
    fs.renameSync(path.join(dataDir, 'master.key'), path.join(dataDir, TEMPLATE_KEY));
    fs.rmSync(path.join(dataDir, 'uploads'), { recursive: true, force: true });
    const manifest: Manifest = { builtAt: new Date().toISOString(), demoPasswordSha256: sha256(config.DEMO_PASSWORD) };
    fs.writeFileSync(path.join(dataDir, MANIFEST), JSON.stringify(manifest));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(dataDir, dir);
    for (const name of fs.readdirSync(dist)) {
      if (name.startsWith('pglite-demo-') && name !== path.basename(dir))
        fs.rmSync(path.join(dist, name), { recursive: true, force: true });
    }
    return dir;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A new embedded DATA_DIR made from the demo template when this server may use it (returns false otherwise,
 * and the server seeds as before). The database directory is copied last, under another name and renamed:
 * once `pg` exists, so do the evidence files and the template's key it needs.
 */
export function copyDemoTemplate(config: Config, log: Logger): boolean {
  if (!config.embedded || config.EVIDENCE_S3_URL || fs.existsSync(path.join(config.dataDir, 'pg', 'PG_VERSION'))) return false;
  const dir = demoTemplateDir();
  const manifest = readManifest(dir);
  if (!manifest || !fresh(manifest) || manifest.demoPasswordSha256 !== sha256(config.DEMO_PASSWORD)) return false;
  const started = performance.now();
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  fs.cpSync(path.join(dir, 'evidence'), config.evidenceDir, { recursive: true });
  fs.copyFileSync(path.join(dir, TEMPLATE_KEY), path.join(config.dataDir, TEMPLATE_KEY));
  fs.chmodSync(path.join(config.dataDir, TEMPLATE_KEY), 0o600);
  const partial = path.join(config.dataDir, 'pg.partial');
  fs.rmSync(partial, { recursive: true, force: true });
  fs.cpSync(path.join(dir, 'pg'), partial, { recursive: true });
  fs.rmSync(path.join(config.dataDir, 'pg'), { recursive: true, force: true });
  fs.renameSync(partial, path.join(config.dataDir, 'pg'));
  log.info({ ms: Math.round(performance.now() - started) }, "demo coalition copied from the build's template");
  return true;
}

/**
 * A copy of the template still under the template's keys (its `template.key` is there) gets this server's,
 * in one transaction, before anything reads it: a start that dies half-way does it again. Then the key file goes.
 */
export async function rekeyDemoCopy(dataSource: DataSource, config: Config, masterKey: Buffer, log: Logger): Promise<void> {
  const file = path.join(config.dataDir, TEMPLATE_KEY);
  if (!fs.existsSync(file)) return;
  const started = performance.now();
  const templateKey = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  const done = await inPooledTransaction(dataSource, async (db) => {
    const first = await db.selectFrom('organisation_keys').select(['organisation_id', 'wrapped_key']).limit(1).executeTakeFirst();
    if (!first) return null;
    const aad = organisationKeyAad(first.organisation_id);
    if (!opens(templateKey, first.wrapped_key, aad)) {
      // A start that committed this and died before deleting the file: nothing is under the template's key any more.
      if (opens(masterKey, first.wrapped_key, aad)) return null;
      throw new Error(`${file}: the database opens with neither the template's key nor the master key`);
    }
    const resealed = await resealUnderNewMasterKey(db, { old: templateKey, next: masterKey }, () => undefined);
    const organisations = await db.selectFrom('organisations').select('id').orderBy('id').execute();
    let persons = 0;
    let blobs = 0;
    for (const { id } of organisations) {
      const replaced = await replaceOrganisationKey(db, masterKey, id);
      persons += replaced?.persons ?? 0;
      blobs += replaced?.blobs ?? 0;
    }
    const details = {
      ...Object.fromEntries(resealed.map((r) => [r.table, r.count])),
      organisations: organisations.length,
      persons,
      evidenceKeys: blobs,
    };
    await appendAudit(db, null, { action: 'demo.rekey', entityType: 'Coalition', details });
    return details;
  });
  fs.rmSync(file);
  log.info(
    { ms: Math.round(performance.now() - started), ...(done ?? { alreadyDone: true }) },
    "demo coalition given this server's keys",
  );
}

function opens(key: Buffer, sealed: string, aad: string): boolean {
  try {
    open(key, sealed, aad);
    return true;
  } catch {
    return false;
  }
}
