import fs from 'node:fs';
import path from 'node:path';

/** PGlite's version: a data directory or template is only ever loaded by the PGlite that made it. */
export function pgliteVersion(): string {
  const manifest = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}
