import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { Client } from 'pg';
import { ensureBuilt, ROOT, startServerProcess } from '../support/server-process';
import { createThrowawayCluster, clusterToolsAvailable } from '../reliability/support/throwaway-cluster';
import { DEMO_PASSWORD, npmRun, signedIn } from '../reliability/support/reliability-kit';

const hasCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
const composeIt = hasCompose ? it : it.skip;
const clusterIt = clusterToolsAvailable() ? it : it.skip;

interface ComposeService {
  image?: string;
  ports?: unknown[];
  profiles?: string[];
  environment?: Record<string, string | null>;
  secrets?: unknown[];
  healthcheck?: { test: string[] };
  deploy?: { resources?: { limits?: { cpus?: string; memory?: string } } };
}

/** `docker-compose config` as an operator would run it: none of Coalition's variables exported. */
function composeConfig(args: string[] = []): { services: Record<string, ComposeService> } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(COALITION_|SEED_DEMO|BACKUP_|TRUST_PROXY|DATABASE_)/.test(k)));
  const out = execFileSync('docker-compose', ['-f', path.join(ROOT, 'docker-compose.yml'), ...args, 'config'], { cwd: ROOT, env, encoding: 'utf8' });
  return parse(out) as { services: Record<string, ComposeService> };
}

describe('the deployment: compose, the database roles, the runtime image', () => {
  composeIt('docker-compose.yml is valid and safe by default: no demo, no superuser, no published database, secrets from files, limits', () => {
    const { services } = composeConfig();
    expect(Object.keys(services).sort()).toEqual(['app', 'caddy', 'db']);
    // `docker compose up` starts only the services without a profile: Caddy waits for --profile https.
    expect(services.caddy.profiles).toEqual(['https']);
    expect(services.db.profiles).toBeUndefined();
    expect(services.app.profiles).toBeUndefined();
    const { app, db } = services;
    expect(db.ports).toBeUndefined();
    // Published on loopback only (a reverse proxy faces the network); compose v1 and v2 print ports differently.
    expect(app.ports).toHaveLength(1);
    expect(JSON.stringify(app.ports)).toMatch(/127\.0\.0\.1/);
    const env = app.environment!;
    expect(env.SEED_DEMO).toBe('0');
    expect(env.COALITION_MASTER_KEY).toBeUndefined();
    expect(env.COALITION_MASTER_KEY_FILE).toBe('/run/secrets/master_key');
    const url = new URL(env.DATABASE_URL!);
    expect(url.password).toBe('');
    expect(url.username).not.toBe(db.environment!.POSTGRES_USER);
    expect(env.DATABASE_PASSWORD_FILE).toBe('/run/secrets/db_password');
    expect(app.healthcheck!.test.join(' ')).toContain('/ready');
    for (const service of [app, db]) expect(service.deploy?.resources?.limits?.memory).toBeDefined();
    expect(services.caddy.deploy?.resources?.limits?.memory).toBeDefined();
  });

  clusterIt(
    'the init script makes a login role without superuser that migrates, and the server serves with it and its own app role, by password',
    async () => {
      const cluster = await createThrowawayCluster({ hbaFirst: ['host all coalition,coalition_app 127.0.0.1/32 scram-sha-256'] });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-deploy-'));
      try {
        const passwordFile = path.join(dir, 'db_password');
        fs.writeFileSync(passwordFile, `${crypto.randomBytes(12).toString('hex')}\n`);
        execFileSync('sh', [path.join(ROOT, 'deploy/postgres-init/10-coalition-roles.sh')], {
          env: { ...process.env, PGHOST: '127.0.0.1', PGPORT: String(cluster.port), POSTGRES_USER: 'postgres', COALITION_DB: 'coalition', COALITION_DB_OWNER: 'coalition', DB_PASSWORD_FILE: passwordFile },
          stdio: 'pipe',
        });
        const admin = new Client({ connectionString: cluster.url });
        await admin.connect();
        try {
          const { rows } = await admin.query(`SELECT rolsuper, rolbypassrls, rolcreaterole, rolcanlogin FROM pg_roles WHERE rolname = 'coalition'`);
          // BYPASSRLS: RLS is forced on every table, also for their owner, who migrates, seeds and maintains;
          // the requests never use this role (they log in as the app role, which has neither).
          expect(rows).toEqual([{ rolsuper: false, rolbypassrls: true, rolcreaterole: true, rolcanlogin: true }]);
        } finally {
          await admin.end();
        }
        const databaseUrl = `postgres://coalition@127.0.0.1:${cluster.port}/coalition`;
        const wrong = path.join(dir, 'wrong_password');
        fs.writeFileSync(wrong, 'not-the-password\n');
        const refused = await npmRun('coalition', ['migrate'], { DATABASE_URL: databaseUrl, DATABASE_PASSWORD_FILE: wrong });
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('password authentication failed');
        const migrated = await npmRun('coalition', ['migrate'], { DATABASE_URL: databaseUrl, DATABASE_PASSWORD_FILE: passwordFile });
        expect(migrated.stderr).not.toContain('failed');
        expect(migrated.code).toBe(0);

        const keyFile = path.join(dir, 'master_key');
        fs.writeFileSync(keyFile, `${crypto.randomBytes(32).toString('base64')}\n`);
        const server = await startServerProcess(
          { DATABASE_URL: databaseUrl, DATABASE_PASSWORD_FILE: passwordFile, COALITION_MASTER_KEY_FILE: keyFile, SEED_DEMO: '1', DATA_DIR: dir, NODE_ENV: 'production' },
          120_000,
        );
        try {
          expect((await fetch(`${server.url}/ready`)).status).toBe(200);
          const caseworker = await signedIn(server.url, 'caseworker@adc-memorial.example.org', DEMO_PASSWORD);
          const me = await caseworker.ok<{ me: { email: string } }>(`{ me { email } }`);
          expect(me.me.email).toBe('caseworker@adc-memorial.example.org');
        } finally {
          expect(await server.stop()).toBe(0);
        }
        const check = new Client({ connectionString: cluster.url.replace(/\/postgres$/, '/coalition') });
        await check.connect();
        try {
          // The requests' login: the non-owner app role, which a password derived from the master key lets in.
          const { rows } = await check.query(`SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'coalition_app'`);
          expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: true }]);
        } finally {
          await check.end();
        }
      } finally {
        cluster.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    240_000,
  );

  it(
    "the Dockerfile's runtime stage, assembled without Docker: production dependencies only, the CLI answers, the server starts",
    async () => {
      ensureBuilt();
      const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
      const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-image-'));
      try {
        // The runtime stage's COPY lines: package files from the context, then the build stage's output (here: this
        // checkout's build); the install step then runs on them as in the image.
        for (const match of runtime.matchAll(/^COPY (--from=build )?(.+)$/gm)) {
          const parts = match[2].trim().split(/\s+/);
          const target = parts.pop()!;
          for (const source of parts) {
            const from = path.join(ROOT, match[1] ? source.replace(/^\/app\//, '') : source);
            const to = target.endsWith('/') || target === './' ? path.join(dir, target, path.basename(source)) : path.join(dir, target);
            fs.mkdirSync(path.dirname(to), { recursive: true });
            fs.cpSync(from, to, { recursive: true });
          }
        }
        const install = /^RUN (npm ci [^&\n]+)/m.exec(runtime)![1].trim().split(/\s+/);
        const installed = spawnSync(install[0], [...install.slice(1), '--prefer-offline'], { cwd: dir, encoding: 'utf8' });
        expect(installed.stderr).not.toMatch(/npm error/);
        expect(installed.status).toBe(0);
        // No development package came along (typescript does, as i18next's optional peer: nothing runs it).
        for (const dev of ['jest', '@swc/core', '@swc-node/register', 'eslint', 'vite']) expect(fs.existsSync(path.join(dir, 'node_modules', dev))).toBe(false);

        const help = spawnSync(process.execPath, ['server/dist/cli.js', '--help'], { cwd: dir, encoding: 'utf8' });
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('verify-backup');

        const server = await startServerProcess({ DATA_DIR: path.join(dir, 'data'), NODE_ENV: 'production' }, 120_000, { root: dir });
        try {
          expect((await fetch(`${server.url}/ready`)).status).toBe(200);
          expect((await fetch(`${server.url}/login`)).status).toBe(200);
        } finally {
          expect(await server.stop()).toBe(0);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
