import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config/config';
import { sha256Hex } from '../core/crypto/secret-box';
import { pgliteVersion } from '../core/db/pglite-version';

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
export const TEMPLATE_KEY = 'template.key';
/** The demo's dates (a statement's deadline, say) are relative to the seed: an older template is seeded afresh. */
const MAX_AGE_MS = 7 * 24 * 3600 * 1000;

interface Manifest {
  builtAt: string;
  /** Which demo password the accounts were seeded with: another DEMO_PASSWORD seeds afresh. */
  demoPasswordSha256: string;
  /** The role the policies and grants name: another DB_APP_ROLE seeds afresh. */
  appRole: string;
}

/**
 * Every compiled file of the server and every SQL definition: the template is the build's, made again when
 * any of it changes (a migration is compiled code too). Hashed, not imported: a first start reads this in the
 * embedded database's thread before anything else is loaded there.
 */
function codeHash(dist: string): string {
  const hash = crypto.createHash('sha256').update(pgliteVersion());
  const walk = (dir: string, file: (name: string) => boolean) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('pglite-')) walk(full, file);
      else if (entry.isFile() && file(entry.name)) hash.update(path.relative(dist, full)).update(fs.readFileSync(full));
    }
  };
  walk(dist, (name) => name.endsWith('.js'));
  walk(SQL_DEFINITIONS, (name) => name.endsWith('.sql'));
  return hash.digest('hex').slice(0, 16);
}

/** The compiled server, and the SQL definition files the server installs from its sources (core/db/sql-definitions.ts). */
const DIST = path.join(__dirname, '..');
const SQL_DEFINITIONS = path.join(DIST, '..', 'src', 'db', 'sql');

/** `server/dist/pglite-demo-<PGlite version>-<code>`. */
export function demoTemplateDir(): string {
  return path.join(DIST, `pglite-demo-${pgliteVersion()}-${codeHash(DIST)}`);
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
    const manifest: Manifest = {
      builtAt: new Date().toISOString(),
      demoPasswordSha256: sha256Hex(config.DEMO_PASSWORD),
      appRole: config.DB_APP_ROLE,
    };
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
 * A new embedded DATA_DIR made from the demo template when this server may use it (returns how long it took;
 * null when it may not, and the server seeds as before). The database directory is copied last, under another name and renamed:
 * once `pg` exists, so do the evidence files and the template's key it needs.
 */
export function copyDemoTemplate(config: Config): { ms: number } | null {
  if (!config.embedded || config.EVIDENCE_S3_URL || fs.existsSync(path.join(config.dataDir, 'pg', 'PG_VERSION'))) return null;
  const dir = demoTemplateDir();
  const manifest = readManifest(dir);
  const usable =
    manifest &&
    fresh(manifest) &&
    manifest.demoPasswordSha256 === sha256Hex(config.DEMO_PASSWORD) &&
    manifest.appRole === config.DB_APP_ROLE;
  if (!usable) return null;
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
  return { ms: Math.round(performance.now() - started) };
}
