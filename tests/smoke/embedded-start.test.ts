import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServerProcess } from '../support/server-process';

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  const setCookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('coalition_session='));
  return { ...body, cookie: setCookie };
}

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { email memberships { roles organisation { slug } } } }`;

describe('npm start on the embedded database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-smoke-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('becomes healthy on an empty DATA_DIR, seeds the demo once, keeps data across a clean restart', async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const login = await gql(first.url, LOGIN, { email: 'admin@adc-memorial.example.org', password: 'coalition-demo-2013' });
      expect(login.errors).toBeUndefined();
      expect(login.data?.login).toMatchObject({
        email: 'admin@adc-memorial.example.org',
        memberships: [{ roles: ['ADMIN'], organisation: { slug: 'adc-memorial' } }],
      });
      const orgs = await gql(first.url, `{ organisations { slug } }`, {}, login.cookie);
      expect((orgs.data?.organisations as unknown[]).length).toBe(8);
      const index = await fetch(`${first.url}/cases`);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('<div id="root">');
      expect(fs.statSync(path.join(dataDir, 'master.key')).mode & 0o777).toBe(0o600);
    } finally {
      expect(await first.stop('SIGTERM')).toBe(0);
    }
    expect(first.output()).toContain('stopped cleanly');

    const second = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const login = await gql(second.url, LOGIN, { email: 'viewer@nota-bene.example.org', password: 'coalition-demo-2013' });
      expect(login.errors).toBeUndefined();
      const orgs = await gql(second.url, `{ organisations { slug } }`, {}, login.cookie);
      expect((orgs.data?.organisations as unknown[]).length).toBe(8);
      expect(second.output()).not.toContain('seeding the demo coalition');
    } finally {
      expect(await second.stop('SIGINT')).toBe(0);
    }
  }, 180_000);

  it('refuses to start on a bad configuration, naming the variable', async () => {
    await expect(startServerProcess({ DATA_DIR: dataDir, PORT: 'not-a-port' }, 10_000)).rejects.toThrow(/PORT/);
  }, 30_000);
});
