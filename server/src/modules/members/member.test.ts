import { CoalitionRole, OrgRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import {
  coalitionUser,
  createUser,
  orgWithMembers,
  signIn,
  TEST_PASSWORD,
  type TestOrgWithMembers,
} from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { sha256Hex } from '../../core/crypto/secret-box';
import { withActorTransaction } from '../../core/db/actor-transaction';

const MEMBERS = `query ($org: ID!) { members(organisationId: $org) { roles user { id email } organisation { id } } }`;
const INVITE = `mutation ($org: ID!, $email: String!, $roles: [OrgRole!]!) {
  inviteMember(organisationId: $org, email: $email, roles: $roles) { id email roles token expiresAt organisation { id } } }`;
const ACCEPT = `mutation ($token: String!, $name: String!, $password: String!) {
  acceptInvitation(token: $token, displayName: $name, password: $password) { id email memberships { roles organisation { id } } } }`;
const SET_ROLES = `mutation ($org: ID!, $user: ID!, $roles: [OrgRole!]!) { setMemberRoles(organisationId: $org, userId: $user, roles: $roles) { roles user { id } } }`;
const REMOVE = `mutation ($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`;
const INVITATIONS = `query ($org: ID!) { invitations(organisationId: $org) { id email roles expiresAt token organisation { id } } }`;
const REVOKE = `mutation ($id: ID!) { revokeInvitation(id: $id) }`;
const ACCEPT_AS_ME = `mutation ($token: String!) { acceptInvitationAsMe(token: $token) { roles organisation { id } user { id } } }`;

interface Invited {
  inviteMember: { id: string; email: string; roles: string[]; token: string; expiresAt: string };
}

describe('members and invitations', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;
  let coordinator: TestClient;
  let coordinatorId: string;

  beforeAll(async () => {
    app = await startTestApp();
    own = await orgWithMembers(app);
    other = await orgWithMembers(app);
    const coordinating = await coalitionUser(app, CoalitionRole.COORDINATOR);
    coordinator = coordinating.client;
    coordinatorId = coordinating.user.id;
  });
  afterAll(() => app.close());

  /** A pending invitation to the team's organisation, made by its ADMIN. */
  const inviteTo = (team: TestOrgWithMembers, email: string, roles = ['VIEWER']) =>
    team.admin.ok<Invited>(INVITE, { org: team.org.id, email, roles }).then((r) => r.inviteMember);

  const invite = (
    client: TestClient,
    email = `new-${Date.now()}-${Math.random().toString(36).slice(2)}@test.example.org`,
    roles = ['CASEWORKER'],
  ) => client.gql<Invited>(INVITE, { org: own.org.id, email, roles });

  it('lists members to the own ADMIN and the coordinator only', async () => {
    expect(await app.client().code(MEMBERS, { org: own.org.id })).toBe('UNAUTHENTICATED');
    for (const client of [own.caseworker, own.signatory, own.viewer, other.admin]) {
      expect(await client.code(MEMBERS, { org: own.org.id })).toBe('FORBIDDEN');
    }
    const mine = await own.admin.ok<{ members: { user: { id: string }; organisation: { id: string } }[] }>(MEMBERS, {
      org: own.org.id,
    });
    expect(mine.members.map((m) => m.user.id).sort()).toEqual(
      Object.values(own.users)
        .map((u) => u.id)
        .sort(),
    );
    expect(mine.members.every((m) => m.organisation.id === own.org.id)).toBe(true);
    const seen = await coordinator.ok<{ members: unknown[] }>(MEMBERS, { org: own.org.id });
    expect(seen.members).toHaveLength(4);
  });

  it('lets only the own ADMIN invite, validating email and roles', async () => {
    expect((await invite(app.client())).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const client of [own.caseworker, own.signatory, own.viewer, other.admin, coordinator]) {
      expect((await invite(client)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await invite(own.admin, 'not an email')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    expect((await invite(own.admin, 'someone@test.example.org', [])).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'roles',
    });
    const [{ count }] = await app.deps.dataSource.query(
      `SELECT count(*)::int AS count FROM invitations WHERE organisation_id = $1`,
      [own.org.id],
    );
    expect(count).toBe(0);
  });

  it('shows the token once, stores only its hash, expires it after 7 days', async () => {
    const result = await invite(own.admin, 'Fresh.Member@Test.Example.org', ['VIEWER', 'VIEWER']);
    const invitation = result.data!.inviteMember;
    expect(invitation).toMatchObject({ email: 'fresh.member@test.example.org', roles: ['VIEWER'] });
    expect(Buffer.from(invitation.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const days = (new Date(invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const [row] = await app.deps.dataSource.query(`SELECT * FROM invitations WHERE id = $1`, [invitation.id]);
    expect(row.token_hash).toBe(sha256Hex(invitation.token));
    expect(JSON.stringify(row)).not.toContain(invitation.token);
    const audit = await app.deps.dataSource.query(`SELECT details::text AS details FROM audit_entries WHERE entity_id = $1`, [
      invitation.id,
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0].details).not.toContain('fresh.member');
  });

  it('accepts once: a new account joins with the roles and is signed in', async () => {
    const { inviteMember } = (await invite(own.admin, undefined, ['CASEWORKER', 'SIGNATORY'])).data!;
    const newcomer = app.client();
    const short = await newcomer.gql(ACCEPT, { token: inviteMember.token, name: 'New Member', password: 'short' });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const accepted = await newcomer.ok<{
      acceptInvitation: { email: string; memberships: { roles: string[]; organisation: { id: string } }[] };
    }>(ACCEPT, { token: inviteMember.token, name: 'New Member', password: 'a long enough passphrase' });
    expect(accepted.acceptInvitation.email).toBe(inviteMember.email);
    expect(accepted.acceptInvitation.memberships).toEqual([
      { roles: ['CASEWORKER', 'SIGNATORY'], organisation: { id: own.org.id } },
    ]);
    expect((await newcomer.ok<{ me: { email: string } }>(`{ me { email } }`)).me.email).toBe(inviteMember.email);
    expect(
      await app.client().code(ACCEPT, { token: inviteMember.token, name: 'Again', password: 'a long enough passphrase' }),
    ).toBe('NOT_FOUND');
    expect(
      await app.client().code(ACCEPT, { token: 'made-up-token-made-up-token', name: 'X', password: 'a long enough passphrase' }),
    ).toBe('NOT_FOUND');
  });

  it('refuses an expired invitation', async () => {
    const { inviteMember } = (await invite(own.admin)).data!;
    await app.deps.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      inviteMember.id,
    ]);
    expect(
      await app.client().code(ACCEPT, { token: inviteMember.token, name: 'Late', password: 'a long enough passphrase' }),
    ).toBe('NOT_FOUND');
    const [{ count }] = await app.deps.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [
      inviteMember.email,
    ]);
    expect(count).toBe(0);
  });

  it('never signs an existing account in through acceptInvitation, whatever the password: its owner accepts signed in', async () => {
    const existing = await createUser(app, { memberships: [{ organisationId: other.org.id, roles: [OrgRole.ADMIN] }] });
    const first = (await invite(own.admin, existing.email, ['VIEWER'])).data!.inviteMember;
    const sessions = async () =>
      (await app.deps.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [existing.id]))[0].n as number;
    const before = await sessions();
    // The right password is the attack (the inviting admin guesses it): it is not even tried.
    for (const password of [TEST_PASSWORD, 'not the password but long']) {
      const holder = app.client();
      const answer = await holder.gql(ACCEPT, { token: first.token, name: 'Taken Over', password });
      expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(answer.data).toBeNull();
      expect(holder.cookie).toBeNull();
      expect((await holder.ok<{ me: null }>(`{ me { id } }`)).me).toBeNull();
    }
    expect(await sessions()).toBe(before);
    const joined = await app.deps.dataSource.query(`SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = $2`, [
      existing.id,
      own.org.id,
    ]);
    expect(joined).toHaveLength(0);
    const refused = await app.deps.dataSource.query(`SELECT action, details::text AS details FROM audit_entries WHERE entity_id = $1 ORDER BY seq`, [
      first.id,
    ]);
    expect(refused.map((r: { action: string }) => r.action)).toEqual(['member.invite', 'member.accept_needs_sign_in', 'member.accept_needs_sign_in']);
    expect(JSON.stringify(refused)).not.toContain(existing.email);

    // Signed in (with TOTP, when the account has it), the invitee accepts; the invitation is then spent.
    const invitee = await signIn(app, existing);
    const accepted = await invitee.ok<{ acceptInvitationAsMe: { roles: string[]; organisation: { id: string }; user: { id: string } } }>(
      ACCEPT_AS_ME,
      { token: first.token },
    );
    expect(accepted.acceptInvitationAsMe).toEqual({ roles: ['VIEWER'], organisation: { id: own.org.id }, user: { id: existing.id } });
    const mine = await invitee.ok<{ me: { memberships: { organisation: { id: string } }[] } }>(`{ me { memberships { organisation { id } } } }`);
    expect(mine.me.memberships.map((m) => m.organisation.id).sort()).toEqual([own.org.id, other.org.id].sort());
    expect(await invitee.code(ACCEPT_AS_ME, { token: first.token })).toBe('NOT_FOUND');
    const [{ display_name: name }] = await app.deps.dataSource.query(`SELECT display_name FROM users WHERE id = $1`, [existing.id]);
    expect(name).not.toBe('Taken Over');
    // Invited again, the member is told so, and the roles stay as they were.
    const second = (await invite(own.admin, existing.email, ['ADMIN'])).data!.inviteMember;
    expect(await invitee.code(ACCEPT_AS_ME, { token: second.token })).toBe('CONFLICT');
    const [{ roles }] = await app.deps.dataSource.query(`SELECT roles FROM memberships WHERE user_id = $1 AND organisation_id = $2`, [
      existing.id,
      own.org.id,
    ]);
    expect(roles).toEqual(['VIEWER']);
  });

  it("an ADMIN cannot reach the coordinator's account by inviting its email", async () => {
    const team = await orgWithMembers(app);
    const [{ email }] = await app.deps.dataSource.query(`SELECT email FROM users WHERE id = $1`, [coordinatorId]);
    const invitation = await inviteTo(team, email, ['ADMIN']);
    const holder = app.client();
    expect(await holder.code(ACCEPT, { token: invitation.token, name: 'x', password: TEST_PASSWORD })).toBe('UNAUTHENTICATED');
    expect((await holder.ok<{ me: null }>(`{ me { id } }`)).me).toBeNull();
    const joined = await app.deps.dataSource.query(`SELECT 1 FROM memberships WHERE user_id = $1`, [coordinatorId]);
    expect(joined).toHaveLength(0);
  });

  it('acceptInvitationAsMe: signed in only, and anyone but the invitee learns nothing', async () => {
    const team = await orgWithMembers(app);
    const invitee = await createUser(app);
    const invitation = await inviteTo(team, invitee.email, ['CASEWORKER']);
    expect(await app.client().code(ACCEPT_AS_ME, { token: invitation.token })).toBe('UNAUTHENTICATED');
    const madeUp = await team.viewer.gql(ACCEPT_AS_ME, { token: 'made-up-token-made-up-token' });
    expect(madeUp.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Another user (a member of the organisation, another organisation's admin, the coordinator, the inviting
    // admin) gets exactly the answer to a made-up token: nothing tells that the token is real or whose it is.
    for (const client of [team.viewer, team.admin, other.admin, coordinator]) {
      const answer = await client.gql(ACCEPT_AS_ME, { token: invitation.token });
      expect(answer.errors).toEqual(madeUp.errors);
      expect(answer.data).toEqual(madeUp.data);
    }
    const [{ accepted_at: acceptedAt }] = await app.deps.dataSource.query(`SELECT accepted_at FROM invitations WHERE id = $1`, [invitation.id]);
    expect(acceptedAt).toBeNull();
    const outsider = await createUser(app);
    const joined = await app.deps.dataSource.query(`SELECT 1 FROM memberships WHERE organisation_id = $1 AND user_id = ANY($2)`, [
      team.org.id,
      [outsider.id, other.users.admin.id, coordinatorId, invitee.id],
    ]);
    expect(joined).toHaveLength(0);
    const signedIn = await signIn(app, invitee);
    expect((await signedIn.ok<{ acceptInvitationAsMe: { roles: string[] } }>(ACCEPT_AS_ME, { token: invitation.token })).acceptInvitationAsMe.roles).toEqual([
      'CASEWORKER',
    ]);
  });

  it('answers acceptInvitation the same for existing and new emails until a valid new account is asked for', async () => {
    const existing = await createUser(app);
    const fresh = `fresh-${Date.now()}@test.example.org`;
    const toExisting = (await invite(own.admin, existing.email, ['VIEWER'])).data!.inviteMember;
    const toFresh = (await invite(own.admin, fresh, ['VIEWER'])).data!.inviteMember;
    // inviteMember's answer has the same shape and says nothing about the account.
    expect(Object.keys(toExisting).sort()).toEqual(Object.keys(toFresh).sort());
    // Bad input is refused before any account is looked up, and changes nothing.
    for (const [name, password] of [
      ['Someone', 'short'],
      ['   ', 'a long enough passphrase'],
    ]) {
      const a = await app.client().gql(ACCEPT, { token: toExisting.token, name, password });
      const b = await app.client().gql(ACCEPT, { token: toFresh.token, name, password });
      expect(a.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(a.errors).toEqual(b.errors);
    }
    const [{ n }] = await app.deps.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [fresh]);
    expect(n).toBe(0);
    const audit = await app.deps.dataSource.query(`SELECT action FROM audit_entries WHERE entity_id = ANY($1) ORDER BY seq`, [
      [toExisting.id, toFresh.id],
    ]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['member.invite', 'member.invite']);
  });

  it('lets only the own ADMIN set roles, and never leaves the organisation without an ADMIN', async () => {
    const target = own.users.viewer.id;
    const vars = { org: own.org.id, user: target, roles: ['VIEWER', 'SIGNATORY'] };
    expect(await app.client().code(SET_ROLES, vars)).toBe('UNAUTHENTICATED');
    for (const client of [own.caseworker, own.signatory, own.viewer, other.admin, coordinator]) {
      expect(await client.code(SET_ROLES, vars)).toBe('FORBIDDEN');
    }
    expect(await own.admin.code(SET_ROLES, { ...vars, user: other.users.viewer.id })).toBe('NOT_FOUND');
    expect(await own.admin.code(SET_ROLES, { ...vars, roles: [] })).toBe('BAD_USER_INPUT');
    const set = await own.admin.ok<{ setMemberRoles: { roles: string[] } }>(SET_ROLES, vars);
    expect(set.setMemberRoles.roles).toEqual(['VIEWER', 'SIGNATORY']);
    // The only ADMIN cannot give the role up.
    expect(await own.admin.code(SET_ROLES, { ...vars, user: own.users.admin.id, roles: ['VIEWER'] })).toBe('CONFLICT');
    const [{ roles }] = await app.deps.dataSource.query(
      `SELECT roles FROM memberships WHERE user_id = $1 AND organisation_id = $2`,
      [own.users.admin.id, own.org.id],
    );
    expect(roles).toEqual(['ADMIN']);
  });

  it('two ADMINs demoting each other at once leave one ADMIN', async () => {
    const team = await orgWithMembers(app);
    await team.admin.ok(SET_ROLES, { org: team.org.id, user: team.users.caseworker.id, roles: ['ADMIN'] });
    const secondAdmin = await signIn(app, team.users.caseworker);
    const results = await Promise.all([
      team.admin.gql(SET_ROLES, { org: team.org.id, user: team.users.caseworker.id, roles: ['VIEWER'] }),
      secondAdmin.gql(SET_ROLES, { org: team.org.id, user: team.users.admin.id, roles: ['VIEWER'] }),
    ]);
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? null);
    expect(codes.filter((c) => c === null)).toHaveLength(1);
    const [{ admins }] = await app.deps.dataSource.query(
      `SELECT count(*)::int AS admins FROM memberships WHERE organisation_id = $1 AND 'ADMIN' = ANY(roles)`,
      [team.org.id],
    );
    expect(admins).toBe(1);
  });

  it('lets only the own ADMIN remove a member, never the last ADMIN; the removed member loses access', async () => {
    const team = await orgWithMembers(app);
    const vars = { org: team.org.id, user: team.users.signatory.id };
    expect(await app.client().code(REMOVE, vars)).toBe('UNAUTHENTICATED');
    for (const client of [team.caseworker, team.signatory, team.viewer, other.admin, coordinator]) {
      expect(await client.code(REMOVE, vars)).toBe('FORBIDDEN');
    }
    expect(await team.admin.code(REMOVE, { ...vars, user: other.users.viewer.id })).toBe('NOT_FOUND');
    expect(await team.admin.code(REMOVE, { ...vars, user: team.users.admin.id })).toBe('CONFLICT');
    expect(await team.admin.ok(REMOVE, vars)).toEqual({ removeMember: true });
    expect(await team.admin.code(REMOVE, vars)).toBe('NOT_FOUND');
    const { me } = await team.signatory.ok<{ me: { memberships: unknown[] } }>(`{ me { memberships { roles } } }`);
    expect(me.memberships).toEqual([]);
    const actions = await app.deps.dataSource.query(`SELECT action FROM audit_entries WHERE organisation_id = $1 ORDER BY seq`, [
      team.org.id,
    ]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['member.remove']);
  });
  it('lists pending invitations to the own ADMIN and the coordinator only, without their tokens', async () => {
    const team = await orgWithMembers(app);
    const older = await inviteTo(team, `older-${Date.now()}@test.example.org`);
    const newer = await inviteTo(team, `newer-${Date.now()}@test.example.org`);
    const accepted = await inviteTo(team, `accepted-${Date.now()}@test.example.org`);
    await app.client().ok(ACCEPT, { token: accepted.token, name: 'Joined', password: 'a long enough passphrase' });
    const expired = await inviteTo(team, `expired-${Date.now()}@test.example.org`);
    await app.deps.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.id]);

    expect(await app.client().code(INVITATIONS, { org: team.org.id })).toBe('UNAUTHENTICATED');
    for (const client of [team.caseworker, team.signatory, team.viewer, other.admin]) {
      expect(await client.code(INVITATIONS, { org: team.org.id })).toBe('FORBIDDEN');
    }
    type Listed = { invitations: { id: string; email: string; token: string | null; organisation: { id: string } }[] };
    const listed = await team.admin.ok<Listed>(INVITATIONS, { org: team.org.id });
    expect(listed.invitations.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(listed.invitations.every((i) => i.token === null && i.organisation.id === team.org.id)).toBe(true);
    expect((await coordinator.ok<Listed>(INVITATIONS, { org: team.org.id })).invitations.map((i) => i.id)).toEqual([newer.id, older.id]);
    // Another organisation's ADMIN sees only its own, and a malformed id names no organisation.
    expect((await other.admin.ok<Listed>(INVITATIONS, { org: other.org.id })).invitations.map((i) => i.id)).not.toContain(newer.id);
    expect((await coordinator.ok<Listed>(INVITATIONS, { org: 'not-a-uuid' })).invitations).toEqual([]);
  });

  it('lets only the own ADMIN revoke a pending invitation; its token stops working', async () => {
    const team = await orgWithMembers(app);
    const inviteMember = await inviteTo(team, `revoked-${Date.now()}@test.example.org`, ['CASEWORKER']);
    const vars = { id: inviteMember.id };
    expect(await app.client().code(REVOKE, vars)).toBe('UNAUTHENTICATED');
    // The coordinator may read the invitation but not end it; members without ADMIN and other
    // organisations cannot even see it.
    expect(await coordinator.code(REVOKE, vars)).toBe('FORBIDDEN');
    for (const client of [team.caseworker, team.signatory, team.viewer, other.admin]) {
      expect(await client.code(REVOKE, vars)).toBe('NOT_FOUND');
    }
    expect(await team.admin.code(REVOKE, { id: 'not-a-uuid' })).toBe('NOT_FOUND');
    // PostgreSQL refuses the same change to everyone but the organisation's ADMINs, whatever the service says.
    for (const userId of [coordinatorId, team.users.caseworker.id, other.users.admin.id]) {
      const changed = await withActorTransaction(app.deps, { userId }, (tx) =>
        tx.db.query(`UPDATE invitations SET expires_at = now() WHERE id = $1 RETURNING id`, [inviteMember.id]),
      );
      expect(changed).toEqual([[], 0]);
    }
    const [before] = await app.deps.dataSource.query(`SELECT expires_at FROM invitations WHERE id = $1`, [inviteMember.id]);
    expect(new Date(before.expires_at).getTime()).toBeGreaterThan(Date.now());

    expect(await team.admin.ok(REVOKE, vars)).toEqual({ revokeInvitation: true });
    expect(await team.admin.code(REVOKE, vars)).toBe('CONFLICT');
    expect(
      await app.client().code(ACCEPT, { token: inviteMember.token, name: 'Too Late', password: 'a long enough passphrase' }),
    ).toBe('NOT_FOUND');
    const { invitations } = await team.admin.ok<{ invitations: unknown[] }>(INVITATIONS, { org: team.org.id });
    expect(invitations).toEqual([]);
    const actions = await app.deps.dataSource.query(`SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY seq`, [
      inviteMember.id,
    ]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['member.invite', 'member.revoke_invitation']);
  });

  it('refuses to revoke an accepted invitation', async () => {
    const team = await orgWithMembers(app);
    const inviteMember = await inviteTo(team, `joined-${Date.now()}@test.example.org`);
    await app.client().ok(ACCEPT, { token: inviteMember.token, name: 'Joined', password: 'a long enough passphrase' });
    expect(await team.admin.code(REVOKE, { id: inviteMember.id })).toBe('CONFLICT');
    const { members } = await team.admin.ok<{ members: { user: { email: string } }[] }>(MEMBERS, { org: team.org.id });
    expect(members.map((m) => m.user.email)).toContain(inviteMember.email);
  });
});
