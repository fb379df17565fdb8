import { CoalitionRole, OrgRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../server/test/support/test-app';
import { createOrg, createUser, type TestOrg, type TestUser } from '../../../server/test/support/factories';
import { createLogger } from '../../../server/src/core/observability/logger';
import { ADD_EVENT, ADD_PERSON, CREATE_CASE, SHARE, caseInput } from '../../../server/test/support/case-fixtures';
import { CREATE_BRIEFING, DECIDE_BRIEFING, RELEASE_BRIEFING, SUBMIT_BRIEFING } from '../../../server/test/support/briefing-fixtures';
import { CREATE as CREATE_STATEMENT, OPEN, PUBLISH, SIGN, translations } from '../../../server/test/support/statement-fixtures';
import { CANARY_CONTACT, CANARY_EVENT, CANARY_NAME, CANARY_SUMMARY, CANARY_TITLE, LeakWatch, LogSink } from './leak-watch';
import { RecordingClient } from './recording-client';

export const ROLES = ['admin', 'caseworker', 'signatory', 'viewer'] as const;
export type RoleName = (typeof ROLES)[number];
export const ACTORS = ['anonymous', 'admin', 'caseworker', 'signatory', 'viewer', 'coordinator', 'liaison'] as const;
export type ActorName = (typeof ACTORS)[number];
export type SignedInActor = Exclude<ActorName, 'anonymous'>;

const ORG_ROLE: Record<RoleName, OrgRole> = { admin: OrgRole.ADMIN, caseworker: OrgRole.CASEWORKER, signatory: OrgRole.SIGNATORY, viewer: OrgRole.VIEWER };

export interface Team {
  org: TestOrg;
  users: Record<RoleName, TestUser>;
  clients: Record<RoleName, RecordingClient>;
}

export interface StatementRef {
  id: string;
  slug: string;
  contentHash: string;
}

export type CaseTarget = 'own' | 'readShare' | 'writeShare' | 'writeSharePd' | 'coalition' | 'restricted';

/**
 * The world every security test runs against. The actors are the members of
 * `own` (one per role), a coordinator and a liaison (no memberships). `other`
 * owns the cases shared with `own`, a COALITION case and the RESTRICTED
 * canary case; `bystander` is an organisation no one here belongs to.
 */
export interface World {
  app: TestApp;
  watch: LeakWatch;
  logs: LogSink;
  own: Team;
  other: Team;
  bystander: TestOrg;
  actors: Record<ActorName, RecordingClient>;
  users: Record<SignedInActor, TestUser>;
  cases: Record<CaseTarget, string>;
  canary: { caseId: string; personId: string; eventId: string };
  statements: { ownDraft: StatementRef; ownOpen: StatementRef; ownPublished: StatementRef; otherDraft: StatementRef; otherOpen: StatementRef };
  briefings: { ownDraft: string; otherDraft: string; otherReleased: string };
  client(label: string, cookie?: string | null): RecordingClient;
  signIn(user: TestUser, label: string): Promise<RecordingClient>;
  /** A new user with the same roles as `actor` (for operations that change the user or end the session). */
  twin(actor: SignedInActor): Promise<{ user: TestUser; client: RecordingClient }>;
}

export async function createTestCase(client: RecordingClient, organisationId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const data = await client.ok<{ createCase: { id: string } }>(CREATE_CASE, { input: caseInput(organisationId, overrides) });
  return data.createCase.id;
}

export async function addPerson(client: RecordingClient, caseId: string, input: Record<string, unknown> = {}): Promise<string> {
  const data = await client.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, {
    caseId,
    input: { fullName: 'Farhod Nazarov', role: 'VICTIM', consentToShare: true, contact: '+7 900 000-00-01', birthYear: 1980, ...input },
  });
  return data.addCasePerson.id;
}

export async function createStatementAs(client: RecordingClient, organisationId: string): Promise<StatementRef> {
  const data = await client.ok<{ createStatement: { id: string; slug: string; currentVersion: { contentHash: string } } }>(CREATE_STATEMENT, {
    input: { initiatorOrganisationId: organisationId, addressees: ['Administration of the Russian Federation'], primaryLanguage: 'EN', translations: translations() },
  });
  return { id: data.createStatement.id, slug: data.createStatement.slug, contentHash: data.createStatement.currentVersion.contentHash };
}

export async function openStatementAs(team: Team): Promise<StatementRef> {
  const s = await createStatementAs(team.clients.caseworker, team.org.id);
  await team.clients.admin.ok(OPEN, { id: s.id });
  return s;
}

export const signVariables = (s: StatementRef, organisationId: string) => ({
  input: { statementId: s.id, organisationId, contentHash: s.contentHash, signatoryName: 'Nodira A.', signatoryTitle: 'Director' },
});

export async function publishedStatementAs(team: Team): Promise<StatementRef> {
  const s = await openStatementAs(team);
  await team.clients.admin.ok(SIGN, signVariables(s, team.org.id));
  await team.clients.admin.ok(PUBLISH, { id: s.id });
  return s;
}

/** A briefing by `team` on `caseIds`, taken as far as `until`. Every owner must be `team` for approval. */
export async function briefingAs(team: Team, caseIds: string[], until: 'DRAFT' | 'AWAITING_APPROVAL' | 'APPROVED' | 'RELEASED'): Promise<string> {
  const created = await team.clients.caseworker.ok<{ createBriefing: { id: string } }>(CREATE_BRIEFING, {
    input: { organisationId: team.org.id, title: 'Briefing for the OSCE', audience: 'OSCE ODIHR', caseIds, includeStatistics: false },
  });
  const id = created.createBriefing.id;
  if (until === 'DRAFT') return id;
  await team.clients.caseworker.ok(SUBMIT_BRIEFING, { id });
  if (until === 'AWAITING_APPROVAL') return id;
  await team.clients.admin.ok(DECIDE_BRIEFING, { id, org: team.org.id, approve: true });
  if (until === 'APPROVED') return id;
  await team.clients.admin.ok(RELEASE_BRIEFING, { id });
  return id;
}

/** `databaseUrl`: a migrated database of the caller's own (see scratch-database.ts) instead of the run's shared one. */
export async function buildWorld(env: Record<string, string> = {}, options: { databaseUrl?: string } = {}): Promise<World> {
  const watch = new LeakWatch();
  const logs = new LogSink();
  // trace: the most the server ever logs; the canaries must be in none of it.
  const app = await startTestApp(env, { log: createLogger('trace', logs), databaseUrl: options.databaseUrl });
  const client = (label: string, cookie: string | null = null) => new RecordingClient(app.url, watch, cookie, label);
  const signIn = async (user: TestUser, label: string) => {
    const c = client(label);
    const result = await c.login(user.email, user.password);
    if (result.errors) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
    return c;
  };
  const team = async (slug: string): Promise<Team> => {
    const org = await createOrg(app, { slug: `${slug}-${Date.now().toString(36)}` });
    const users = {} as Record<RoleName, TestUser>;
    const clients = {} as Record<RoleName, RecordingClient>;
    for (const role of ROLES) {
      users[role] = await createUser(app, { memberships: [{ organisationId: org.id, roles: [ORG_ROLE[role]] }] });
      clients[role] = await signIn(users[role], `${slug}.${role}`);
    }
    return { org, users, clients };
  };

  const own = await team('own');
  const other = await team('other');
  const bystander = await createOrg(app);
  const coordinator = await createUser(app, { coalitionRoles: [CoalitionRole.COORDINATOR] });
  const liaison = await createUser(app, { coalitionRoles: [CoalitionRole.LIAISON] });
  const users: Record<SignedInActor, TestUser> = { ...own.users, coordinator, liaison };
  const actors: Record<ActorName, RecordingClient> = {
    anonymous: client('anonymous'),
    ...(Object.fromEntries(ROLES.map((r) => [r, own.clients[r].clone(r)])) as Record<RoleName, RecordingClient>),
    coordinator: await signIn(coordinator, 'coordinator'),
    liaison: await signIn(liaison, 'liaison'),
  };

  // Cases: the actors' own, and the other organisation's in every relation to them.
  const o = other.clients.caseworker;
  const ownCase = await createTestCase(own.clients.caseworker, own.org.id, { title: 'Raid at the Apraksin Dvor market' });
  await addPerson(own.clients.caseworker, ownCase, { fullName: 'Own Person Alimov' });
  const readShare = await createTestCase(o, other.org.id, { title: 'Read-shared raid', visibility: 'SHARED' });
  const writeShare = await createTestCase(o, other.org.id, { title: 'Write-shared raid', visibility: 'SHARED' });
  const writeSharePd = await createTestCase(o, other.org.id, { title: 'Write-shared raid with personal data', visibility: 'SHARED' });
  const coalition = await createTestCase(o, other.org.id, { title: 'Coalition-wide raid', visibility: 'COALITION' });
  for (const id of [readShare, writeShare, writeSharePd, coalition]) {
    await addPerson(o, id, { fullName: 'Shared Person Karimov' });
    await addPerson(o, id, { fullName: 'Silent Person Rahimov', consentToShare: false });
  }
  await other.clients.admin.ok(SHARE, { caseId: readShare, organisationId: own.org.id, access: 'READ' });
  await other.clients.admin.ok(SHARE, { caseId: writeShare, organisationId: own.org.id, access: 'WRITE', personalData: false });
  await other.clients.admin.ok(SHARE, { caseId: writeSharePd, organisationId: own.org.id, access: 'WRITE', personalData: true });

  // The canary: a RESTRICTED case of the other organisation, its person (who consented, so only the
  // absence of a share protects them) and an event, all carrying distinctive strings.
  const restricted = await createTestCase(o, other.org.id, { title: CANARY_TITLE, summary: `${CANARY_SUMMARY}; ${CANARY_NAME} was detained` });
  const canaryPerson = await addPerson(o, restricted, { fullName: CANARY_NAME, contact: CANARY_CONTACT, birthYear: 1911, consentToShare: true });
  const canaryEvent = (
    await o.ok<{ addCaseEvent: { id: string } }>(ADD_EVENT, {
      caseId: restricted,
      input: { type: 'COURT_HEARING', occurredOn: '2013-03-01', title: CANARY_EVENT, description: `${CANARY_NAME} heard by the court`, authority: 'Court' },
    })
  ).addCaseEvent.id;

  const statements = {
    ownDraft: await createStatementAs(own.clients.caseworker, own.org.id),
    ownOpen: await openStatementAs(own),
    ownPublished: await publishedStatementAs(own),
    otherDraft: await createStatementAs(other.clients.caseworker, other.org.id),
    otherOpen: await openStatementAs(other),
  };
  const briefings = {
    ownDraft: await briefingAs(own, [ownCase], 'DRAFT'),
    otherDraft: await briefingAs(other, [coalition], 'DRAFT'),
    otherReleased: await briefingAs(other, [coalition], 'RELEASED'),
  };

  let twins = 0;
  const twin = async (actor: SignedInActor) => {
    twins += 1;
    const user =
      actor === 'coordinator' || actor === 'liaison'
        ? await createUser(app, { coalitionRoles: [actor === 'coordinator' ? CoalitionRole.COORDINATOR : CoalitionRole.LIAISON] })
        : await createUser(app, { memberships: [{ organisationId: own.org.id, roles: [ORG_ROLE[actor]] }] });
    return { user, client: await signIn(user, `${actor}-twin-${twins}`) };
  };

  return {
    app,
    watch,
    logs,
    own,
    other,
    bystander,
    actors,
    users,
    cases: { own: ownCase, readShare, writeShare, writeSharePd, coalition, restricted },
    canary: { caseId: restricted, personId: canaryPerson, eventId: canaryEvent },
    statements,
    briefings,
    client,
    signIn,
    twin,
  };
}
