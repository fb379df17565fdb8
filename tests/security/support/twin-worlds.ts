import crypto from 'node:crypto';
import { CoalitionRole, OrgRole } from '@coalition/shared';
import { Client } from 'pg';
import { createOrg, createUser, type TestUser } from '../../../server/test/support/factories';
import { createScratchDatabase, migrateDatabase, type ScratchDatabase } from '../../../server/test/support/scratch-database';
import { startTestApp, type TestApp } from '../../../server/test/support/test-app';
import { TestClient } from '../../../server/test/support/test-client';
import { ADD_EVENT, ADD_PERSON, CREATE_CASE, SHARE, caseInput } from '../../../server/test/support/case-fixtures';
import { CREATE as CREATE_STATEMENT, OPEN, PUBLISH, REVISE, SIGN } from '../../../server/test/support/statement-fixtures';
import { ATTACH, jpegWithGps, uploadBytes } from '../../../server/test/support/evidence-fixtures';
import { NotificationWorker } from '../../../server/src/modules/notifications';
import { base32Decode, hotp, totpStep } from '../../../server/src/modules/auth/totp';

/**
 * Twin worlds for the non-interference test: one deterministic builder,
 * parameterised by the values an actor may not read. `base` holds variant A
 * of every secret; each other world changes one group of secrets to variant B:
 *  - `o`:  what only the owner organisation's members may read: its RESTRICTED cases' text (and the
 *          figures of one left out of statistics), non-consenting persons' name, contact and birth
 *          year, its draft statement and its title, its unreleased briefing, and (in B) one more
 *          RESTRICTED case and one more draft, hence more audit entries;
 *  - `t`:  the same for the third organisation;
 *  - `pd`: the consenting person of the owner's shared case, readable only with a personal-data share.
 * Everything else (ids and timestamps aside) is the same in every world.
 */
export type Variant = 'A' | 'B';
export type Dimension = 'o' | 't' | 'pd';
export type WorldName = 'base' | Dimension;
export const DIMENSIONS: Dimension[] = ['o', 't', 'pd'];

export const ACTORS = ['writeShare', 'writeSharePd', 'readShare', 'readSharePd', 'third', 'owner', 'coordinator', 'liaison', 'anonymous'] as const;
export type Actor = (typeof ACTORS)[number];
export type MemberActor = Exclude<Actor, 'coordinator' | 'liaison' | 'anonymous'>;
export const MEMBER_ACTORS: MemberActor[] = ['writeShare', 'writeSharePd', 'readShare', 'readSharePd', 'third', 'owner'];

/** The groups of secrets each actor may not read (the contract's access table). */
export const UNREADABLE: Record<Actor, Dimension[]> = {
  owner: ['t'],
  readShare: ['o', 't', 'pd'],
  readSharePd: ['o', 't'],
  writeShare: ['o', 't', 'pd'],
  writeSharePd: ['o', 't'],
  third: ['o', 'pd'],
  coordinator: ['o', 't', 'pd'],
  liaison: ['o', 't', 'pd'],
  anonymous: ['o', 't', 'pd'],
};

interface PersonSecret {
  fullName: string;
  contact: string;
  birthYear: number;
}

interface OrgSecrets {
  person: PersonSecret;
  restricted: { title: string; summary: string; eventTitle: string; eventDescription: string };
  /** A RESTRICTED case left out of statistics: its figures may differ too. */
  hidden: { title: string; summary: string; figures: Record<string, number> };
  draft: { title: string; body: string };
  briefingTitle: string;
  /** One more RESTRICTED case and draft statement exist. */
  extra: boolean;
}

const OWNER_SECRETS: Record<Variant, OrgSecrets> = {
  A: {
    person: { fullName: 'Farhod Nazarov', contact: '+7 921 555-01-84', birthYear: 1984 },
    restricted: {
      title: 'Porters beaten at Sadovod market',
      summary: 'Guards beat four porters at Sadovod market at night.',
      eventTitle: 'Complaint to the Lyublino prosecutor',
      eventDescription: 'Filed by the lawyer of the Sadovod porters.',
    },
    hidden: { title: 'Hostel eviction in Kupchino', summary: 'Twelve tenants of a Kupchino hostel were evicted.', figures: { detained: 7, deported: 2, injured: 1, childrenAffected: 3 } },
    draft: { title: 'Appeal on the Sadovod beatings', body: 'We demand an inquiry into the Sadovod beatings.' },
    briefingTitle: 'Sadovod briefing for the OSCE',
    extra: false,
  },
  B: {
    person: { fullName: 'Sukhrob Rahimov', contact: 'sukhrob.rahimov@mail.example', birthYear: 1991 },
    restricted: {
      title: 'Families removed from Kotelniki hostel',
      summary: 'Police removed six families from a Kotelniki hostel.',
      eventTitle: 'Hearing at the Kotelniki court',
      eventDescription: 'The Kotelniki court heard the families.',
    },
    hidden: { title: 'Detentions at Vyborg checkpoint', summary: 'Nine workers were held at the Vyborg checkpoint.', figures: { detained: 9, deported: 5, injured: 0, childrenAffected: 0 } },
    draft: { title: 'Appeal on the Kotelniki removals', body: 'We demand that the Kotelniki families be housed.' },
    briefingTitle: 'Kotelniki briefing for the UN',
    extra: true,
  },
};

const THIRD_SECRETS: Record<Variant, OrgSecrets> = {
  A: {
    person: { fullName: 'Zarina Alieva', contact: '+995 599 555 777', birthYear: 1975 },
    restricted: {
      title: 'Strip search at Pulkovo transit zone',
      summary: 'Border guards searched three women at Pulkovo.',
      eventTitle: 'Letter to the Pulkovo border service',
      eventDescription: 'The Pulkovo border service was asked to explain.',
    },
    hidden: { title: 'Brickworks in Tosno', summary: 'Workers of a Tosno brickworks were unpaid.', figures: { detained: 0, deported: 0, injured: 6, childrenAffected: 1 } },
    draft: { title: 'Appeal on the Pulkovo searches', body: 'We demand an end to the Pulkovo searches.' },
    briefingTitle: 'Pulkovo briefing for the Council of Europe',
    extra: false,
  },
  B: {
    person: { fullName: 'Gulnora Yusupova', contact: 'gulnora.yusupova@mail.example', birthYear: 1982 },
    restricted: {
      title: 'Forced labour at the Gatchina quarry',
      summary: 'Eleven men were kept at the Gatchina quarry.',
      eventTitle: 'Inspection of the Gatchina quarry',
      eventDescription: 'Labour inspectors visited the Gatchina quarry.',
    },
    hidden: { title: 'Arrests at Ladoga station', summary: 'Four men were arrested at Ladoga station.', figures: { detained: 4, deported: 4, injured: 0, childrenAffected: 0 } },
    draft: { title: 'Appeal on the Gatchina quarry', body: 'We demand the release of the Gatchina workers.' },
    briefingTitle: 'Gatchina briefing for the ILO',
    extra: true,
  },
};

/** Where and when the shared case's photo was taken (its EXIF): personal data. Same length in both, so the file's size is too. */
const PHOTO_PLACE: Record<Variant, { latitude: number; longitude: number; capturedAt: string }> = {
  A: { latitude: 59.93863, longitude: 30.31413, capturedAt: '2013:03:05 14:22:01' },
  B: { latitude: 55.75222, longitude: 37.61556, capturedAt: '2013:04:17 09:05:44' },
};

const CONSENTING: Record<Variant, PersonSecret> = {
  A: { fullName: 'Dilshod Umarov', contact: '+992 93 555 0101', birthYear: 1979 },
  B: { fullName: 'Rustam Saidov', contact: 'rustam.saidov@mail.example', birthYear: 1988 },
};

/** A word of each secret text and name of every variant, and one everyone may find: the `search` filter is probed with each. */
export const SEARCH_TERMS = [
  'Sadovod', 'Kotelniki', 'Kupchino', 'Vyborg', 'Pulkovo', 'Gatchina', 'Tosno', 'Ladoga', 'Farhod', 'Sukhrob', 'Dilshod', 'Rustam', 'raid',
];

/**
 * What no notification and no email may ever hold (they say what happened, and link to it): every
 * person's name, contact and birth year of every variant, and each word of the secret texts.
 */
export const NEVER_NOTIFIED: string[] = [
  ...[OWNER_SECRETS.A.person, OWNER_SECRETS.B.person, THIRD_SECRETS.A.person, THIRD_SECRETS.B.person, CONSENTING.A, CONSENTING.B]
    .flatMap((p) => [p.fullName, ...p.fullName.split(' '), p.contact, String(p.birthYear)]),
  'Назаров',
  ...SEARCH_TERMS.filter((term) => term !== 'raid'),
];

/** Every person's name in every variant, in both scripts for one: the `personName` filter and the search box are probed with each. */
export const PERSON_NAMES = ['Farhod Nazarov', 'Назаров', 'Sukhrob Rahimov', 'Zarina Alieva', 'Gulnora Yusupova', 'Dilshod Umarov', 'Rustam Saidov'];

/**
 * What a caseworker who may write a shared case but not read its persons'
 * details writes to learn them: every candidate name, contact and birth year.
 */
export const CANDIDATES = [OWNER_SECRETS.A.person, OWNER_SECRETS.B.person, CONSENTING.A, CONSENTING.B]
  .map((p) => `${p.fullName} (${p.birthYear}, ${p.contact})`)
  .join('; ');

export const CREATE_BRIEFING = `mutation ($input: CreateBriefingInput!) { createBriefing(input: $input) { id } }`;
const SUBMIT_BRIEFING = `mutation ($id: ID!) { submitBriefing(id: $id) { id } }`;
const DECIDE_BRIEFING = `mutation ($id: ID!, $org: ID!) { decideBriefing(id: $id, organisationId: $org, approve: true) { id } }`;
const RELEASE_BRIEFING = `mutation ($id: ID!) { releaseBriefing(id: $id) { id } }`;
const REVOKE_BRIEFING = `mutation ($id: ID!) { revokeBriefing(id: $id) { id } }`;
const INVITE = `mutation ($org: ID!, $email: String!) { inviteMember(organisationId: $org, email: $email, roles: [VIEWER]) { id } }`;
const RESET_TOTP = `mutation ($org: ID!, $user: ID!) { resetMemberTotp(organisationId: $org, userId: $user) }`;
const LOCK = `mutation ($id: ID!) { lockOrganisation(id: $id) { id } }`;
const UNLOCK = `mutation ($id: ID!) { unlockOrganisation(id: $id) { id } }`;
const ADD_TASK = `mutation ($caseId: ID!, $input: CaseTaskInput!) { addCaseTask(caseId: $caseId, input: $input) { id } }`;
/** Due half an hour after the build, reminded an hour before: TASK_DUE at the first sweep, TASK_OVERDUE at the second. */
const DUE_IN_MS = 30 * 60_000;
/** The shared case's task, due later: its reminders come at sweeps of their own (see the sweeps at the end). */
const SHARED_DUE_IN_MS = 3 * 3600_000;

export const ORG_KEYS = ['owner', 'readShare', 'readSharePd', 'writeShare', 'writeSharePd', 'third'] as const;
export type OrgKey = (typeof ORG_KEYS)[number];

/** The secrets an organisation holds, by id, in one world: the targets of refused writes. */
export interface HolderTargets {
  restrictedCase: string;
  hiddenCase: string;
  /** The extra RESTRICTED case in variant B; an id that exists nowhere in variant A. */
  extraCase: string;
  restrictedPerson: string;
  /** The consent the restricted person gave (consentToShare), a referral and a link between the holder's own cases. */
  restrictedConsent: string;
  referral: string;
  link: string;
  draftStatement: string;
  draftBriefing: string;
}

export interface TwinWorld {
  name: WorldName;
  app: TestApp;
  scratch: ScratchDatabase;
  orgs: Record<OrgKey, string>;
  users: Record<Exclude<Actor, 'anonymous'>, TestUser>;
  clients: Record<Actor, TestClient>;
  cases: { shared: string; ownerCoalition: string; thirdCoalition: string };
  holders: { o: HolderTargets; t: HolderTargets };
  statements: { id: string; slug: string }[];
  briefings: string[];
  /** Evidence files: on each holder's RESTRICTED case (its text the holder's secret), and on the shared case a photo whose EXIF is personal data and a photo the owner marked as showing no one. */
  evidence: string[];
  /** Every id the builder made, with a readable label, in the order made: ids in answers are shown by label. */
  labels: Map<string, string>;
  close(): Promise<void>;
}

const MEMBER_ROLES = [OrgRole.ADMIN, OrgRole.CASEWORKER, OrgRole.SIGNATORY];

export const variantsOf = (name: WorldName): Record<Dimension, Variant> => ({
  o: name === 'o' ? 'B' : 'A',
  t: name === 't' ? 'B' : 'A',
  pd: name === 'pd' ? 'B' : 'A',
});

/** One email as queued in the world's outbox (mail_messages; no test server sends any). */
export interface QueuedMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Every email the world queued, once the notifications' mail sweep ran (the test servers run no periodic
 * job): the notifications written so far become emails, one each (no one chose a digest), beside the
 * account emails the requests queued.
 */
export async function queuedMails(w: TwinWorld): Promise<QueuedMail[]> {
  await new NotificationWorker(w.app.deps).mail(new Date());
  const rows = (await w.app.deps.dataSource.query(`SELECT recipient, subject, text_body FROM mail_messages ORDER BY created_at, id`)) as { recipient: string; subject: string; text_body: string }[];
  return rows.map((r) => ({ to: r.recipient, subject: r.subject, text: r.text_body }));
}

/** A migrated, empty database to copy: migrating once instead of once per world. */
export async function migratedTemplate(): Promise<ScratchDatabase> {
  const template = await createScratchDatabase('coalition_ni_template');
  await migrateDatabase(template.url);
  return template;
}

/** A copy of the template (it must have no open connection), dropped like any scratch database. */
export async function copyOf(template: ScratchDatabase, name: WorldName): Promise<ScratchDatabase> {
  const copy = await createScratchDatabase(`coalition_ni_${name}`);
  const admin = new Client({ connectionString: process.env.COALITION_TEST_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE ${copy.name}`);
    await admin.query(`CREATE DATABASE ${copy.name} TEMPLATE ${template.name}`);
  } finally {
    await admin.end();
  }
  return copy;
}

/** A database and a server of its own, built from nothing: the same steps in every world. */
export async function buildTwinWorld(name: WorldName, scratch: ScratchDatabase): Promise<TwinWorld> {
  const variants = variantsOf(name);
  const app = await startTestApp({}, { databaseUrl: scratch.url });
  const labels = new Map<string, string>();
  const label = <T extends string>(id: T, what: string): T => {
    labels.set(id, what);
    return id;
  };

  const orgs = {} as Record<OrgKey, string>;
  for (const key of ORG_KEYS) {
    const org = await createOrg(app, { slug: `ni-${key.toLowerCase()}`, name: `Organisation ${key}` });
    orgs[key] = label(org.id, `org:${key}`);
  }
  const users = {} as TwinWorld['users'];
  for (const key of ORG_KEYS) {
    users[key] = await createUser(app, { email: `${key.toLowerCase()}@ni.example.org`, memberships: [{ organisationId: orgs[key], roles: MEMBER_ROLES }] });
  }
  users.coordinator = await createUser(app, { email: 'coordinator@ni.example.org', coalitionRoles: [CoalitionRole.COORDINATOR] });
  users.liaison = await createUser(app, { email: 'liaison@ni.example.org', coalitionRoles: [CoalitionRole.LIAISON] });
  for (const [key, user] of Object.entries(users)) label(user.id, `user:${key}`);
  const clients = { anonymous: app.client() } as Record<Actor, TestClient>;
  for (const [key, user] of Object.entries(users) as [Exclude<Actor, 'anonymous'>, TestUser][]) {
    const client = app.client();
    const result = await client.login(user.email, user.password);
    if (result.errors) throw new Error(`sign-in of ${key} failed: ${JSON.stringify(result.errors)}`);
    clients[key] = client;
  }
  // Builder steps are taken by a separate session of the same users: the actors' sessions stay theirs.
  // Signed out at the end of the build: each actor's account then shows its own session alone.
  const builders: TestClient[] = [];
  // Each is a browser the user has not signed in from before: a NEW_SIGN_IN to that user.
  const as = async (key: Exclude<Actor, 'anonymous'>): Promise<TestClient> => {
    const client = app.client();
    await client.login(users[key].email, users[key].password);
    builders.push(client);
    return client;
  };
  const owner = await as('owner');
  const third = await as('third');
  const readShare = await as('readShare');

  const statements: { id: string; slug: string }[] = [];
  const briefings: string[] = [];
  const newCase = async (by: TestClient, org: string, what: string, overrides: Record<string, unknown>) =>
    label((await by.ok<{ createCase: { id: string } }>(CREATE_CASE, { input: caseInput(org, overrides) })).createCase.id, `case:${what}`);
  const person = async (by: TestClient, caseId: string, what: string, p: PersonSecret, consentToShare: boolean, citizenship: string) =>
    label(
      (await by.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId, input: { ...p, role: 'VICTIM', consentToShare, citizenship } })).addCasePerson.id,
      `person:${what}`,
    );
  const event = (by: TestClient, caseId: string, title: string, description: string) =>
    by.ok(ADD_EVENT, { caseId, input: { type: 'COMPLAINT_FILED', occurredOn: '2013-03-04', title, description, authority: 'Prosecutor' } });
  const statement = async (by: TestClient, org: string, what: string, title: string, body: string) => {
    const data = await by.ok<{ createStatement: { id: string; slug: string; currentVersion: { contentHash: string } } }>(CREATE_STATEMENT, {
      input: { initiatorOrganisationId: org, addressees: ['Prosecutor General of the Russian Federation'], primaryLanguage: 'EN', translations: [{ language: 'EN', title, body }] },
    });
    const s = data.createStatement;
    statements.push({ id: label(s.id, `statement:${what}`), slug: s.slug });
    return s;
  };
  const briefing = async (by: TestClient, org: string, what: string, title: string, caseIds: string[], includeStatistics: boolean) => {
    const data = await by.ok<{ createBriefing: { id: string } }>(CREATE_BRIEFING, {
      input: { organisationId: org, title, audience: 'OSCE ODIHR', caseIds, includeStatistics },
    });
    briefings.push(label(data.createBriefing.id, `briefing:${what}`));
    return data.createBriefing.id;
  };

  /** What a holder of secrets (the owner, the third organisation) keeps to itself, in its variant. */
  const holderSecrets = async (by: TestClient, key: 'owner' | 'third', s: OrgSecrets) => {
    const org = orgs[key];
    const coalition = await newCase(by, org, `${key}Coalition`, {
      title: `Document checks at Sennaya metro (${key})`, summary: 'Police checked documents of passers-by.', visibility: 'COALITION', figures: { detained: 2 },
    });
    await person(by, coalition, `${key}CoalitionSilent`, s.person, false, 'UZ');
    const restricted = await newCase(by, org, `${key}Restricted`, {
      title: s.restricted.title, summary: s.restricted.summary, categories: ['ILL_TREATMENT'], figures: { detained: 1, injured: 2 },
    });
    const restrictedPerson = await person(by, restricted, `${key}RestrictedPerson`, s.person, true, 'TJ');
    await event(by, restricted, s.restricted.eventTitle, s.restricted.eventDescription);
    // Deadlines of the RESTRICTED case, titled with its secrets and assigned to the holder's member: TASK_DUE and
    // TASK_OVERDUE at the sweeps after the build, to the holder's members alone (no TASK_ASSIGNED: the member
    // assigned it to itself, and no one is told of their own act).
    const dueAt = new Date(Date.now() + DUE_IN_MS).toISOString();
    for (const title of [`Appeal: ${s.restricted.eventTitle}`, ...(s.extra ? [`Rule 39 request: ${s.restricted.title}`] : [])]) {
      const task = await by.ok<{ addCaseTask: { id: string } }>(ADD_TASK, { caseId: restricted, input: { title, dueAt, assigneeId: users[key].id, remindBefore: [60] } });
      label(task.addCaseTask.id, `task:${key}Restricted${title.startsWith('Rule') ? 'Extra' : ''}`);
    }
    const hidden = await newCase(by, org, `${key}Hidden`, {
      title: s.hidden.title, summary: s.hidden.summary, categories: ['ILL_TREATMENT'], figures: s.hidden.figures, includeInStatistics: false,
    });
    const draft = await statement(by, org, `${key}Draft`, s.draft.title, s.draft.body);
    const open = await statement(by, org, `${key}Open`, `Appeal on document checks (${key})`, 'We call for an end to arbitrary checks.');
    await by.ok(OPEN, { id: open.id });
    // Signed by readShare, then revised: SIGNATURE_OUTDATED to readShare's signatories (the same in every world).
    await readShare.ok(SIGN, {
      input: { statementId: open.id, organisationId: orgs.readShare, contentHash: open.currentVersion.contentHash, signatoryName: 'Director', signatoryTitle: 'Director' },
    });
    await by.ok(REVISE, { id: open.id, baseVersion: 1, translations: [{ language: 'EN', title: `Appeal on document checks (${key})`, body: 'We call for an end to arbitrary document checks.' }] });
    const draftBriefing = await briefing(by, org, `${key}Draft`, s.briefingTitle, [restricted], true);
    const restrictedConsent = label(
      (await by.ok<{ case: { persons: { consents: { id: string }[] }[] } }>(`query ($id: ID!) { case(id: $id) { persons { consents { id } } } }`, { id: restricted }))
        .case.persons[0].consents[0].id,
      `consent:${key}Restricted`,
    );
    // Ids of a referral and a link no one may touch: refusals must not tell whether they exist.
    const referral = label(crypto.randomUUID(), `referral:${key}`);
    const link = label(crypto.randomUUID(), `link:${key}`);
    return { coalition, restricted, restrictedPerson, restrictedConsent, referral, link, hidden, draft: draft.id, draftBriefing };
  };

  const o = await holderSecrets(owner, 'owner', OWNER_SECRETS[variants.o]);
  const t = await holderSecrets(third, 'third', THIRD_SECRETS[variants.t]);

  const evidence: string[] = [];
  const attach = async (by: TestClient, caseId: string, what: string, fileName: string, bytes: Buffer, containsPersonalData: boolean) => {
    const uploadId = await uploadBytes(by, caseId, fileName, bytes);
    const data = await by.ok<{ attachEvidence: { id: string } }>(ATTACH, { uploadId, caseId, containsPersonalData });
    evidence.push(label(data.attachEvidence.id, `evidence:${what}`));
  };
  await attach(owner, o.restricted, 'ownerRestricted', 'statement.txt', Buffer.from(`${OWNER_SECRETS[variants.o].restricted.summary}\n`), true);
  await attach(third, t.restricted, 'thirdRestricted', 'statement.txt', Buffer.from(`${THIRD_SECRETS[variants.t].restricted.summary}\n`), true);

  // The owner's shared case: one consenting person (readable with a personal-data share) and one not.
  const shared = await newCase(owner, orgs.owner, 'shared', {
    title: 'Raid on the Apraksin Dvor market', summary: 'Police detained traders at the Apraksin Dvor market.', visibility: 'SHARED', figures: { detained: 5 },
  });
  await person(owner, shared, 'sharedConsenting', CONSENTING[variants.pd], true, 'TJ');
  await person(owner, shared, 'sharedSilent', OWNER_SECRETS[variants.o].person, false, 'UZ');
  await event(owner, shared, 'Complaint about the Apraksin raid', 'The traders complained to the prosecutor.');
  // An unassigned deadline of the shared case: its readers see it, its reminders go to the owner's caseworkers alone.
  label(
    (await owner.ok<{ addCaseTask: { id: string } }>(ADD_TASK, {
      caseId: shared,
      input: { title: 'Appeal against the Apraksin detentions', dueAt: new Date(Date.now() + SHARED_DUE_IN_MS).toISOString(), remindBefore: [60] },
    })).addCaseTask.id,
    'task:shared',
  );
  await owner.ok(SHARE, { caseId: shared, organisationId: orgs.readShare, access: 'READ', personalData: false });
  await owner.ok(SHARE, { caseId: shared, organisationId: orgs.readSharePd, access: 'READ', personalData: true });
  await owner.ok(SHARE, { caseId: shared, organisationId: orgs.writeShare, access: 'WRITE', personalData: false });
  await owner.ok(SHARE, { caseId: shared, organisationId: orgs.writeSharePd, access: 'WRITE', personalData: true });
  // A deadline of the shared case assigned to writeShare's member (a WRITE share's caseworkers may hold one):
  // TASK_ASSIGNED to that member. Due in a month: no reminder of it at the sweeps after the build.
  label(
    (await owner.ok<{ addCaseTask: { id: string } }>(ADD_TASK, {
      caseId: shared,
      input: { title: 'Ask the market administration for its records', dueAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(), assigneeId: users.writeShare.id, remindBefore: [60] },
    })).addCaseTask.id,
    'task:sharedAssigned',
  );
  // A pending referral of the consenting person to writeShare, which may not read that person's details (pd), and
  // a confirmed link between the two holders' COALITION cases, with a cross-border timeline.
  const consentingId = (await owner.ok<{ case: { persons: { id: string }[] } }>(`query ($id: ID!) { case(id: $id) { persons { id } } }`, { id: shared })).case.persons[0].id;
  await owner.ok(`mutation ($p: ID!, $org: ID!) { recordConsent(personId: $p, input: { scope: REFERRAL, organisationIds: [$org], purpose: "Legal aid", givenOn: "2013-03-05", form: "signed form" }) { id } }`, {
    p: consentingId, org: orgs.writeShare,
  });
  label((await owner.ok<{ referPerson: { id: string } }>(
    `mutation ($c: ID!, $p: ID!, $org: ID!) { referPerson(caseId: $c, personId: $p, toOrganisationId: $org, needs: [LEGAL_AID, FAMILY_TRACING], reason: "Deported; family needs a lawyer", urgent: true) { id } }`,
    { c: shared, p: consentingId, org: orgs.writeShare },
  )).referPerson.id, 'referral:shared');
  const coalitionLink = label((await owner.ok<{ linkCases: { id: string } }>(`mutation ($a: ID!, $b: ID!) { linkCases(caseId: $a, otherCaseId: $b) { id } }`, { a: o.coalition, b: t.coalition })).linkCases.id, 'link:coalition');
  await third.ok(`mutation ($id: ID!) { confirmCaseLink(linkId: $id) { id } }`, { id: coalitionLink });
  await attach(owner, shared, 'sharedPhoto', 'raid.jpg', await jpegWithGps(11, PHOTO_PLACE[variants.pd]), true);
  await attach(owner, shared, 'sharedDocument', 'market.jpg', await jpegWithGps(12), false);

  // A published statement, released and revoked briefings, an invitation.
  const published = await statement(owner, orgs.owner, 'ownerPublished', 'Appeal of the coalition on raids', 'We call on the authorities to stop the raids.');
  await owner.ok(OPEN, { id: published.id });
  // Signed by readShare too: STATEMENT_PUBLISHED to its members (the owner's own member published it).
  for (const [by, org] of [[owner, orgs.owner], [readShare, orgs.readShare]] as const) {
    await by.ok(SIGN, { input: { statementId: published.id, organisationId: org, contentHash: published.currentVersion.contentHash, signatoryName: 'Director', signatoryTitle: 'Director' } });
  }
  await owner.ok(PUBLISH, { id: published.id });
  const released = await briefing(owner, orgs.owner, 'ownerReleased', 'Briefing on raids', [o.coalition, shared], true);
  const revoked = await briefing(owner, orgs.owner, 'ownerRevoked', 'Withdrawn briefing on raids', [o.coalition], false);
  for (const id of [released, revoked]) {
    await owner.ok(SUBMIT_BRIEFING, { id });
    await owner.ok(DECIDE_BRIEFING, { id, org: orgs.owner });
    await owner.ok(RELEASE_BRIEFING, { id });
  }
  await owner.ok(REVOKE_BRIEFING, { id: revoked });
  await owner.ok(INVITE, { org: orgs.owner, email: 'new.member@ni.example.org' });
  // An address with an account: INVITATION to the liaison.
  await owner.ok(INVITE, { org: orgs.owner, email: users.liaison.email });

  // Briefings with a case of each holder, awaiting both: each reads the other's case only as "a case of ORGANISATION".
  const ownerJoint = await briefing(owner, orgs.owner, 'ownerJoint', 'Joint briefing by the owner', [o.restricted, t.coalition], false);
  await owner.ok(SUBMIT_BRIEFING, { id: ownerJoint });
  const thirdJoint = await briefing(third, orgs.third, 'thirdJoint', 'Joint briefing by the third organisation', [t.restricted, o.coalition], false);
  await third.ok(SUBMIT_BRIEFING, { id: thirdJoint });
  // A joint briefing of the two COALITION cases taken to its release: BRIEFING_DECIDED to the owner's ADMIN,
  // BRIEFING_RELEASED to the third's (each organisation's member hears of what the other did). Not probed
  // by id: the readers' `briefings` list shows it whole.
  const jointReleased = label(
    (await owner.ok<{ createBriefing: { id: string } }>(CREATE_BRIEFING, {
      input: { organisationId: orgs.owner, title: 'Joint briefing on document checks', audience: 'OSCE ODIHR', caseIds: [o.coalition, t.coalition], includeStatistics: false },
    })).createBriefing.id,
    'briefing:jointReleased',
  );
  await owner.ok(SUBMIT_BRIEFING, { id: jointReleased });
  await owner.ok(DECIDE_BRIEFING, { id: jointReleased, org: orgs.owner });
  await third.ok(DECIDE_BRIEFING, { id: jointReleased, org: orgs.third });
  await owner.ok(RELEASE_BRIEFING, { id: jointReleased });

  // The account and the emergency lock, on readSharePd's member: MEMBER_TOTP_RESET (the COORDINATOR resets
  // the TOTP the member turned on: an ADMIN may not reset another ADMIN's), then ORGANISATION_LOCKED and
  // ORGANISATION_UNLOCKED from a second ADMIN of that organisation (the actor is never told of its own
  // act), who unlocks in a session begun with TOTP. Both end the member's sessions: its actor signs in
  // again afterwards, from the same browser (no NEW_SIGN_IN).
  const totpOn = async (client: TestClient): Promise<{ secret: Buffer; step: number }> => {
    const secret = base32Decode((await client.ok<{ setupTotp: { secret: string } }>(`mutation { setupTotp { secret } }`)).setupTotp.secret);
    const step = totpStep();
    await client.ok(`mutation ($code: String!) { confirmTotp(code: $code) }`, { code: hotp(secret, step) });
    return { secret, step };
  };
  await totpOn(await as('readSharePd'));
  await (await as('coordinator')).ok(RESET_TOTP, { org: orgs.readSharePd, user: users.readSharePd.id });
  const deputy = await createUser(app, { email: 'deputy.readsharepd@ni.example.org', memberships: [{ organisationId: orgs.readSharePd, roles: [OrgRole.ADMIN] }] });
  label(deputy.id, 'user:readSharePdDeputy');
  const deputyClient = app.client();
  await deputyClient.login(deputy.email, deputy.password);
  const deputyTotp = await totpOn(deputyClient);
  await deputyClient.ok(LOCK, { id: orgs.readSharePd });
  // A later step than the one confirming spent (the server accepts one step of drift ahead).
  const deputyIn = await deputyClient.login(deputy.email, deputy.password, hotp(deputyTotp.secret, Math.max(totpStep(), deputyTotp.step + 1)));
  if (deputyIn.errors) throw new Error(`TOTP sign-in of readSharePd's deputy failed: ${JSON.stringify(deputyIn.errors)}`);
  await deputyClient.ok(UNLOCK, { id: orgs.readSharePd });
  const again = await clients.readSharePd.login(users.readSharePd.email, users.readSharePd.password);
  if (again.errors) throw new Error(`sign-in of readSharePd after the lock failed: ${JSON.stringify(again.errors)}`);

  // Last, so nothing readable is numbered after them: what exists only in variant B.
  const extra = async (by: TestClient, key: 'owner' | 'third', s: OrgSecrets): Promise<string> => {
    if (!s.extra) {
      // Probed all the same, by an id and a slug that exist nowhere: the answers must not tell the two apart.
      statements.push({ id: label(crypto.randomUUID(), `statement:${key}ExtraDraft`), slug: `appeal-that-does-not-exist-${key}` });
      return label(crypto.randomUUID(), `case:${key}Extra`);
    }
    const id = await newCase(by, orgs[key], `${key}Extra`, { title: `${s.restricted.title} (second case)`, summary: s.restricted.summary, includeInStatistics: false });
    await statement(by, orgs[key], `${key}ExtraDraft`, `${s.draft.title} (second draft)`, s.draft.body);
    return id;
  };
  const oExtra = await extra(owner, 'owner', OWNER_SECRETS[variants.o]);
  const tExtra = await extra(third, 'third', THIRD_SECRETS[variants.t]);
  // The builder's sessions end (those the reset or the lock ended answer UNAUTHENTICATED, signed out all the same).
  for (const client of [...builders, deputyClient]) await client.gql(`mutation { logout }`);

  // The reminder sweeps the server's job queue runs: TASK_DUE an hour before, TASK_OVERDUE once past due. One
  // reminder per recipient and sweep (the owner's member is both the restricted task's assignee and a caseworker
  // reminded of the unassigned shared one): notifications of one sweep share a time, and the list is ordered by time.
  const sweeper = new NotificationWorker(app.deps);
  const built = Date.now();
  for (const at of [0, DUE_IN_MS + 60_000, SHARED_DUE_IN_MS - 55 * 60_000, SHARED_DUE_IN_MS + 60_000]) await sweeper.remind(new Date(built + at));

  const holder = (h: typeof o, extraCase: string): HolderTargets => ({
    restrictedCase: h.restricted, hiddenCase: h.hidden, extraCase, restrictedPerson: h.restrictedPerson, restrictedConsent: h.restrictedConsent,
    referral: h.referral, link: h.link, draftStatement: h.draft, draftBriefing: h.draftBriefing,
  });
  return {
    name,
    app,
    scratch,
    orgs,
    users,
    clients,
    cases: { shared, ownerCoalition: o.coalition, thirdCoalition: t.coalition },
    holders: { o: holder(o, oExtra), t: holder(t, tExtra) },
    statements,
    briefings,
    evidence,
    labels,
    async close() {
      await app.close();
      await scratch.drop();
    },
  };
}
