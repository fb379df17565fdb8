import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The repository on its own: a clone of HEAD in a folder with nothing beside it (no API contract, no seed
// texts) builds, and its schema test passes. The installed packages are hard-linked from this checkout (a
// copy where links cannot be made), so the test costs a build, not an install; workspace links
// (node_modules/@coalition/* -> ../../shared etc.) are relative and so point into the clone.
const root = path.resolve(__dirname, '../..');

function run(cwd: string, command: string, args: string[]): { status: number | null; output: string } {
  const env = { ...process.env };
  // The clone's jest run chooses and creates its own database, as a fresh `npm test` does.
  for (const key of Object.keys(env)) if (key.startsWith('COALITION_TEST_') || key === 'JEST_WORKER_ID') delete env[key];
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a fresh clone with nothing beside it', () => {
  let parent = '';
  let clone = '';
  beforeAll(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-clone-'));
    clone = path.join(parent, 'coalition');
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    execFileSync('git', ['clone', '--quiet', '--shared', '--no-checkout', root, clone]);
    execFileSync('git', ['checkout', '--quiet', '--detach', head], { cwd: clone });
    const linked = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(clone, 'node_modules')]);
    if (linked.status !== 0) execFileSync('cp', ['-a', path.join(root, 'node_modules'), path.join(clone, 'node_modules')]);
    // Tool caches are rewritten in place by a build: a hard link would let the clone's build write into ours.
    for (const cache of ['.vite', '.cache']) fs.rmSync(path.join(clone, 'node_modules', cache), { recursive: true, force: true });
  }, 300_000);
  afterAll(() => {
    if (parent) fs.rmSync(parent, { recursive: true, force: true });
  });

  it('has no ../shared beside it, builds, and passes the server schema test', () => {
    expect(fs.existsSync(path.join(clone, '..', 'shared'))).toBe(false);

    const build = run(clone, 'npm', ['run', 'build']);
    expect({ status: build.status, tail: build.status === 0 ? '' : build.output.slice(-4000) }).toEqual({ status: 0, tail: '' });

    const jest = run(clone, process.execPath, [path.join(clone, 'node_modules/jest/bin/jest.js'), 'server/src/app/schema-file.test.ts', '--ci']);
    expect({ status: jest.status, tail: jest.status === 0 ? '' : jest.output.slice(-4000) }).toEqual({ status: 0, tail: '' });
    expect(jest.output).toMatch(/Tests:\s+1 passed/);
  }, 900_000);

  it('says plainly that the contract check cannot run, instead of passing', () => {
    const check = run(clone, 'npm', ['run', '--silent', 'check:contract']);
    expect(check.status).not.toBe(0);
    expect(check.output).toContain('no API contract at');
    expect(check.output).toContain('the schema was NOT checked');
  });
});
