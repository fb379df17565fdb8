import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * `npm test` with no PostgreSQL to talk to: global set-up falls back to an
 * embedded PGlite. A nested jest run of one server test file proves it, with
 * TEST_LOCAL_POSTGRES_URL pointed at a port where nothing listens.
 */
describe('tests without PostgreSQL', () => {
  it('fall back to an embedded PGlite, pass, and leave nothing behind', async () => {
    const tmpBefore = fs.readdirSync(os.tmpdir()).filter((d) => d.startsWith('coalition-test-pglite-'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !k.startsWith('COALITION_') && !k.startsWith('TEST_') && !k.startsWith('JEST_'),
      ),
    );
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/jest/bin/jest.js'),
        '--runInBand',
        '--ci',
        'server/src/modules/organisations/organisation.resolver.test.ts',
      ],
      {
        cwd: ROOT,
        env: { ...env, TEST_LOCAL_POSTGRES_URL: 'postgres://nobody@127.0.0.1:1/nothing' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect({ code, output }).toMatchObject({ code: 0 });
    expect(output).toMatch(
      /The tests run on an embedded PGlite \(postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres\): no PostgreSQL answers/,
    );
    expect(output).toMatch(/Tests:\s+(\d+) passed, \1 total/);
    const tmpAfter = fs.readdirSync(os.tmpdir()).filter((d) => d.startsWith('coalition-test-pglite-'));
    expect(tmpAfter.filter((d) => !tmpBefore.includes(d))).toEqual([]);
  }, 360_000);

  it('refuse a TEST_DATABASE_URL that does not answer instead of silently using another database', async () => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('COALITION_') && !k.startsWith('TEST_')),
    );
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/jest/bin/jest.js'), '--runInBand', '--ci', 'tests/foundation/config.test.ts'],
      {
        cwd: ROOT,
        env: { ...env, TEST_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(output).toContain('TEST_DATABASE_URL is set but no PostgreSQL answers');
  }, 60_000);
});
