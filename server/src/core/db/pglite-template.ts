import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { migrations } from '../../migrations';
import { appRole } from '../../migrations/1795889057581-foundation-security.migration';
import { createDataSource } from './data-source';
import { pgliteVersion } from './pglite-version';
import { sqlDefinitionsChecksum } from './sql-definitions';

/** What a template holds: these migrations and SQL definitions, granting to this application role. */
function migrationsKey(): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify({ migrations: migrations.map((m) => m.name), definitions: sqlDefinitionsChecksum(), role: appRole() }))
    .digest('hex')
    .slice(0, 16);
}

/**
 * A new PGlite cluster with every migration applied, as a tar file, made at build time (`npm run build`)
 * beside the compiled server. Creating a cluster runs initdb in WebAssembly (~5 s) and migrating it takes
 * ~2 s more: most of a cold start. Loading this copy takes ~1.5 s. It holds the schema and nothing else (no
 * migration writes a secret or a row of data); the server seeds it as it would a new directory. Its name
 * carries PGlite's version and the migrations it holds, so a server only ever loads a template of its
 * own schema; with another DB_APP_ROLE, or a build that could not write one, it creates the cluster.
 */
export function pgliteTemplateFile(): string {
  return path.join(__dirname, '..', '..', `pglite-template-${pgliteVersion()}-${migrationsKey()}.tar`);
}

/** Writes the template if this build has none yet. */
export async function buildPgliteTemplate(): Promise<string> {
  const file = pgliteTemplateFile();
  if (fs.existsSync(file)) return file;
  const dir = fs.mkdtempSync(path.join(path.dirname(file), '.pglite-template-'));
  try {
    const db = await PGlite.create(dir);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    const dataSource = createDataSource({
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      poolSize: 1,
      keepConnectionsOpen: true,
      entities: [],
      migrations,
    });
    try {
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await server.stop();
    }
    // Uncompressed (~40 MB): loading it takes ~1.5 s, the gzipped one ~2.3 s (decompressed in JavaScript).
    const dump = await db.dumpDataDir('none');
    await db.close();
    fs.writeFileSync(`${file}.partial`, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(`${file}.partial`, file);
    // Templates of earlier builds (another schema) would only take space.
    for (const name of fs.readdirSync(path.dirname(file))) {
      if (/^pglite-template-.*\.tar(\.gz)?$/.test(name) && name !== path.basename(file)) fs.rmSync(path.join(path.dirname(file), name), { force: true });
    }
    return file;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
