import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { createUser, signIn, TEST_PASSWORD } from '../../server/test/support/factories';
import { createLogger } from '../../server/src/core/observability/logger';
import { faultModule, LogCapture, SECRET_PARAMETER } from './support/fault-module';

const INVITE = `mutation ($org: ID!, $email: String!) { inviteMember(organisationId: $org, email: $email, roles: [VIEWER]) { token } }`;
const ACCEPT = `mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, displayName: "Invited Person", password: $password) { id } }`;

describe('logs', () => {
  let app: TestApp;
  const logs = new LogCapture();
  beforeAll(async () => {
    app = await startTestApp({ LOG_LEVEL: 'trace' }, { extraModules: [faultModule], log: createLogger('trace', logs) });
  });
  afterAll(() => app.close());

  it('hold no password, token, cookie, TOTP secret, statement parameter or email, even at trace level', async () => {
    const user = await createUser(app, { email: `logged-${Date.now()}@test.example.org` });
    const secrets: string[] = [TEST_PASSWORD, user.email];

    const client = await signIn(app, user);
    secrets.push(client.cookie!.split('=')[1]);
    await app.client().login(user.email, 'a wrong password that must not be logged');
    secrets.push('a wrong password that must not be logged');
    const { setupTotp } = await client.ok<{ setupTotp: { secret: string } }>(`mutation { setupTotp { secret } }`);
    secrets.push(setupTotp.secret);
    await client.gql(`mutation { confirmTotp(code: "000000") }`);
    await client.ok(`mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`, {
      c: TEST_PASSWORD,
      n: 'the next secret passphrase',
    });
    secrets.push('the next secret passphrase');

    const [{ id: orgId }] = await app.deps.dataSource.query(
      `INSERT INTO organisations (slug, name, city, country_code) VALUES ($1, 'Org', 'Paris', 'FR') RETURNING id`,
      [`logs-${Date.now()}`],
    );
    const admin = await createUser(app, { memberships: [{ organisationId: orgId, roles: ['ADMIN' as never] }] });
    const adminClient = await signIn(app, admin);
    const invitedEmail = `invited-${Date.now()}@test.example.org`;
    const { inviteMember } = await adminClient.ok<{ inviteMember: { token: string } }>(INVITE, {
      org: orgId,
      email: invitedEmail,
    });
    secrets.push(invitedEmail, inviteMember.token, 'an invited passphrase');
    await app.client().ok(ACCEPT, { token: inviteMember.token, password: 'an invited passphrase' });

    // Internal errors are logged in full, except what they carry of the request's data.
    await client.gql(`{ parameterFault }`);
    await client.gql(`{ databaseFault }`);
    secrets.push(SECRET_PARAMETER);

    // Objects the code might log one day are redacted by path.
    app.deps.log.info(
      {
        req: { headers: { cookie: `coalition_session=${secrets[2]}` } },
        password: TEST_PASSWORD,
        input: { token: inviteMember.token },
      },
      'probe',
    );

    expect(logs.lines.length).toBeGreaterThan(3);
    expect(logs.text).toContain('"msg":"internal error"');
    expect(logs.text).toContain('[redacted]');
    for (const secret of secrets) expect(logs.text).not.toContain(secret);
    for (const line of logs.lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('metrics', () => {
  it('count every SQL statement and time HTTP requests', async () => {
    const app = await startTestApp();
    try {
      const read = async () => {
        const text = await (await fetch(`${app.url}/metrics`)).text();
        return { text, queries: Number(/^coalition_db_queries_total (\d+)/m.exec(text)?.[1]) };
      };
      const before = await read();
      const client = await signIn(app, await createUser(app));
      await client.ok(`{ organisations { id } }`);
      const after = await read();
      // createUser, sign-in (lookup, session, audit, commit...) and the query: well over five statements.
      expect(after.queries - before.queries).toBeGreaterThan(5);
      expect(after.text).toMatch(/coalition_http_request_duration_seconds_bucket\{[^}]*route="\/graphql"[^}]*\}/);
      expect(after.text).toContain('process_cpu_seconds_total');
    } finally {
      await app.close();
    }
  });
});
