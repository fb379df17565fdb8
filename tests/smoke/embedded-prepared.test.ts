import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensureBuilt, ROOT } from '../support/server-process';

/**
 * The embedded database prepares the hot statements as a server does (DB_PREPARED_STATEMENTS is on by default
 * there; about twice the nested page's throughput, bench/embedded-results.md). PGlite is one backend session whichever
 * socket connection speaks to it, so the names a lost connection prepared are still there when the pool opens
 * the next, whose client knows none and prepares them again: the embedded data source starts each connection
 * with DEALLOCATE ALL (`sessionOutlivesConnection`).
 */
describe('prepared statements on the embedded database', () => {
  beforeAll(() => ensureBuilt());

  it('a new connection of the embedded data source forgets what the previous one prepared', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'tests/support/embedded-prepared-child.mjs')], { cwd: ROOT });
    const seen = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(seen).toEqual({
      first: 42,
      // The session kept the name: a client that does not reset it is refused (duplicate prepared statement),
      plain: 'error 42P05',
      withoutReset: 'error 42P05',
      // and one of the embedded data source's connections is not.
      second: 42,
      third: 42,
    });
  }, 120_000);
});
