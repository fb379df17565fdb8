import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { open } from '../../server/src/core/crypto/secret-box';
import { organisationKeyAad } from '../../server/src/modules/cases/case.crypto';
import { gql, ROOT, startServerProcess } from '../support/server-process';

/** A first start beside three other jest workers on two cores: a ceiling, not a wait. */
const START_MS = 150_000;
const PASSWORD = 'coalition-demo-2013';
const AS_NPM_START = { NODE_ENV: 'production' };

async function signIn(url: string, email: string, password = PASSWORD): Promise<string> {
  const login = await gql(url, `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, {
    e: email,
    p: password,
  });
  expect(login.errors).toBeUndefined();
  return login.cookie!;
}

/** The build's demo template (`npm run build` writes it; the server process below is the built one). */
function demoTemplate(): string {
  const dist = path.join(ROOT, 'server', 'dist');
  const name = fs.readdirSync(dist).find((n) => n.startsWith('pglite-demo-'));
  if (!name) throw new Error('no demo template in server/dist: run npm run build');
  return path.join(dist, name);
}

/** Rows of a stopped embedded database, read by PGlite in a process of its own (as the operator would). */
function readStopped(dataDir: string, sql: string): Record<string, unknown>[] {
  const script = `
    const { PGlite } = require('@electric-sql/pglite');
    (async () => {
      const db = await PGlite.create(process.argv[1]);
      const { rows } = await db.query(process.argv[2]);
      process.stdout.write(JSON.stringify(rows));
      await db.close();
    })().catch((e) => { console.error(e); process.exit(1); });`;
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script, path.join(dataDir, 'pg'), sql], { cwd: ROOT, encoding: 'utf8' }),
  ) as Record<string, unknown>[];
}

/**
 * A copy of a stopped embedded database to read: opening one writes to it (postmaster.pid, the WAL), and the
 * build's template is copied by every embedded server the other test files start meanwhile.
 */
function copyOf(dataDir: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-template-read-'));
  fs.cpSync(path.join(dataDir, 'pg'), path.join(copy, 'pg'), { recursive: true });
  copies.push(copy);
  return copy;
}
const copies: string[] = [];
afterAll(() => copies.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const keyOf = (file: string) => Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
const opens = (key: Buffer, sealed: string, aad: string) => {
  try {
    open(key, sealed, aad);
    return true;
  } catch {
    return false;
  }
};

describe('a first embedded start from the build’s demo template', () => {
  const dirs: string[] = [];
  const newDataDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-demo-template-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it(
    'copies the seeded demo instead of seeding it, and gives it keys of its own before serving',
    async () => {
      const template = demoTemplate();
      const templateKey = keyOf(path.join(template, 'template.key'));
      const dataDir = newDataDir();
      const server = await startServerProcess({ DATA_DIR: dataDir, ...AS_NPM_START }, START_MS);
      try {
        expect(server.output()).toContain("demo coalition copied from the build's template");
        expect(server.output()).toContain("demo coalition given this server's keys");
        expect(server.output()).not.toContain('seeding the demo coalition');
        expect(fs.existsSync(path.join(dataDir, 'template.key'))).toBe(false);
        expect(keyOf(path.join(dataDir, 'master.key')).equals(templateKey)).toBe(false);

        // Personal data, the name index and the evidence files all open under the new keys.
        const cookie = await signIn(server.url, 'caseworker@adc-memorial.example.org');
        const page = await gql(
          server.url,
          `{ cases(first: 50) { edges { node { persons { fullName } evidence { fileName downloadUrl } } } } }`,
          {},
          cookie,
        );
        expect(page.errors).toBeUndefined();
        const nodes = (
          page.data!.cases as {
            edges: {
              node: { persons: { fullName: string | null }[]; evidence: { fileName: string; downloadUrl: string | null }[] };
            }[];
          }
        ).edges.map((e) => e.node);
        expect(nodes.flatMap((n) => n.persons.map((p) => p.fullName))).toContain('Farhod Nazarov');
        const found = await gql(server.url, `{ cases(filter: { personName: "farhod nazarov" }) { totalCount } }`, {}, cookie);
        expect(found.data?.cases).toEqual({ totalCount: 1 });
        const files = nodes.flatMap((n) => n.evidence).filter((f) => f.downloadUrl);
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) {
          const response = await fetch(new URL(file.downloadUrl!, server.url), { headers: { cookie } });
          expect({ file: file.fileName, status: response.status }).toEqual({ file: file.fileName, status: 200 });
          expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
        }
      } finally {
        expect(await server.stop('SIGTERM')).toBe(0);
      }

      // No organisation key of the template is left: every one is new, and opens with this server's master key only.
      const masterKey = keyOf(path.join(dataDir, 'master.key'));
      const ours = readStopped(
        dataDir,
        'SELECT organisation_id, version, wrapped_key FROM organisation_keys ORDER BY organisation_id',
      ) as { organisation_id: string; version: number; wrapped_key: string }[];
      const theirs = readStopped(copyOf(template), 'SELECT organisation_id, version FROM organisation_keys') as {
        organisation_id: string;
        version: number;
      }[];
      expect(ours.length).toBe(theirs.length);
      expect(ours.length).toBeGreaterThan(0);
      for (const key of ours) {
        const aad = organisationKeyAad(key.organisation_id);
        expect({
          org: key.organisation_id,
          master: opens(masterKey, key.wrapped_key, aad),
          template: opens(templateKey, key.wrapped_key, aad),
        }).toEqual({
          org: key.organisation_id,
          master: true,
          template: false,
        });
        expect(theirs.find((t) => t.organisation_id === key.organisation_id)!.version).toBeLessThan(key.version);
      }
      const stale = readStopped(
        dataDir,
        'SELECT count(*)::int AS n FROM person_keys p JOIN organisation_keys k ON k.organisation_id = p.organisation_id WHERE p.key_version <> k.version',
      );
      expect(stale).toEqual([{ n: 0 }]);
      const rekeys = "SELECT count(*)::int AS n FROM audit_entries WHERE action = 'demo.rekey'";
      expect(readStopped(dataDir, rekeys)).toEqual([{ n: 1 }]);

      // A start that committed the new keys and died before deleting the template's key: the next start sees that
      // nothing opens with it any more, deletes it, and serves, changing no key.
      fs.copyFileSync(path.join(template, 'template.key'), path.join(dataDir, 'template.key'));
      const again = await startServerProcess({ DATA_DIR: dataDir, ...AS_NPM_START }, START_MS);
      try {
        expect(again.output()).toContain('"alreadyDone":true');
        expect(fs.existsSync(path.join(dataDir, 'template.key'))).toBe(false);
        await signIn(again.url, 'caseworker@adc-memorial.example.org');
      } finally {
        expect(await again.stop('SIGTERM')).toBe(0);
      }
      expect(
        readStopped(dataDir, 'SELECT organisation_id, version, wrapped_key FROM organisation_keys ORDER BY organisation_id'),
      ).toEqual(ours);
      expect(readStopped(dataDir, rekeys)).toEqual([{ n: 1 }]);
    },
    2 * START_MS + 60_000,
  );

  it(
    'seeds afresh when the demo password differs from the template’s',
    async () => {
      const dataDir = newDataDir();
      const password = `another-${crypto.randomBytes(6).toString('hex')}`;
      const server = await startServerProcess({ DATA_DIR: dataDir, DEMO_PASSWORD: password, ...AS_NPM_START }, START_MS);
      try {
        expect(server.output()).toContain('seeding the demo coalition');
        expect(server.output()).not.toContain("copied from the build's template");
        await signIn(server.url, 'viewer@nota-bene.example.org', password);
      } finally {
        expect(await server.stop('SIGTERM')).toBe(0);
      }
    },
    START_MS + 60_000,
  );
});
