// Run by tests/smoke/embedded-prepared.test.ts in a process of its own: PGlite loads its WebAssembly by a
// dynamic import, which jest's module sandbox refuses. It uses the built server (server/dist) as boot.ts
// does and prints one JSON line with what it saw.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const require = createRequire(import.meta.url);
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/dist');
const { startEmbeddedPostgres } = require(`${dist}/core/db/embedded-postgres.js`);
const { createDataSource } = require(`${dist}/core/db/data-source.js`);
const { createLogger } = require(`${dist}/core/observability/logger.js`);

const named = { name: 'q_embedded_test', text: 'SELECT $1::int + 1 AS next' };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-prepared-'));
// Two connections admitted, not the server's one: the socket server frees a closed connection's place a moment
// after the client has let it go, and each step here connects right after the previous one closed. They still
// take turns, and share PGlite's one session as the server's successive connections do.
const embedded = await startEmbeddedPostgres(dir, createLogger('silent'), { maxConnections: 2 });

/** One connection of a data source made as boot.ts makes the embedded one: prepares `named`, then is let go. */
async function throughDataSource(sessionOutlivesConnection) {
  const dataSource = createDataSource({ url: embedded.url, poolSize: 1, keepConnectionsOpen: true, sessionOutlivesConnection, entities: [], migrations: [] });
  await dataSource.initialize();
  try {
    const runner = dataSource.createQueryRunner();
    const client = await runner.connect();
    try {
      const { rows } = await client.query({ ...named, values: [41] });
      return rows[0].next;
    } catch (error) {
      return `error ${error.code}`;
    } finally {
      await runner.release();
    }
  } finally {
    await dataSource.destroy();
  }
}

async function plainClient() {
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  try {
    await client.query({ ...named, values: [1] });
    return 'prepared';
  } catch (error) {
    return `error ${error.code}`;
  } finally {
    await client.end();
  }
}

try {
  const seen = {
    first: await throughDataSource(true),
    plain: await plainClient(),
    withoutReset: await throughDataSource(false),
    second: await throughDataSource(true),
    third: await throughDataSource(true),
  };
  console.log(JSON.stringify(seen));
} finally {
  await embedded.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
