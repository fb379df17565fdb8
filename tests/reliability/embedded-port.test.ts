import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startServerProcess } from '../support/server-process';

/** Connects as a stranger on the same machine would: no password, the superuser name. */
async function strangerConnects(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT count(*) FROM users');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('the embedded database port on a shared machine', () => {
  let dataDir = '';
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-embedded-port-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  // It has no password: the server's own pooled connection must keep its one slot, also after the
  // idle timeout after which a pool closes idle connections (found open before the fix, at the default 30 s).
  // The timeout is shortened here so that watching past it takes seconds, not half a minute.
  const idleTimeoutMs = 500;
  it('refuses other local connections while the server runs, also past the pool idle timeout', async () => {
    const server = await startServerProcess(
      {
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        COALITION_MASTER_KEY: crypto.randomBytes(32).toString('base64'),
        DB_IDLE_TIMEOUT_MS: String(idleTimeoutMs),
      },
      120_000,
    );
    try {
      const conn = /"conn":"(127\.0\.0\.1:\d+)"/.exec(server.output())?.[1];
      expect(conn).toBeDefined();
      const url = `postgres://postgres@${conn}/postgres`;
      expect(await strangerConnects(url)).toBe(false);
      // Knock throughout several idle timeouts: a connection the pool let go would admit the stranger.
      const watchUntil = Date.now() + 6 * idleTimeoutMs;
      let attempts = 0;
      while (Date.now() < watchUntil || attempts < 3) {
        expect(await strangerConnects(url)).toBe(false);
        attempts++;
      }
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      expect(await server.stop()).toBe(0);
    } finally {
      await server.stop('SIGKILL');
    }
  }, 180_000);
});
