import crypto from 'node:crypto';
import { Client } from 'pg';
import { appRolePassword, appRoleUrl, scramVerifier } from './request-connection';

// The embedded test database (COALITION_TEST_EMBEDDED) has no pg_authid to compare with.
const serverDescribe = process.env.COALITION_TEST_EMBEDDED === '1' ? describe.skip : describe;

describe('the app role password', () => {
  it('is the same for the same master key and differs for another', () => {
    const key = crypto.randomBytes(32);
    expect(appRolePassword(Buffer.from(key))).toBe(appRolePassword(key));
    expect(appRolePassword(crypto.randomBytes(32))).not.toBe(appRolePassword(key));
  });

  it("replaces the owner's credentials in the URL and keeps the rest", () => {
    const url = new URL(appRoleUrl('postgres://owner:secret@db.example:6432/coalition?sslmode=require&user=owner', 'coalition_app', 'p/w+'));
    expect([url.username, decodeURIComponent(url.password), url.host, url.pathname]).toEqual(['coalition_app', 'p/w+', 'db.example:6432', '/coalition']);
    expect([...url.searchParams]).toEqual([['sslmode', 'require']]);
  });
});

/**
 * The verifier set with ALTER ROLE must be the one PostgreSQL itself computes
 * for the password, or a scram-sha-256 pg_hba line would refuse the requests:
 * PostgreSQL hashes a password with a salt of its choosing, and the same
 * salt given to scramVerifier must give the same text.
 */
serverDescribe('the SCRAM verifier', () => {
  it("is PostgreSQL's own for the same password and salt", async () => {
    const admin = new Client({ connectionString: process.env.COALITION_TEST_ADMIN_URL });
    const role = `coalition_scram_${crypto.randomBytes(3).toString('hex')}`;
    const password = appRolePassword(crypto.randomBytes(32));
    await admin.connect();
    try {
      await admin.query(`SET password_encryption = 'scram-sha-256'`);
      await admin.query(`CREATE ROLE ${role} NOLOGIN PASSWORD '${password}'`);
      const { rows } = await admin.query<{ rolpassword: string }>(`SELECT rolpassword FROM pg_authid WHERE rolname = $1`, [role]);
      const stored = rows[0].rolpassword;
      const [, iterations, salt] = /^SCRAM-SHA-256\$(\d+):([^$]+)\$/.exec(stored) ?? [];
      expect(scramVerifier(password, Buffer.from(salt, 'base64'), Number(iterations))).toBe(stored);
    } finally {
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });
});
