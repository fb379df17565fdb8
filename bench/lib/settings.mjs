/* global URL */
// Arguments, fixed names and keys, logging: what every part of the bench reads.
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const require = createRequire(import.meta.url);

export const args = process.argv.slice(2);
export const flag = (name) => args.includes(`--${name}`);
export const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
export const CASES = Number(option('cases', '1000000'));
if (!Number.isInteger(CASES) || CASES < 1000) throw new Error('--cases must be an integer of at least 1000');
export const QUICK = flag('quick');
export const DURATION = Number(option('duration', QUICK ? '3' : '10'));
export const WARMUP = QUICK ? 1 : 3;
export const REUSE = flag('reuse');
/**
 * `--only search`: the data set, then the search measures alone, into bench/search-results.md.
 * `--only embedded`: the embedded database on the demo coalition alone (no data set), into bench/embedded-results.md.
 * `--only replica`: the data set on a primary with a streaming replica of the bench's own (bench/lib/replica.mjs),
 * the product with and without reads on the replica, into bench/replica-results.md.
 */
export const ONLY = option('only', null);
if (ONLY !== null && !['search', 'embedded', 'replica', 'overhead'].includes(ONLY)) throw new Error('--only takes: search, embedded, replica, overhead');
export const BENCH_DB = 'coalition_bench';
export const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const BENCH_URL = withDatabase(ADMIN_URL, BENCH_DB);
export const MAIN = path.join(ROOT, 'server/dist/main.js');
// A fixed key for the bench database only: the generator seals personal data with it, the product opens it.
export const MASTER_KEY = crypto.createHash('sha256').update('coalition-bench-master-key').digest().toString('base64');
export const PASSWORD = 'coalition-demo-2013';
export const MEMBER = 'admin@adc-memorial.example.org';
export const COORDINATOR = 'coordinator@coalition.example.org';

export function withDatabase(url, db) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export const log = (line) => process.stderr.write(`${line}\n`);

export function progress(label, done, total) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r${label.padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor((done / total) * 100)).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
  if (done >= total) process.stderr.write('\n');
}
