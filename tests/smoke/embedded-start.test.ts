import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, startServerProcess } from '../support/server-process';

/** A request over a keep-alive agent: the socket stays open after the answer, as browsers keep it. */
function keepAliveRequest(agent: http.Agent, url: string, path: string, body?: unknown, cookie?: string) {
  return new Promise<{ status: number; text: string; setCookie: string[] }>((resolve, reject) => {
    const target = new URL(path, url);
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: body ? 'POST' : 'GET',
        agent,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text, setCookie: response.headers['set-cookie'] ?? [] }),
        );
      },
    );
    request.on('error', reject);
    if (body) request.write(JSON.stringify(body));
    request.end();
  });
}

/**
 * jest sets NODE_ENV=test, which the child would inherit; `npm start` has none (production).
 * It matters: outside test mode Apollo installed its own signal handlers, which once made
 * SIGTERM hang.
 */
const AS_NPM_START = { NODE_ENV: 'production' };

/**
 * How long a start may take to become healthy: a new DATA_DIR is seeded first, which takes seconds alone but
 * over a minute on two cores beside three other jest workers. A ceiling, not a wait.
 */
const START_MS = 150_000;

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { email memberships { roles organisation { slug } } } }`;

describe('npm start on the embedded database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-smoke-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('becomes healthy on an empty DATA_DIR, seeds the demo once, keeps data across a clean restart', async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir, ...AS_NPM_START }, START_MS);
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

    const second = await startServerProcess({ DATA_DIR: dataDir, ...AS_NPM_START }, START_MS);
    try {
      const login = await gql(second.url, LOGIN, { email: 'viewer@nota-bene.example.org', password: 'coalition-demo-2013' });
      expect(login.errors).toBeUndefined();
      const orgs = await gql(second.url, `{ organisations { slug } }`, {}, login.cookie);
      expect((orgs.data?.organisations as unknown[]).length).toBe(8);
      expect(second.output()).not.toContain('seeding the demo coalition');
    } finally {
      expect(await second.stop('SIGINT')).toBe(0);
    }
  }, 2 * START_MS + 60_000);

  it('stops cleanly on SIGTERM with keep-alive sockets and an open graphql-ws subscription, keeping what was written just before', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-shutdown-'));
    const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 60_000 });
    try {
      const first = await startServerProcess({ DATA_DIR: dir, ...AS_NPM_START }, START_MS);
      const representative = `Representative ${Date.now()}`;
      let socketClosed = false;
      try {
        const login = await keepAliveRequest(agent, first.url, '/graphql', {
          query: LOGIN,
          variables: { email: 'admin@adc-memorial.example.org', password: 'coalition-demo-2013' },
        });
        expect(login.status).toBe(200);
        const cookie = login.setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('coalition_session='))!;
        const orgs = await keepAliveRequest(
          agent,
          first.url,
          '/graphql',
          { query: `{ organisations { id slug } statements(first: 1) { edges { node { id } } } }` },
          cookie,
        );
        const data = JSON.parse(orgs.text) as {
          data: { organisations: { id: string; slug: string }[]; statements: { edges: { node: { id: string } }[] } };
        };
        const adc = data.data.organisations.find((o) => o.slug === 'adc-memorial')!;

        class CookieWebSocket extends WebSocket {
          constructor(address: string | URL, protocols?: string | string[]) {
            super(address, protocols, { headers: { cookie } });
          }
        }
        const ws = createClient({
          url: `${first.url.replace(/^http/, 'ws')}/graphql`,
          webSocketImpl: CookieWebSocket,
          retryAttempts: 0,
          on: { closed: () => (socketClosed = true) },
        });
        const subscribed = new Promise<void>((resolve) => {
          ws.on('connected', () => resolve());
        });
        ws.subscribe(
          {
            query: `subscription ($id: ID!) { statementSignatures(statementId: $id) { id } }`,
            variables: { id: data.data.statements.edges[0].node.id },
          },
          { next: () => undefined, error: () => undefined, complete: () => undefined },
        );
        await subscribed;

        // Written, answered, and SIGTERM right after: it must survive the restart.
        const update = await keepAliveRequest(
          agent,
          first.url,
          '/graphql',
          {
            query: `mutation ($id: ID!, $r: String!) { updateOrganisation(id: $id, input: { representative: $r }) { id } }`,
            variables: { id: adc.id, r: representative },
          },
          cookie,
        );
        expect(JSON.parse(update.text).errors).toBeUndefined();
        const code = await first.stop('SIGTERM');
        expect({ code, log: first.output() }).toMatchObject({ code: 0 });
        expect(first.output()).toContain('stopped cleanly');
        expect(first.output()).not.toContain('unclean shutdown');
      } finally {
        if (first.child.exitCode === null) first.child.kill('SIGKILL');
      }
      expect(socketClosed).toBe(true);

      const second = await startServerProcess({ DATA_DIR: dir, ...AS_NPM_START }, START_MS);
      try {
        const login = await gql(second.url, LOGIN, { email: 'viewer@adc-memorial.example.org', password: 'coalition-demo-2013' });
        const orgs = await gql(second.url, `{ organisations { slug representative } }`, {}, login.cookie);
        const adc = (orgs.data?.organisations as { slug: string; representative: string }[]).find(
          (o) => o.slug === 'adc-memorial',
        );
        expect(adc?.representative).toBe(representative);
      } finally {
        expect(await second.stop('SIGTERM')).toBe(0);
      }
    } finally {
      agent.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 2 * START_MS + 60_000);

  it('refuses to start on a bad configuration, naming the variable', async () => {
    // The ceiling of a wait for the process to exit, not a budget: under four workers on two cores it once
    // printed nothing for 10 s.
    await expect(startServerProcess({ DATA_DIR: dataDir, PORT: 'not-a-port' }, 60_000)).rejects.toThrow(/PORT/);
  }, 90_000);
});
