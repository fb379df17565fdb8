import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import { Client } from 'pg';
import { auditHash, GENESIS_HASH, type AuditDetails } from '../../../server/src/core/audit/audit-writer';
import { TestClient } from '../../../server/test/support/test-client';
import { ROOT } from '../../support/server-process';

export const DEMO_PASSWORD = 'coalition-demo-2013';

/** A distinctive string that must never appear in plaintext outside the server's memory. */
export const canary = (label: string): string => `Canary${label}${crypto.randomBytes(5).toString('hex')}`;

export interface ChainCheck {
  ok: boolean;
  checked: number;
  brokenAt: number | null;
}

interface AuditRow {
  seq: string;
  at: Date;
  actor_user_id: string | null;
  organisation_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: AuditDetails;
  prev_hash: string;
  hash: string;
}

/**
 * Recomputes the audit chain from raw rows as the database owner, so that a
 * test can check any database (a restored one, one the server crashed on)
 * without a coordinator account; the GraphQL verifyAuditChain is checked too
 * where a server is up.
 */
export async function verifyChainSql(url: string): Promise<ChainCheck> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<AuditRow>(`SELECT * FROM audit_entries ORDER BY seq`);
    let prev = GENESIS_HASH;
    let checked = 0;
    for (const row of rows) {
      const seq = Number(row.seq);
      const content = {
        seq,
        at: row.at.toISOString(),
        actorUserId: row.actor_user_id,
        organisationId: row.organisation_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        details: row.details,
      };
      if (seq !== checked + 1 || row.prev_hash !== prev || row.hash !== auditHash(prev, content)) return { ok: false, checked, brokenAt: seq };
      prev = row.hash;
      checked += 1;
    }
    return { ok: true, checked, brokenAt: null };
  } finally {
    await client.end();
  }
}

/** One query as the database owner on a fresh connection. */
export async function ownerQuery<T extends Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- <args>` in the repository, with only the given Coalition variables set. */
export function npmRun(script: string, args: string[], env: Record<string, string>): Promise<CommandResult> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('COALITION_') && !k.startsWith('TEST_') && !['DATABASE_URL', 'DATA_DIR', 'NODE_ENV'].includes(k),
    ),
  );
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function signedIn(url: string, email: string, password: string): Promise<TestClient> {
  const client = new TestClient(url);
  const result = await client.login(email, password);
  if (result.errors) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
  return client;
}

export const VERIFY_CHAIN = `{ verifyAuditChain { ok checked brokenAt } }`;
export const MY_ORGS = `{ me { memberships { roles organisation { id slug } } } }`;

export async function firstOrgId(client: TestClient): Promise<string> {
  const data = await client.ok<{ me: { memberships: { organisation: { id: string } }[] } }>(MY_ORGS);
  return data.me.memberships[0].organisation.id;
}
