import crypto from 'node:crypto';
import { CoalitionRole, OrgRole } from '@coalition/shared';
import { hashPassword } from '../../src/modules/auth/password';
import type { TestApp } from './test-app';
import type { TestClient } from './test-client';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

const unique = () => crypto.randomBytes(4).toString('hex');

export interface TestOrg {
  id: string;
  slug: string;
  name: string;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

/** A fresh organisation, written as the database owner (test set-up, not the code under test). */
export async function createOrg(app: TestApp, overrides: Partial<{ slug: string; name: string; countryCode: string; city: string }> = {}): Promise<TestOrg> {
  const id = crypto.randomUUID();
  const slug = overrides.slug ?? `org-${unique()}`;
  const name = overrides.name ?? `Organisation ${slug}`;
  await app.deps.dataSource.query(
    `INSERT INTO organisations (id, slug, name, city, country_code, representative) VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, slug, name, overrides.city ?? 'St. Petersburg', overrides.countryCode ?? 'RU', 'A. Representative'],
  );
  return { id, slug, name };
}

export async function createUser(
  app: TestApp,
  options: { memberships?: { organisationId: string; roles: OrgRole[] }[]; coalitionRoles?: CoalitionRole[]; email?: string } = {},
): Promise<TestUser> {
  const id = crypto.randomUUID();
  const email = options.email ?? `user-${unique()}@test.example.org`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  await app.deps.dataSource.query(
    `INSERT INTO users (id, email, display_name, password_hash, coalition_roles) VALUES ($1, $2, $3, $4, $5)`,
    [id, email, `Test user ${email.split('@')[0]}`, await passwordHash, options.coalitionRoles ?? []],
  );
  for (const m of options.memberships ?? []) {
    await app.deps.dataSource.query(`INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, $3)`, [
      m.organisationId,
      id,
      m.roles,
    ]);
  }
  return { id, email, password: TEST_PASSWORD };
}

export async function signIn(app: TestApp, user: TestUser): Promise<TestClient> {
  const client = app.client();
  const result = await client.login(user.email, user.password);
  if (result.errors) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return client;
}

export interface TestOrgWithMembers {
  org: TestOrg;
  users: Record<'admin' | 'caseworker' | 'signatory' | 'viewer', TestUser>;
  admin: TestClient;
  caseworker: TestClient;
  signatory: TestClient;
  viewer: TestClient;
}

/** An organisation with one signed-in member per role. */
export async function orgWithMembers(app: TestApp, overrides: Parameters<typeof createOrg>[1] = {}): Promise<TestOrgWithMembers> {
  const org = await createOrg(app, overrides);
  const roles = { admin: OrgRole.ADMIN, caseworker: OrgRole.CASEWORKER, signatory: OrgRole.SIGNATORY, viewer: OrgRole.VIEWER } as const;
  const users = {} as TestOrgWithMembers['users'];
  const clients = {} as Record<keyof typeof roles, TestClient>;
  for (const [key, role] of Object.entries(roles) as [keyof typeof roles, OrgRole][]) {
    users[key] = await createUser(app, { memberships: [{ organisationId: org.id, roles: [role] }] });
    clients[key] = await signIn(app, users[key]);
  }
  return { org, users, ...clients };
}

export async function coalitionUser(app: TestApp, role: CoalitionRole): Promise<{ user: TestUser; client: TestClient }> {
  const user = await createUser(app, { coalitionRoles: [role] });
  return { user, client: await signIn(app, user) };
}
