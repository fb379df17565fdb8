import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/** The committed dump of the schema that the migrations and SQL definitions make (CI checks it is fresh). */
export const SCHEMA_SQL_FILE = path.resolve(__dirname, '..', '..', '..', 'schema.sql');

/** PG_DUMP, else PostgreSQL 15's (the version the dump is committed from), else the one on the PATH. */
function pgDump(): string {
  if (process.env.PG_DUMP) return process.env.PG_DUMP;
  const v15 = '/usr/lib/postgresql/15/bin/pg_dump';
  return fs.existsSync(v15) ? v15 : 'pg_dump';
}

/**
 * `pg_dump --schema-only --no-owner` of the database, without what varies between dumps of the same
 * schema: comment lines (versions, object headers), `\restrict` keys, repeated blank lines.
 */
export async function dumpSchema(url: string): Promise<string> {
  const { stdout } = await promisify(execFile)(pgDump(), ['--schema-only', '--no-owner', '--dbname', url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return normaliseSchemaDump(stdout);
}

export function normaliseSchemaDump(dump: string): string {
  return `${dump
    .split('\n')
    .filter((line) => !line.startsWith('--') && !/^\\(un)?restrict\b/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
