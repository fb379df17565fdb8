import crypto from 'node:crypto';
import { OrgRole } from '@coalition/shared';
import { createOrg, createUser, TEST_PASSWORD } from '../../../server/test/support/factories';
import { base32Decode, hotp, totpStep } from '../../../server/src/modules/auth/totp';
import { caseInput, SHARE } from '../../../server/test/support/case-fixtures';
import { SIGN, translations } from '../../../server/test/support/statement-fixtures';
import { RECORD_CONSENT } from '../../../server/test/support/referral-fixtures';
import type { Target } from '../authorization-matrix';
import type { RecordingClient } from './recording-client';
import { ATTACH, uploadBytes } from '../../../server/test/support/evidence-fixtures';
import {
  addPerson, briefingAs, createStatementAs, createTestCase, openStatementAs, signVariables,
  type ActorName, type CaseTarget, type SignedInActor, type StatementRef, type Team, type World,
} from './world';

/** A raw-SQL probe of the rows a read cell concerns; `visible` overrides what the GraphQL outcome implies. */
export interface SqlProbe {
  text: string;
  params: unknown[];
  visible?: boolean;
}

export interface Prepared {
  query: string;
  variables?: Record<string, unknown>;
  /** Another client than the actor's shared one (operations that end or change the session or the user). */
  client?: RecordingClient;
  sql?: SqlProbe[];
  /** Extra checks on a successful answer. */
  check?: (data: Record<string, unknown>) => void;
}

export type Runner = (w: World, actor: ActorName, target: Target) => Promise<Prepared>;

const caseSql = (id: string): SqlProbe => ({ text: `SELECT id FROM cases WHERE id = $1`, params: [id] });
const statementSql = (id: string): SqlProbe => ({ text: `SELECT id FROM statements WHERE id = $1`, params: [id] });
const briefingSql = (id: string): SqlProbe => ({ text: `SELECT id FROM briefings WHERE id = $1`, params: [id] });

const memo = new Map<string, Promise<unknown>>();
/** Built once per world, on first use. */
function once<T>(w: World, key: string, make: () => Promise<T>): Promise<T> {
  const full = `${w.app.url}:${key}`;
  if (!memo.has(full)) memo.set(full, make());
  return memo.get(full) as Promise<T>;
}

/** Who writes to the target case as its owner. */
const ownerOf = (w: World, target: Target): Team => (target === 'own' ? w.own : w.other);
const caseOf = (w: World, target: Target): string => w.cases[target as CaseTarget];
const teamOf = (w: World, target: Target): Team => (target === 'restricted' ? w.other : w.own);

async function versionOf(w: World, caseId: string): Promise<number> {
  return ((await w.app.deps.dataSource.query(`SELECT version FROM cases WHERE id = $1`, [caseId])) as { version: number }[])[0].version;
}

async function statementVersion(w: World, id: string): Promise<number> {
  return ((await w.app.deps.dataSource.query(`SELECT current_version_number AS n FROM statements WHERE id = $1`, [id])) as { n: number }[])[0].n;
}

async function currentHash(w: World, s: StatementRef): Promise<StatementRef> {
  const rows = (await w.app.deps.dataSource.query(
    `SELECT v.content_hash AS h FROM statements s JOIN statement_versions v ON v.statement_id = s.id AND v.number = s.current_version_number WHERE s.id = $1`,
    [s.id],
  )) as { h: string }[];
  return { ...s, contentHash: rows[0].h };
}

/** A session of the actor's own user that the cell may end or replace (sign-in revokes the session it is sent with). */
async function sessionOf(w: World, actor: ActorName): Promise<RecordingClient> {
  return actor === 'anonymous' ? w.actors.anonymous.clone() : w.signIn(w.users[actor as SignedInActor], `${actor}-session`);
}

/** A user of the actor's kind with a session of their own, or the anonymous client. */
async function selfClient(w: World, actor: ActorName): Promise<{ client: RecordingClient; password: string }> {
  if (actor === 'anonymous') return { client: w.actors.anonymous.clone(), password: TEST_PASSWORD };
  const { client } = await w.twin(actor as SignedInActor);
  return { client, password: TEST_PASSWORD };
}

/** A pending invitation of the team's organisation, made by its ADMIN. */
async function pendingInvitation(team: Team): Promise<string> {
  const invited = await team.clients.admin.ok<{ inviteMember: { id: string } }>(
    `mutation ($org: ID!, $email: String!) { inviteMember(organisationId: $org, email: $email, roles: [VIEWER]) { id } }`,
    { org: team.org.id, email: `pending-${unique()}@test.example.org` },
  );
  return invited.inviteMember.id;
}

/** The token of an invitation to `email`, made by the team's ADMIN. */
async function invitationTo(team: Team, email: string): Promise<string> {
  const invited = await team.clients.admin.ok<{ inviteMember: { token: string } }>(
    `mutation ($org: ID!, $email: String!) { inviteMember(organisationId: $org, email: $email, roles: [VIEWER]) { token } }`,
    { org: team.org.id, email },
  );
  return invited.inviteMember.token;
}

async function freshMember(w: World, team: Team): Promise<string> {
  const user = await createUser(w.app, { memberships: [{ organisationId: team.org.id, roles: ['VIEWER' as never] }] });
  return user.id;
}

const statementFor = (w: World, target: Target): StatementRef =>
  target === 'coalition' ? w.statements.otherOpen : target === 'restricted' ? w.statements.otherDraft : w.statements.ownDraft;

const unique = () => crypto.randomBytes(4).toString('hex');

const today = () => new Date().toISOString().slice(0, 10);

/** The first person of a case (every case of the world has one). */
async function personIn(w: World, caseId: string): Promise<string> {
  return ((await w.app.deps.dataSource.query(`SELECT id FROM case_persons WHERE case_id = $1 ORDER BY position LIMIT 1`, [caseId])) as { id: string }[])[0].id;
}

/** A consent recorded by the team's ADMIN (PUBLICATION: it changes nothing another cell reads). */
async function consentBy(team: Team, personId: string, scope = 'PUBLICATION', organisationIds: string[] = []): Promise<string> {
  const data = await team.clients.admin.ok<{ recordConsent: { id: string } }>(RECORD_CONSENT, {
    personId,
    input: { scope, organisationIds, purpose: 'matrix', givenOn: today(), form: 'signed form' },
  });
  return data.recordConsent.id;
}

const REFER = `mutation ($caseId: ID!, $personId: ID!, $to: ID!) { referPerson(caseId: $caseId, personId: $personId, toOrganisationId: $to, needs: [LEGAL_AID], reason: "matrix") { id } }`;

/** A fresh PENDING referral from a fresh case of the team to the organisation (consented). */
async function referralBy(team: Team, to: string): Promise<string> {
  const caseId = await createTestCase(team.clients.caseworker, team.org.id, { title: 'Referred raid' });
  const personId = await addPerson(team.clients.caseworker, caseId, { fullName: 'Referred Person Nazarov', consentToShare: false });
  await consentBy(team, personId, 'REFERRAL', [to]);
  const data = await team.clients.caseworker.ok<{ referPerson: { id: string } }>(REFER, { caseId, personId, to });
  return data.referPerson.id;
}

/** A fresh link proposed by `from` (a fresh case of its own) to the case `to`, which it can read. */
async function linkBy(from: Team, to: string): Promise<string> {
  const caseId = await createTestCase(from.clients.caseworker, from.org.id, { title: 'Linked raid', visibility: 'COALITION' });
  const data = await from.clients.caseworker.ok<{ linkCases: { id: string } }>(
    `mutation ($a: ID!, $b: ID!) { linkCases(caseId: $a, otherCaseId: $b) { id } }`,
    { a: caseId, b: to },
  );
  return data.linkCases.id;
}

const REFERRAL_ANSWER = 'id status';

/** A text file attached to the target case by its owner's caseworker. */
async function evidenceOn(w: World, target: Target): Promise<string> {
  const by = ownerOf(w, target).clients.caseworker;
  const caseId = caseOf(w, target);
  const uploadId = await uploadBytes(by, caseId, `matrix-${unique()}.txt`, Buffer.from(`Matrix evidence ${unique()}\n`));
  return (await by.ok<{ attachEvidence: { id: string } }>(ATTACH, { uploadId, caseId })).attachEvidence.id;
}
const TASK_INPUT = { title: 'Matrix task', dueAt: '2031-01-01T10:00:00.000Z' };

/** A fresh open task on the target case, made by the case owner's caseworker (or, unreadable, by the owner). */
async function taskOn(w: World, target: Target): Promise<{ id: string; version: number; caseId: string }> {
  const caseId = caseOf(w, target);
  const owner = ownerOf(w, target);
  const data = await owner.clients.caseworker.ok<{ addCaseTask: { id: string; version: number } }>(
    `mutation ($caseId: ID!, $input: CaseTaskInput!) { addCaseTask(caseId: $caseId, input: $input) { id version } }`,
    { caseId, input: TASK_INPUT },
  );
  return { ...data.addCaseTask, caseId };
}

const taskSql = (id: string): SqlProbe => ({ text: `SELECT id FROM case_tasks WHERE id = $1`, params: [id] });

/** The actor's own account (a twin) with TOTP confirmed, and its recovery codes. */
async function withTotp(w: World, actor: ActorName): Promise<{ client: RecordingClient; codes: string[] }> {
  const { client } = await selfClient(w, actor);
  if (actor === 'anonymous') return { client, codes: ['0000-0000-0000-0000'] };
  const setup = await client.ok<{ setupTotp: { secret: string } }>(`mutation { setupTotp { secret } }`);
  await client.ok(`mutation ($code: String!) { confirmTotp(code: $code) }`, { code: hotp(base32Decode(setup.setupTotp.secret), totpStep()) });
  const { generateRecoveryCodes } = await client.ok<{ generateRecoveryCodes: string[] }>(`mutation ($p: String!) { generateRecoveryCodes(currentPassword: $p) }`, { p: TEST_PASSWORD });
  return { client, codes: generateRecoveryCodes };
}

/** A member of the team's organisation only, a VIEWER, with TOTP on (set as the owner: test set-up). */
async function memberWithTotp(w: World, team: Team): Promise<string> {
  const userId = await freshMember(w, team);
  await w.app.deps.dataSource.query(`UPDATE users SET totp_enabled = true, totp_secret = 'sealed' WHERE id = $1`, [userId]);
  return userId;
}

/** The per-address limit of password-reset requests counts this loopback client in every test of the run: start it afresh. */
async function forgetLoopbackResets(w: World): Promise<void> {
  const hashes = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].map((a) => crypto.createHash('sha256').update(`password-reset-client:${a}`).digest('hex'));
  await w.app.deps.dataSource.query(`DELETE FROM password_reset_attempts WHERE client_hash = ANY($1)`, [hashes]);
}

const ROLE_OF: Partial<Record<ActorName, OrgRole>> = { admin: OrgRole.ADMIN, caseworker: OrgRole.CASEWORKER, signatory: OrgRole.SIGNATORY, viewer: OrgRole.VIEWER };

/**
 * A fresh organisation for the emergency-lock cells (a lock ends every session of its members, which the
 * world's teams must keep): own, one where a user of the actor's role acts, in a session begun with TOTP
 * (set as the owner: test set-up); restricted, one the actor is no member of. The coalition roles and the
 * anonymous act as themselves. Locked first when the cell needs it (after the sign-in, which a lock would refuse).
 */
async function lockable(w: World, actor: ActorName, target: Target, locked: boolean): Promise<{ id: string; client?: RecordingClient }> {
  const org = await createOrg(w.app);
  const role = target === 'own' ? ROLE_OF[actor] : undefined;
  let client: RecordingClient | undefined;
  if (role) {
    const user = await createUser(w.app, { memberships: [{ organisationId: org.id, roles: [role] }] });
    client = await w.signIn(user, `${actor}-lockable`);
    await w.app.deps.dataSource.query(`UPDATE sessions SET totp_verified = true WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
  }
  if (locked) await w.app.deps.dataSource.query(`UPDATE organisations SET locked_at = now() WHERE id = $1`, [org.id]);
  return { id: org.id, client };
}

export const RUNNERS: Record<string, Runner> = {
  // ------------------------------------------------------------ the emergency lock
  async lockOrganisation(w, actor, target) {
    const { id, client } = await lockable(w, actor, target, false);
    return { query: `mutation ($id: ID!) { lockOrganisation(id: $id) { id locked } }`, variables: { id }, client };
  },
  async unlockOrganisation(w, actor, target) {
    const { id, client } = await lockable(w, actor, target, true);
    return { query: `mutation ($id: ID!) { unlockOrganisation(id: $id) { id locked } }`, variables: { id }, client };
  },
  async setOrganisationRequireTotp(w, actor, target) {
    const { id, client } = await lockable(w, actor, target, false);
    return { query: `mutation ($id: ID!) { setOrganisationRequireTotp(id: $id, required: true) { id requireTotp } }`, variables: { id }, client };
  },

  // ------------------------------------------------------------ referrals and consents
  async referrals(w) {
    await once(w, 'ownReferral', () => referralBy(w.own, w.bystander.id));
    return {
      query: `{ referrals { id status reason fromOrganisation { id } toOrganisation { id } } }`,
      sql: [{ text: `SELECT id FROM referrals`, params: [] }],
      check: (data) => expect(JSON.stringify(data)).not.toContain(w.canary.caseId),
    };
  },
  async referralStatistics() {
    return { query: `{ referralStatistics { byStatus { status count } byRoute { fromCountryCode toCountryCode count } accepted medianHoursToAcceptance } }` };
  },
  async recordConsent(w, _actor, target) {
    return {
      query: `mutation ($personId: ID!, $input: ConsentInput!) { recordConsent(personId: $personId, input: $input) { id active } }`,
      variables: { personId: await personIn(w, caseOf(w, target)), input: { scope: 'PUBLICATION', purpose: 'matrix', givenOn: today(), form: 'oral' } },
    };
  },
  async withdrawConsent(w, _actor, target) {
    const id = await consentBy(ownerOf(w, target), await personIn(w, caseOf(w, target)));
    return { query: `mutation ($id: ID!) { withdrawConsent(id: $id) { id active } }`, variables: { id } };
  },
  async referPerson(w, _actor, target) {
    let caseId = caseOf(w, target);
    let personId = await personIn(w, caseId);
    if (target === 'own') {
      caseId = await once(w, 'referralCase', () => createTestCase(w.own.clients.caseworker, w.own.org.id, { title: 'Raid referred by the matrix' }));
      personId = await once(w, 'referralPerson', async () => {
        const id = await addPerson(w.own.clients.caseworker, caseId, { fullName: 'Referred Person Saidov', consentToShare: false });
        await consentBy(w.own, id, 'REFERRAL', [w.bystander.id]);
        return id;
      });
    }
    return { query: REFER.replace('{ id }', `{ ${REFERRAL_ANSWER} }`), variables: { caseId, personId, to: w.bystander.id } };
  },
  async acceptReferral(w, _actor, target) {
    const id =
      target === 'own' ? await referralBy(w.other, w.own.org.id) : target === 'readShare' ? await referralBy(w.own, w.other.org.id) : await once(w, 'bystanderReferral', () => referralBy(w.other, w.bystander.id));
    return { query: `mutation ($id: ID!) { acceptReferral(id: $id) { ${REFERRAL_ANSWER} linkedCase { id } } }`, variables: { id } };
  },
  async declineReferral(w, _actor, target) {
    const id =
      target === 'own' ? await referralBy(w.other, w.own.org.id) : target === 'readShare' ? await referralBy(w.own, w.other.org.id) : await once(w, 'bystanderReferral', () => referralBy(w.other, w.bystander.id));
    return { query: `mutation ($id: ID!) { declineReferral(id: $id, outcomeNote: "matrix") { ${REFERRAL_ANSWER} } }`, variables: { id } };
  },
  async completeReferral(w, _actor, target) {
    let id: string;
    if (target === 'own') {
      id = await referralBy(w.other, w.own.org.id);
      await w.own.clients.admin.ok(`mutation ($id: ID!) { acceptReferral(id: $id) { id } }`, { id });
    } else if (target === 'readShare') {
      id = await referralBy(w.own, w.other.org.id);
      await w.other.clients.admin.ok(`mutation ($id: ID!) { acceptReferral(id: $id) { id } }`, { id });
    } else id = await once(w, 'bystanderReferral', () => referralBy(w.other, w.bystander.id));
    return { query: `mutation ($id: ID!) { completeReferral(id: $id, outcomeNote: "matrix") { ${REFERRAL_ANSWER} } }`, variables: { id } };
  },
  async withdrawReferral(w, _actor, target) {
    const id =
      target === 'own' ? await referralBy(w.own, w.bystander.id) : target === 'readShare' ? await referralBy(w.other, w.own.org.id) : await once(w, 'bystanderReferral', () => referralBy(w.other, w.bystander.id));
    return { query: `mutation ($id: ID!) { withdrawReferral(id: $id) { ${REFERRAL_ANSWER} } }`, variables: { id } };
  },
  async linkCases(w, _actor, target) {
    const caseId = target === 'own' ? await createTestCase(w.own.clients.caseworker, w.own.org.id, { title: 'Case to link' }) : caseOf(w, target);
    return {
      query: `mutation ($a: ID!, $b: ID!) { linkCases(caseId: $a, otherCaseId: $b) { id confirmed otherCase { id } } }`,
      variables: { a: caseId, b: w.cases.coalition },
    };
  },
  async confirmCaseLink(w, _actor, target) {
    let id: string;
    if (target === 'own') {
      const mine = await createTestCase(w.own.clients.caseworker, w.own.org.id, { title: 'Case linked by the other', visibility: 'COALITION' });
      id = await linkBy(w.other, mine);
    } else id = await linkBy(w.own, w.cases.coalition);
    return { query: `mutation ($id: ID!) { confirmCaseLink(linkId: $id) { id confirmed } }`, variables: { id } };
  },
  async unlinkCases(w, _actor, target) {
    let id: string;
    if (target === 'own') id = await linkBy(w.own, w.cases.coalition);
    else if (target === 'readShare') {
      const mine = await createTestCase(w.own.clients.caseworker, w.own.org.id, { title: 'Case linked by the other', visibility: 'COALITION' });
      id = await linkBy(w.other, mine);
    } else {
      // A link between the other's two organisations' cases: the other and a second organisation of its own making.
      id = await once(w, 'foreignLink', async () => {
        const second = await createTestCase(w.other.clients.caseworker, w.other.org.id, { title: 'Other case', visibility: 'COALITION' });
        const row = (await w.app.deps.dataSource.query(
          `INSERT INTO case_links (case_id, case_owner_organisation_id, other_case_id, other_owner_organisation_id) VALUES ($1, $2, $3, $4) RETURNING id`,
          [second, w.other.org.id, w.cases.restricted, w.bystander.id],
        )) as { id: string }[];
        return row[0].id;
      });
    }
    return { query: `mutation ($id: ID!) { unlinkCases(linkId: $id) }`, variables: { id } };
  },
  // ------------------------------------------------------------------ queries
  async auditLog(w, _actor, target) {
    const org = teamOf(w, target).org.id;
    return {
      query: `query ($org: ID) { auditLog(organisationId: $org, first: 5) { totalCount edges { node { seq action entityType } } } }`,
      variables: { org },
      sql: [{ text: `SELECT seq FROM audit_entries WHERE organisation_id = $1`, params: [org] }],
    };
  },
  async briefing(w, _actor, target) {
    const id = target === 'own' ? w.briefings.ownDraft : target === 'coalition' ? w.briefings.otherReleased : w.briefings.otherDraft;
    return {
      query: `query ($id: ID!) { briefing(id: $id) { id status title cases { title summary persons { pseudonym } events { description } } } }`,
      variables: { id },
      sql: [briefingSql(id)],
    };
  },
  async briefings(w) {
    return {
      query: `{ briefings { id status title } }`,
      check: (data) => expect(JSON.stringify(data)).not.toContain(w.briefings.otherDraft),
    };
  },
  async case(w, _actor, target) {
    const id = caseOf(w, target);
    // Names readable: all at the owner; only the consenting person's under a personal-data share; none otherwise.
    const names = target === 'own' ? ['Own Person Alimov'] : target === 'writeSharePd' ? ['Shared Person Karimov', null] : [null, null];
    const privateRows = names.filter((n) => n !== null).length;
    return {
      query: `query ($id: ID!) { case(id: $id) { id title summary persons { pseudonym fullName contact birthYear consentToShare } events { title description }
        history { edges { node { action actor organisation { id } } } } } }`,
      variables: { id },
      sql: [
        caseSql(id),
        // Case.history at the database: as the case (its SECURITY DEFINER function answers nothing otherwise).
        { text: `SELECT seq FROM case_history(ARRAY[$1]::uuid[], NULL, 50)`, params: [id] },
        {
          text: `SELECT pp.person_id FROM case_person_private pp JOIN case_persons p ON p.id = pp.person_id WHERE p.case_id = $1`,
          params: [id],
          // Personal data rows: as GraphQL for the owner and a personal-data share, never otherwise.
          visible: privateRows > 0 ? undefined : false,
        },
      ],
      check: (data) => {
        const c = data.case as { persons: { fullName: string | null; contact: string | null }[] };
        expect(c.persons.map((p) => p.fullName)).toEqual(names);
        expect(c.persons.filter((p) => p.contact !== null)).toHaveLength(privateRows);
        // Its history ends with its creation, and names only the actor's own organisation's members.
        const history = (data.case as { history: { edges: { node: { action: string; actor: string | null; organisation: { id: string } | null } }[] } }).history.edges;
        expect(history.at(-1)?.node.action).toBe('case.create');
        expect(history.filter((e) => e.node.actor !== null && e.node.organisation?.id !== w.own.org.id)).toEqual([]);
      },
    };
  },
  async caseStatistics() {
    return { query: `{ caseStatistics { totalCases suppressionThreshold byCountry { key count suppressed } } }` };
  },
  async cases(w, _actor, target) {
    const org = teamOf(w, target).org.id;
    return {
      query: `query ($org: ID) { cases(filter: { ownerOrganisationId: $org }, first: 100) { totalCount edges { node { id title } } } }`,
      variables: { org },
      // The other organisation's list must never hold its RESTRICTED case, in GraphQL or in SQL.
      sql: target === 'restricted' ? [{ ...caseSql(w.cases.restricted), visible: false }] : [{ text: `SELECT id FROM cases WHERE owner_organisation_id = $1`, params: [org] }],
      check: (data) => expect(JSON.stringify(data)).not.toContain(w.cases.restricted),
    };
  },
  async evidenceFile(w, _actor, target) {
    const id = await once(w, `evidence:${target}`, () => evidenceOn(w, target));
    // Embedded metadata and the original's key: the owner's members and a personal-data share only.
    const personalData = target === 'own' || target === 'writeSharePd';
    return {
      query: `query ($id: ID!) { evidenceFile(id: $id) { id sha256 downloadUrl capturedAt custody { action } } }`,
      variables: { id },
      sql: [
        { text: `SELECT id FROM evidence_files WHERE id = $1`, params: [id] },
        { text: `SELECT evidence_id FROM evidence_metadata WHERE evidence_id = $1`, params: [id], visible: personalData ? undefined : false },
        { text: `SELECT b.id FROM evidence_blobs b JOIN evidence_files f ON f.original_blob_id = b.id WHERE f.id = $1`, params: [id], visible: personalData ? undefined : false },
      ],
      check: (data) => expect((data.evidenceFile as { downloadUrl: string | null }).downloadUrl === null).toBe(!personalData),
    };
  },
  async invitations(w, _actor, target) {
    const team = teamOf(w, target);
    await once(w, `pendingInvitation:${target}`, () => pendingInvitation(team));
    return {
      query: `query ($org: ID!) { invitations(organisationId: $org) { id email roles } }`,
      variables: { org: team.org.id },
      sql: [{ text: `SELECT id FROM invitations WHERE organisation_id = $1 AND accepted_at IS NULL AND expires_at > now()`, params: [team.org.id] }],
    };
  },
  async me() {
    return { query: `{ me { id email memberships { roles } } }` };
  },
  async myWork() {
    return { query: `{ myWork { statementsToSign { id } briefingsToDecide { id } tasksDue { id } newShares { id } } }` };
  },
  async notificationPreferences() {
    return { query: `{ notificationPreferences { email language calendarFeedPath } }` };
  },
  async notifications() {
    return { query: `{ notifications(first: 5) { unreadCount edges { node { id kind text link } } } }` };
  },
  async members(w, _actor, target) {
    const org = teamOf(w, target).org.id;
    return {
      query: `query ($org: ID!) { members(organisationId: $org) { roles user { id email } } }`,
      variables: { org },
      sql: [{ text: `SELECT user_id FROM memberships WHERE organisation_id = $1`, params: [org] }],
    };
  },
  async organisation(w, _actor, target) {
    const id = teamOf(w, target).org.id;
    return { query: `query ($id: ID!) { organisation(id: $id) { id name slug } }`, variables: { id }, sql: [{ text: `SELECT id FROM organisations WHERE id = $1`, params: [id] }] };
  },
  async organisations() {
    return { query: `{ organisations { id name } }` };
  },
  async publishedStatement(w, _actor, target) {
    const s = target === 'own' ? w.statements.ownPublished : w.statements.otherDraft;
    return { query: `query ($slug: String!) { publishedStatement(slug: $slug) { id title status } }`, variables: { slug: s.slug }, sql: [statementSql(s.id)] };
  },
  async search(w, _actor, target) {
    const caseId = target === 'restricted' ? w.cases.restricted : w.cases.own;
    return {
      query: `query ($q: String!) { search(query: $q) { totalCount hits { snippet node { ... on Case { id title summary } } } } }`,
      variables: { q: target === 'restricted' ? 'Sakharov' : 'Apraksin' },
      sql: [target === 'restricted' ? { ...caseSql(caseId), visible: false } : caseSql(caseId)],
      check: (data) => expect(JSON.stringify(data)).not.toMatch(/CANARY|Zebulon|Sakharovo/),
    };
  },
  async statement(w, _actor, target) {
    const s = statementFor(w, target);
    return {
      query: `query ($id: ID!) { statement(id: $id) { id title status currentVersion { translations { title body } } } }`,
      variables: { id: s.id },
      sql: [statementSql(s.id), { text: `SELECT statement_id FROM statement_versions WHERE statement_id = $1`, params: [s.id] }],
    };
  },
  async statements(w) {
    return {
      query: `{ statements(first: 100) { totalCount edges { node { id status } } } }`,
      check: (data) => expect(JSON.stringify(data)).not.toContain(w.statements.otherDraft.id),
    };
  },
  async verifyAuditChain() {
    return { query: `{ verifyAuditChain { ok checked brokenAt } }` };
  },

  // ---------------------------------------------------------------- mutations
  async acceptInvitation(w, actor, target) {
    let token = `no-such-token-${unique()}`;
    if (target === 'own') token = await invitationTo(w.own, `invitee-${unique()}@test.example.org`);
    if (target === 'restricted') token = await invitationTo(w.other, (await createUser(w.app)).email);
    return {
      query: `mutation ($token: String!) { acceptInvitation(token: $token, displayName: "New Member", password: "a long enough password 1") { id } }`,
      variables: { token },
      client: await sessionOf(w, actor),
    };
  },
  async acceptInvitationAsMe(w, actor, target) {
    let token = `no-such-token-${unique()}`;
    let client: RecordingClient | undefined;
    if (target === 'own' && actor !== 'anonymous') {
      // A user of the actor's kind, so that joining the other organisation changes no shared actor.
      const twin = await w.twin(actor as SignedInActor);
      token = await invitationTo(w.other, twin.user.email);
      client = twin.client;
    } else if (target !== 'none') {
      token = await invitationTo(w.other, (await createUser(w.app)).email);
    }
    return { query: `mutation ($token: String!) { acceptInvitationAsMe(token: $token) { roles } }`, variables: { token }, client };
  },
  async addCaseEvent(w, _actor, target) {
    return {
      query: `mutation ($caseId: ID!) { addCaseEvent(caseId: $caseId, input: { type: NOTE, occurredOn: "2013-03-02", title: "Matrix note" }) { id } }`,
      variables: { caseId: caseOf(w, target) },
    };
  },
  async addCasePerson(w, _actor, target) {
    return {
      query: `mutation ($caseId: ID!) { addCasePerson(caseId: $caseId, input: { fullName: "Matrix Person", role: WITNESS }) { id pseudonym } }`,
      variables: { caseId: caseOf(w, target) },
    };
  },
  async attachEvidence(w, actor, target) {
    const caseId = caseOf(w, target);
    const mayUpload = (actor === 'admin' || actor === 'caseworker') && ['own', 'writeShare', 'writeSharePd'].includes(target);
    // Those who may not upload to the case try someone else's finished upload: refused before it is looked at.
    const uploader = mayUpload ? w.actors[actor] : w.own.clients.caseworker;
    const uploadId = await uploadBytes(uploader, mayUpload ? caseId : w.cases.own, `matrix-${unique()}.txt`, Buffer.from(`Matrix upload ${unique()}\n`));
    return { query: `mutation ($uploadId: ID!, $caseId: ID!) { attachEvidence(uploadId: $uploadId, caseId: $caseId) { id sha256 } }`, variables: { uploadId, caseId } };
  },
  async changePassword(w, actor) {
    const { client, password } = await selfClient(w, actor);
    return {
      query: `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`,
      variables: { current: password, next: `another long password ${unique()}` },
      client,
    };
  },
  async confirmTotp(w, actor, target) {
    const { client } = await selfClient(w, actor);
    let code = '000000';
    if (target === 'own' && actor !== 'anonymous') {
      const setup = await client.ok<{ setupTotp: { secret: string } }>(`mutation { setupTotp { secret } }`);
      code = hotp(base32Decode(setup.setupTotp.secret), totpStep());
    }
    return { query: `mutation ($code: String!) { confirmTotp(code: $code) }`, variables: { code }, client };
  },
  async disableTotp(w, actor, target) {
    if (target === 'none') {
      const { client } = await selfClient(w, actor);
      return { query: `mutation ($p: String!, $c: String!) { disableTotp(currentPassword: $p, code: $c) }`, variables: { p: TEST_PASSWORD, c: '000000' }, client };
    }
    const { client, codes } = await withTotp(w, actor);
    return { query: `mutation ($p: String!, $c: String!) { disableTotp(currentPassword: $p, code: $c) }`, variables: { p: TEST_PASSWORD, c: codes[0] }, client };
  },
  async generateRecoveryCodes(w, actor, target) {
    const { client } = target === 'none' ? await selfClient(w, actor) : await withTotp(w, actor);
    return {
      query: `mutation ($p: String!) { generateRecoveryCodes(currentPassword: $p) }`,
      variables: { p: TEST_PASSWORD },
      client,
      check: (data) => expect(data.generateRecoveryCodes).toHaveLength(10),
    };
  },
  async createBriefing(w, _actor, target) {
    const input =
      target === 'own'
        ? { organisationId: w.own.org.id, caseIds: [w.cases.own], title: 'Matrix briefing', audience: 'OSCE ODIHR' }
        : { organisationId: w.other.org.id, caseIds: [w.cases.restricted], title: 'Matrix briefing', audience: 'OSCE ODIHR' };
    return { query: `mutation ($input: CreateBriefingInput!) { createBriefing(input: $input) { id status } }`, variables: { input } };
  },
  async createCase(w, _actor, target) {
    return {
      query: `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id reference } }`,
      variables: { input: caseInput(teamOf(w, target).org.id, { title: 'Matrix case' }) },
    };
  },
  async createOrganisation() {
    const slug = `matrix-${unique()}`;
    return {
      query: `mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id slug } }`,
      variables: { input: { slug, name: `Matrix organisation ${slug}`, city: 'Paris', countryCode: 'FR' } },
    };
  },
  async createStatement(w, _actor, target) {
    return {
      query: `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { id status } }`,
      variables: { input: { initiatorOrganisationId: teamOf(w, target).org.id, addressees: ['The Prosecutor General'], primaryLanguage: 'EN', translations: translations() } },
    };
  },
  async decideBriefing(w, _actor, target) {
    const team = teamOf(w, target);
    const id =
      target === 'own'
        ? await briefingAs(w.own, [w.cases.own], 'AWAITING_APPROVAL')
        : await once(w, 'otherAwaiting', () => briefingAs(w.other, [w.cases.coalition], 'AWAITING_APPROVAL'));
    return {
      query: `mutation ($id: ID!, $org: ID!) { decideBriefing(id: $id, organisationId: $org, approve: true) { id status } }`,
      variables: { id, org: team.org.id },
    };
  },
  async importCases(w, _actor, target) {
    return {
      query: `mutation ($org: ID!, $data: String!) { importCases(organisationId: $org, format: CSV, data: $data) { created errors { row message } } }`,
      variables: { org: teamOf(w, target).org.id, data: `title,countryCode\nMatrix import ${unique()},RU` },
    };
  },
  async inviteMember(w, _actor, target) {
    return {
      query: `mutation ($org: ID!, $email: String!) { inviteMember(organisationId: $org, email: $email, roles: [VIEWER]) { id } }`,
      variables: { org: teamOf(w, target).org.id, email: `matrix-${unique()}@test.example.org` },
    };
  },
  async login(w, actor, target) {
    const user = await createUser(w.app);
    return {
      query: `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`,
      variables: target === 'none' ? { email: user.email, password: user.password } : { email: `nobody-${unique()}@test.example.org`, password: TEST_PASSWORD },
      client: await sessionOf(w, actor),
    };
  },
  async mySessions() {
    return { query: `{ mySessions { id current userAgent } }`, check: (data) => expect(data.mySessions).toEqual(expect.arrayContaining([expect.objectContaining({ current: true })])) };
  },
  async requestPasswordReset(w) {
    await forgetLoopbackResets(w);
    return { query: `mutation ($e: String!) { requestPasswordReset(email: $e) }`, variables: { e: `nobody-${unique()}@test.example.org` } };
  },
  async resetPassword(w, _actor, target) {
    const token = crypto.randomBytes(32).toString('base64url');
    if (target === 'own') {
      const user = await createUser(w.app);
      await w.app.deps.dataSource.query(`INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '30 minutes')`, [
        user.id,
        crypto.createHash('sha256').update(token).digest('hex'),
      ]);
    }
    return { query: `mutation ($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`, variables: { t: token, p: `a reset password ${unique()}` } };
  },
  async resetMemberTotp(w, _actor, target) {
    const team = teamOf(w, target);
    return {
      query: `mutation ($org: ID!, $user: ID!) { resetMemberTotp(organisationId: $org, userId: $user) }`,
      variables: { org: team.org.id, user: await memberWithTotp(w, team) },
    };
  },
  async revokeSession(w, actor, target) {
    const currentSession = async (c: RecordingClient) =>
      (await c.ok<{ mySessions: { id: string; current: boolean }[] }>(`{ mySessions { id current } }`)).mySessions.find((s) => s.current)!.id;
    if (actor === 'anonymous') return { query: `mutation ($id: ID!) { revokeSession(id: $id) }`, variables: { id: crypto.randomUUID() }, client: w.actors.anonymous.clone() };
    const { user, client } = await w.twin(actor as SignedInActor);
    const owner = target === 'restricted' ? await createUser(w.app) : user;
    const id = await currentSession(await w.signIn(owner, `${actor}-spare`));
    return { query: `mutation ($id: ID!) { revokeSession(id: $id) }`, variables: { id }, client };
  },
  async logout(w, actor) {
    return { query: `mutation { logout }`, client: await sessionOf(w, actor) };
  },
  async openStatementForSignature(w, _actor, target) {
    const s = target === 'own' ? await createStatementAs(w.own.clients.caseworker, w.own.org.id) : statementFor(w, target);
    return { query: `mutation ($id: ID!) { openStatementForSignature(id: $id) { id status } }`, variables: { id: s.id } };
  },
  async publishStatement(w, _actor, target) {
    let s = statementFor(w, target);
    if (target === 'own') {
      s = await openStatementAs(w.own);
      await w.own.clients.admin.ok(SIGN, signVariables(s, w.own.org.id));
    }
    return { query: `mutation ($id: ID!) { publishStatement(id: $id) { id status } }`, variables: { id: s.id } };
  },
  async releaseBriefing(w, _actor, target) {
    const id =
      target === 'own'
        ? await briefingAs(w.own, [w.cases.own], 'APPROVED')
        : await once(w, 'otherApproved', () => briefingAs(w.other, [w.cases.coalition], 'APPROVED'));
    return { query: `mutation ($id: ID!) { releaseBriefing(id: $id) { id status } }`, variables: { id } };
  },
  async removeCasePerson(w, _actor, target) {
    const personId = await addPerson(ownerOf(w, target).clients.caseworker, caseOf(w, target), { fullName: 'Removable Person' });
    return { query: `mutation ($id: ID!) { removeCasePerson(id: $id) }`, variables: { id: personId } };
  },
  async erasePersonalData(w, _actor, target) {
    // own: a case of its own, which no released briefing holds (the world's own case is in one: CONFLICT).
    const team = ownerOf(w, target);
    const caseId = target === 'own' ? await createTestCase(team.clients.caseworker, team.org.id) : caseOf(w, target);
    const personId = await addPerson(team.clients.caseworker, caseId, { fullName: 'Erasable Person' });
    return {
      query: `mutation ($id: ID!) { erasePersonalData(personId: $id) { id pseudonym fullName birthYear contact } }`,
      variables: { id: personId },
      check: (data) => expect(data.erasePersonalData).toMatchObject({ fullName: null, birthYear: null, contact: null }),
    };
  },
  async removeEvidence(w, _actor, target) {
    return { query: `mutation ($id: ID!) { removeEvidence(id: $id, reason: "Matrix removal") }`, variables: { id: await evidenceOn(w, target) } };
  },
  async removeMember(w, _actor, target) {
    const team = teamOf(w, target);
    const userId = target === 'own' ? await freshMember(w, team) : await once(w, 'otherMember', () => freshMember(w, team));
    return { query: `mutation ($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`, variables: { org: team.org.id, user: userId } };
  },
  async reviseStatement(w, _actor, target) {
    const s = target === 'own' ? await createStatementAs(w.own.clients.caseworker, w.own.org.id) : statementFor(w, target);
    return {
      query: `mutation ($id: ID!, $base: Int!, $t: [TranslationInput!]!) { reviseStatement(id: $id, baseVersion: $base, translations: $t, changeNote: "matrix") { id currentVersion { number } } }`,
      variables: { id: s.id, base: await statementVersion(w, s.id), t: translations() },
    };
  },
  async revokeInvitation(w, _actor, target) {
    const id = target === 'own' ? await pendingInvitation(w.own) : await once(w, 'otherInvitation', () => pendingInvitation(w.other));
    return { query: `mutation ($id: ID!) { revokeInvitation(id: $id) }`, variables: { id } };
  },
  async revokeBriefing(w, _actor, target) {
    const id = target === 'own' ? await briefingAs(w.own, [w.cases.own], 'RELEASED') : w.briefings.otherReleased;
    return { query: `mutation ($id: ID!) { revokeBriefing(id: $id) { id status } }`, variables: { id } };
  },
  async setMemberRoles(w, _actor, target) {
    const team = teamOf(w, target);
    const userId = target === 'own' ? await freshMember(w, team) : await once(w, 'otherMember', () => freshMember(w, team));
    return {
      query: `mutation ($org: ID!, $user: ID!) { setMemberRoles(organisationId: $org, userId: $user, roles: [CASEWORKER]) { roles } }`,
      variables: { org: team.org.id, user: userId },
    };
  },
  async markNotificationsRead() {
    return { query: `mutation { markNotificationsRead }` };
  },
  async rotateCalendarFeed(w, actor) {
    const { client } = await selfClient(w, actor);
    return { query: `mutation { rotateCalendarFeed }`, client };
  },
  async setNotificationPreferences() {
    return { query: `mutation { setNotificationPreferences(email: IMMEDIATE) { email language } }` };
  },
  async addCaseTask(w, _actor, target) {
    return {
      query: `mutation ($caseId: ID!, $input: CaseTaskInput!) { addCaseTask(caseId: $caseId, input: $input) { id } }`,
      variables: { caseId: caseOf(w, target), input: TASK_INPUT },
    };
  },
  async updateCaseTask(w, _actor, target) {
    const t = await taskOn(w, target);
    return {
      query: `mutation ($id: ID!, $v: Int!, $input: CaseTaskInput!) { updateCaseTask(id: $id, version: $v, input: $input) { id version } }`,
      variables: { id: t.id, v: t.version, input: { ...TASK_INPUT, title: 'Matrix task, moved' } },
      sql: [taskSql(t.id)],
    };
  },
  async completeCaseTask(w, _actor, target) {
    const t = await taskOn(w, target);
    return { query: `mutation ($id: ID!, $v: Int!) { completeCaseTask(id: $id, version: $v) { id status } }`, variables: { id: t.id, v: t.version }, sql: [taskSql(t.id)] };
  },
  async cancelCaseTask(w, _actor, target) {
    const t = await taskOn(w, target);
    return { query: `mutation ($id: ID!, $v: Int!) { cancelCaseTask(id: $id, version: $v) { id status } }`, variables: { id: t.id, v: t.version }, sql: [taskSql(t.id)] };
  },
  async setupTotp(w, actor) {
    const { client } = await selfClient(w, actor);
    return { query: `mutation { setupTotp { otpauthUrl } }`, client };
  },
  async shareCase(w, _actor, target) {
    const caseId = target === 'own' ? await createTestCase(w.own.clients.caseworker, w.own.org.id, { visibility: 'SHARED' }) : caseOf(w, target);
    return {
      query: `mutation ($caseId: ID!, $org: ID!) { shareCase(caseId: $caseId, organisationId: $org, access: READ) { access } }`,
      variables: { caseId, org: w.bystander.id },
    };
  },
  async signStatement(w, _actor, target) {
    const s = await currentHash(w, target === 'own' ? w.statements.ownOpen : statementFor(w, target));
    return { query: `mutation ($input: SignStatementInput!) { signStatement(input: $input) { id current } }`, variables: signVariables(s, w.own.org.id) };
  },
  async submitBriefing(w, _actor, target) {
    const id = target === 'own' ? await briefingAs(w.own, [w.cases.own], 'DRAFT') : w.briefings.otherDraft;
    return { query: `mutation ($id: ID!) { submitBriefing(id: $id) { id status } }`, variables: { id } };
  },
  async unshareCase(w, _actor, target) {
    let caseId = caseOf(w, target);
    if (target === 'own') {
      caseId = await createTestCase(w.own.clients.caseworker, w.own.org.id, { visibility: 'SHARED' });
      await w.own.clients.admin.ok(SHARE, { caseId, organisationId: w.bystander.id, access: 'READ' });
    } else if (target !== 'restricted') {
      // Unsharing from a bystander: a wrongly allowed cell must not break the shares the other cells rely on.
      await once(w, `bystanderShare:${caseId}`, () => w.other.clients.admin.ok(SHARE, { caseId, organisationId: w.bystander.id, access: 'READ' }));
    }
    return { query: `mutation ($caseId: ID!, $org: ID!) { unshareCase(caseId: $caseId, organisationId: $org) }`, variables: { caseId, org: w.bystander.id } };
  },
  async updateCase(w, _actor, target) {
    const id = caseOf(w, target);
    return {
      query: `mutation ($id: ID!, $v: Int!) { updateCase(id: $id, version: $v, input: { summary: "Matrix update" }) { id version } }`,
      variables: { id, v: await versionOf(w, id) },
    };
  },
  async verifyEvidence(w, _actor, target) {
    const id = await once(w, `evidence:${target}`, () => evidenceOn(w, target));
    return { query: `mutation ($id: ID!) { verifyEvidence(id: $id) { id verifiedAt } }`, variables: { id } };
  },
  async updateOrganisation(w, _actor, target) {
    return {
      query: `mutation ($id: ID!) { updateOrganisation(id: $id, input: { representative: "Matrix Representative" }) { id } }`,
      variables: { id: teamOf(w, target).org.id },
    };
  },
  async withdrawSignature(w, _actor, target) {
    const s = target === 'own' ? w.statements.ownOpen : statementFor(w, target);
    if (target !== 'restricted') await w.own.clients.admin.ok(SIGN, signVariables(await currentHash(w, s), w.own.org.id));
    return {
      query: `mutation ($s: ID!, $org: ID!) { withdrawSignature(statementId: $s, organisationId: $org) }`,
      variables: { s: s.id, org: w.own.org.id },
    };
  },
  async withdrawStatement(w, _actor, target) {
    const s = target === 'own' ? await openStatementAs(w.own) : statementFor(w, target);
    return { query: `mutation ($id: ID!) { withdrawStatement(id: $id) { id status } }`, variables: { id: s.id } };
  },

  // ------------------------------------------------------------ subscriptions
  async notificationAdded() {
    return { query: `subscription { notificationAdded { id kind text link } }` };
  },
  async statementSignatures(w, _actor, target) {
    const s = target === 'own' ? w.statements.ownOpen : statementFor(w, target);
    return {
      query: `subscription ($id: ID!) { statementSignatures(statementId: $id) { id signatureCount } }`,
      variables: { id: s.id },
      sql: [statementSql(s.id)],
    };
  },
};
