import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** PGlite's version: a template is only ever loaded by the PGlite that made it. */
function pgliteVersion(): string {
  const manifest = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * A freshly initialised, empty PGlite cluster as a tarball, made at build time (`npm run build`) beside
 * the compiled server. Creating a cluster runs initdb in WebAssembly: ~5 s, half of a cold start. Loading
 * this copy takes ~1 s. It holds nothing but what initdb writes; the server migrates and seeds it as
 * it would a new directory.
 */
export function pgliteTemplateFile(): string {
  return path.join(__dirname, '..', '..', `pglite-template-${pgliteVersion()}.tar.gz`);
}

/** Writes the template if this build has none yet. */
export async function buildPgliteTemplate(): Promise<string> {
  const file = pgliteTemplateFile();
  if (fs.existsSync(file)) return file;
  const dir = fs.mkdtempSync(path.join(path.dirname(file), '.pglite-template-'));
  try {
    const db = await PGlite.create(dir);
    const dump = await db.dumpDataDir('gzip');
    await db.close();
    fs.writeFileSync(`${file}.partial`, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(`${file}.partial`, file);
    return file;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
