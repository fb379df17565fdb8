import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { parse, type OperationDefinitionNode } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestClient } from '../../../server/test/support/test-client';
import { pdfText } from '../../../server/test/support/pdf-text';
import { STATEMENT_CHANNEL } from '../../../server/src/modules/statements/statement.service';
import {
  CANDIDATES, CREATE_BRIEFING, MEMBER_ACTORS, PERSON_NAMES, SEARCH_TERMS, UNREADABLE,
  type Actor, type MemberActor, type OrgKey, type TwinWorld,
} from './twin-worlds';

/** One answer the actor got, by a key that names the same request in every world. */
export interface Probe {
  key: string;
  answer: unknown;
}

export interface ActorRecord {
  probes: Probe[];
  /** Root fields of the GraphQL operations sent, as `kind:name`. */
  operations: Set<string>;
  /** HTTP routes requested, by their key in the coverage table. */
  routes: Set<string>;
  /** Milliseconds spent, by the first word of the probe's key: where the run time goes. */
  spent: Map<string, number>;
}

const REFERRAL = `id status needs reason urgent createdAt decidedAt outcomeNote fromOrganisation { id } toOrganisation { id }
  case { id title } person { id pseudonym fullName contact birthYear } linkedCase { id title }`;
const EVIDENCE = `id fileName mediaType kind size sha256 uploadedAt description containsPersonalData capturedAt latitude longitude
  downloadUrl sanitizedUrl thumbnailUrl verifiedAt uploadedBy { id } event { id } case { id }
  custody { at action sha256Matched organisation { id } user { id } }`;
const CASE = `id reference title summary status categories visibility incidentDate version countries crossBorder includeInStatistics createdAt updatedAt
  location { city region countryCode } figures { detained deported injured childrenAffected } ownerOrganisation { id slug }
  myAccess { canEdit canSeePersonalData canShare } readers { organisation { id } canChange personsWithNames }
  persons { id pseudonym fullName birthYear contact consentToShare citizenship role minor
    consents { id scope purpose givenOn expiresOn form active withdrawnAt recordedAt organisations { id } recordedBy { id } } }
  events { id type occurredOn title description authority destinationCountryCode createdAt location { city region countryCode } recordedBy { id } evidence { id } }
  shares { organisation { id } access personalData grantedAt }
  statements { id slug title status }
  links { id confirmed createdAt otherOrganisation { id } otherCase { id title summary } referral { id status } }
  referrals { ${REFERRAL} }
  tasks { id title dueAt status remindBefore completedAt assignee { id } }
  crossBorderTimeline { id title description occurredOn case { id ownerOrganisation { id } } }
  evidence { ${EVIDENCE} }`;
// Case.history, probed on each case by id (in a list of 50 its page of 50 would pass the query's cost budget).
const HISTORY = 'history { edges { cursor node { action at actor organisation { id } } } pageInfo { hasNextPage endCursor } }';
const STATEMENT = `id slug title status addressees primaryLanguage signatureCount signatureDeadline publishedAt createdAt updatedAt initiator { id slug }
  currentVersion { number contentHash changeNote createdAt translations { language title body addressees } }
  versions { number contentHash createdAt translations { language title body addressees } }
  signatures { id organisation { id } signatoryName signatoryTitle versionNumber contentHash current signedAt }
  cases { id title summary }`;
const BRIEFING = `id title audience status includeStatistics createdAt releasedAt author { id slug }
  approvals { approved decidedAt organisation { id } }
  files { format sha256 sizeBytes url createdAt }
  statements { id title }
  cases { reference title summary status categories incidentDate countries location { city region countryCode }
    figures { detained deported injured childrenAffected } ownerOrganisation { id }
    persons { pseudonym role minor citizenship } events { type occurredOn title description authority }
    evidence { fileName kind mediaType uploadedOn sha256 } }`;
const BUCKET = 'key count suppressed';
const STATISTICS = `totalCases totalSuppressed suppressionThreshold crossBorderCases crossBorderSuppressed figuresSuppressed
  figures { detained deported injured childrenAffected } byStatus { ${BUCKET} } byCategory { ${BUCKET} } byCountry { ${BUCKET} } byMonth { ${BUCKET} }
  flows { fromCountryCode toCountryCode count suppressed }`;
const ORGANISATION = 'id slug name localName names { language name } city countryCode representative website createdAt';

const CASES = `query ($filter: CaseFilter, $first: Int, $after: String) { cases(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CASE} } } } }`;
// The filters decide which cases and counts come back; what a case shows is probed in full without a filter and by id.
const CASES_FILTERED = `query ($filter: CaseFilter, $first: Int) { cases(filter: $filter, first: $first) {
  totalCount pageInfo { hasNextPage } edges { node { id reference title summary visibility figures { detained deported injured childrenAffected } ownerOrganisation { id } } } } }`;
const STATS = `query ($filter: CaseFilter) { caseStatistics(filter: $filter) { ${STATISTICS} } }`;

function rootFields(query: string): string[] {
  return parse(query).definitions.flatMap((d) => {
    const op = d as OperationDefinitionNode;
    return op.selectionSet.selections.map((s) => `${op.operation}:${(s as { name: { value: string } }).name.value}`);
  });
}

function contentTypeOf(header: string): string {
  return header.split(';')[0].trim();
}

async function fileAnswer(response: Response): Promise<unknown> {
  const type = contentTypeOf(response.headers.get('content-type') ?? '');
  const bytes = Buffer.from(await response.arrayBuffer());
  let body: unknown;
  if (response.status !== 200) body = bytes.toString('utf8');
  else if (type === 'application/pdf') body = pdfText(bytes);
  else if (type.includes('spreadsheetml')) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows: string[][] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')))));
    body = rows;
  } else if (type === 'application/json') body = JSON.parse(bytes.toString('utf8')) as unknown;
  else body = bytes.toString('utf8');
  return { status: response.status, type, body };
}

/** Subscribes over graphql-ws as the actor; nudges the statement's channel until the first message (event or error) arrives. */
async function firstSubscriptionMessage(w: TwinWorld, cookie: string | null, statementId: string): Promise<unknown> {
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  const client = createClient({ url: `${w.app.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
  let outcome: unknown = null;
  try {
    client.subscribe(
      { query: `subscription ($id: ID!) { statementSignatures(statementId: $id) { ${STATEMENT} } }`, variables: { id: statementId } },
      {
        next: (value) => {
          outcome ??= { data: value.data ?? null, errors: value.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })) };
        },
        error: (error: unknown) => {
          const close = error as { code?: number; reason?: string };
          if (typeof close?.code === 'number') outcome ??= { closed: close.code, reason: String(close.reason ?? '') };
          else if (Array.isArray(error)) outcome ??= { errors: (error as { message: string; extensions?: { code?: string } }[]).map((e) => ({ message: e.message, code: e.extensions?.code })) };
          else outcome ??= { error: String(error) };
        },
        complete: () => {
          outcome ??= { completed: true };
        },
      },
    );
    // A change notice without a change: the event is the statement as the actor reads it, and nothing in the world moves.
    const end = Date.now() + 10_000;
    while (outcome === null && Date.now() < end) {
      await w.app.deps.dataSource.query('SELECT pg_notify($1, $2)', [STATEMENT_CHANNEL, statementId]);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return outcome ?? { timedOut: true };
  } finally {
    await client.dispose();
  }
}

const isMember = (actor: Actor): actor is MemberActor => (MEMBER_ACTORS as readonly string[]).includes(actor);

/**
 * Every query and read route, as one actor, in one world, in a fixed order.
 * Actions that probe (writing candidate names, building a briefing, an
 * approval) are part of it and run the same in every world, also where the
 * actor's answers are not compared (`readsToo: false`: the reads are skipped).
 */
export async function probeAs(w: TwinWorld, actor: Actor, options: { readsToo: boolean }): Promise<ActorRecord> {
  const rec: ActorRecord = { probes: [], operations: new Set(), routes: new Set(), spent: new Map() };
  let clock = Date.now();
  const took = (key: string) => {
    const word = key.split(/[ :]/)[0];
    rec.spent.set(word, (rec.spent.get(word) ?? 0) + Date.now() - clock);
    clock = Date.now();
  };
  const client: TestClient = w.clients[actor];
  const ownOrg = isMember(actor) ? w.orgs[actor as OrgKey] : w.orgs.owner;

  const gql = async (key: string, query: string, variables: Record<string, unknown> = {}) => {
    for (const field of rootFields(query)) rec.operations.add(field);
    const result = await client.gql(query, variables);
    const answer = { status: result.status, data: result.data, errors: result.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path })) };
    rec.probes.push({ key, answer });
    took(key);
    return result;
  };
  /** `shown`: the path as the key names it, when the real one holds what differs between worlds (a draft's slug). */
  const http = async (route: string, path: string, shown = path) => {
    rec.routes.add(route);
    const response = await fetch(`${w.app.url}${path}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
    rec.probes.push({ key: `GET ${route} ${shown.replace(/[0-9a-f-]{36}/g, (id) => w.labels.get(id) ?? 'unlabelled-id')}`, answer: await fileAnswer(response) });
    took(`${route} `);
  };
  const id = (value: string) => w.labels.get(value) ?? value;

  // ---------------------------------------------------------------- probing actions
  if (actor === 'writeShare' || actor === 'writeSharePd') {
    // The redaction oracle: write every candidate name into the shared case, then see which ones a briefing replaces.
    await gql('addCaseEvent: candidate names on the shared case', `mutation ($caseId: ID!, $input: CaseEventInput!) { addCaseEvent(caseId: $caseId, input: $input) { id title description } }`, {
      caseId: w.cases.shared,
      input: { type: 'NOTE', occurredOn: '2013-03-05', title: `Names to check: ${CANDIDATES}`, description: `Seen at the raid: ${CANDIDATES}.` },
    });
  }
  if (isMember(actor)) {
    const readable = [w.cases.ownerCoalition, w.cases.thirdCoalition];
    if (actor !== 'third') readable.unshift(w.cases.shared);
    const created = await gql('createBriefing: every readable case', `mutation ($input: CreateBriefingInput!) { createBriefing(input: $input) { ${BRIEFING} } }`, {
      input: { organisationId: ownOrg, title: 'Probe briefing', audience: 'OSCE ODIHR', caseIds: readable, includeStatistics: true },
    });
    const briefingId = (created.data as { createBriefing?: { id: string } } | null)?.createBriefing?.id;
    if (briefingId) await gql('briefing: the probe briefing', `query ($id: ID!) { briefing(id: $id) { ${BRIEFING} } }`, { id: briefingId });
  }
  if (actor === 'owner' || actor === 'third') {
    // A co-owner approving: it reads the briefing before and after its decision, the other owner not yet decided.
    const joint = w.briefings.find((b) => id(b) === (actor === 'owner' ? 'briefing:thirdJoint' : 'briefing:ownerJoint'))!;
    await gql('briefing: the other owner\'s joint briefing, before deciding', `query ($id: ID!) { briefing(id: $id) { ${BRIEFING} } }`, { id: joint });
    await gql('decideBriefing: approve the joint briefing', `mutation ($id: ID!, $org: ID!) { decideBriefing(id: $id, organisationId: $org, approve: true) { ${BRIEFING} } }`, {
      id: joint, org: ownOrg,
    });
  }

  // Downloads append to the files' custody logs, which other actors read: taken in every world, so the logs stay alike.
  for (const file of w.evidence) {
    for (const variant of ['original', 'sanitized', 'thumbnail']) await http(`/evidence/:id/${variant}`, `/evidence/${file}/${variant}`);
  }
  // Starting an upload is a write only those who may change the case get to make: the shared case and each holder's RESTRICTED one.
  for (const caseId of [w.cases.shared, w.holders.o.restrictedCase, w.holders.t.restrictedCase]) {
    rec.routes.add('/uploads');
    const created = await fetch(`${w.app.url}/uploads`, {
      method: 'POST',
      headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '5', 'Upload-Metadata': `filename ${Buffer.from('probe.txt').toString('base64')},caseId ${Buffer.from(caseId).toString('base64')}`, ...(client.cookie ? { cookie: client.cookie } : {}) },
    });
    const location = created.headers.get('location');
    rec.probes.push({ key: `POST /uploads for ${id(caseId)}`, answer: { status: created.status, location: location ? '<upload>' : null, body: await created.text() } });
    rec.routes.add('/uploads/:id');
    // Sending and attaching the bytes on the shared case only: the holders' own uploads show nothing more, at a cost.
    if (location && caseId !== w.cases.shared) {
      const cancelled = await fetch(`${w.app.url}${location}`, { method: 'DELETE', headers: { 'Tus-Resumable': '1.0.0', ...(client.cookie ? { cookie: client.cookie } : {}) } });
      rec.probes.push({ key: `DELETE /uploads/:id for ${id(caseId)}`, answer: { status: cancelled.status } });
    } else if (location) {
      const patched = await fetch(`${w.app.url}${location}`, {
        method: 'PATCH',
        headers: { 'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream', ...(client.cookie ? { cookie: client.cookie } : {}) },
        body: 'probe',
      });
      rec.probes.push({ key: `PATCH /uploads/:id for ${id(caseId)}`, answer: { status: patched.status, body: await patched.text() } });
      await gql(`attachEvidence: the probe upload to ${id(caseId)}`, `mutation ($u: ID!, $c: ID!) { attachEvidence(uploadId: $u, caseId: $c, containsPersonalData: false) { ${EVIDENCE} } }`, {
        u: location.split('/').pop(), c: caseId,
      });
    }
    const head = await fetch(`${w.app.url}/uploads/${'0'.repeat(32)}`, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0', ...(client.cookie ? { cookie: client.cookie } : {}) } });
    rec.probes.push({ key: `HEAD /uploads/:id unknown, for ${id(caseId)}`, answer: { status: head.status } });
  }

  if (!options.readsToo) return rec;

  // ---------------------------------------------------------------- reads
  await gql('me', `{ me { id email displayName coalitionRoles locale totpEnabled memberships { organisation { id } roles user { id } } } }`);
  await gql('mySessions', `{ mySessions { current userAgent } }`);
  await gql('organisations', `{ organisations { ${ORGANISATION} } }`);
  const unknownOrg = '00000000-0000-4000-8000-000000000000';
  const orgIds = [...Object.values(w.orgs), unknownOrg];
  // Members, invitations and audit entries of the actor's own organisation, the two that hold secrets, and one that does not exist.
  const orgsThatMatter = [...new Set([ownOrg, w.orgs.owner, w.orgs.third, unknownOrg])];
  for (const org of orgIds) await gql(`organisation ${id(org)}`, `query ($id: ID!) { organisation(id: $id) { ${ORGANISATION} } }`, { id: org });
  for (const org of orgsThatMatter) {
    await gql(`members ${id(org)}`, `query ($id: ID!) { members(organisationId: $id) { roles user { id email displayName } organisation { id } } }`, { id: org });
    await gql(`invitations ${id(org)}`, `query ($id: ID!) { invitations(organisationId: $id) { id email roles expiresAt token organisation { id } } }`, { id: org });
  }
  const AUDIT = `query ($org: ID, $first: Int) { auditLog(organisationId: $org, first: $first) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { seq at action actor entityType entityId hash prevHash organisation { id } } } } }`;
  await gql('auditLog', AUDIT, { first: 100 });
  for (const org of orgsThatMatter) await gql(`auditLog ${id(org)}`, AUDIT, { org, first: 100 });
  // The log's filters only narrow what the reader already reads: by action, by a holder's secret case as the subject
  // (whole id and its beginning), over a range of days, and a filtered log paged two entries at a time.
  const AUDIT_FILTERED = `query ($first: Int, $after: String, $filter: AuditFilter) { auditLog(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { seq action entityType entityId organisation { id } } } } }`;
  const secretCase = w.holders.o.restrictedCase;
  const auditFilters: [string, Record<string, unknown>][] = [
    ['action case.create', { action: 'case.create' }],
    [`subject ${id(secretCase)}`, { entityType: 'Case', entityId: secretCase }],
    [`subject beginning ${id(w.holders.t.restrictedCase)}`, { entityId: w.holders.t.restrictedCase.slice(0, 8) }],
    ['days 2000-01-01..2999-12-31', { from: '2000-01-01', to: '2999-12-31' }],
  ];
  for (const [label, filter] of auditFilters) await gql(`auditLog filtered by ${label}`, AUDIT_FILTERED, { filter, first: 100 });
  const firstPage = await gql('auditLog filtered by Case, first page', AUDIT_FILTERED, { filter: { entityType: 'Case' }, first: 2 });
  const auditAfter = (firstPage.data as { auditLog?: { pageInfo: { endCursor: string | null } } } | null | undefined)?.auditLog?.pageInfo.endCursor ?? null;
  if (auditAfter) await gql('auditLog filtered by Case, next page', AUDIT_FILTERED, { filter: { entityType: 'Case' }, first: 2, after: auditAfter });
  await gql('verifyAuditChain', `{ verifyAuditChain { ok checked brokenAt } }`);
  // What the actor was told: nothing about data it may not read (the worlds differ only there).
  await gql('notifications', `{ notifications(first: 100) { unreadCount pageInfo { hasNextPage } edges { node { kind text link readAt organisation { id } } } } }`);
  await gql('myWork', `{ myWork { statementsToSign { id } briefingsToDecide { id } tasksDue { id title dueAt } newShares { id } } }`);
  await gql('notificationPreferences', `{ notificationPreferences { email language } }`);

  const filters: [string, Record<string, unknown>][] = [
    ['none', {}],
    // Only the owner and the third organisation own cases.
    ['owner owner', { ownerOrganisationId: w.orgs.owner }],
    ['owner third', { ownerOrganisationId: w.orgs.third }],
    ['status OPEN', { status: ['OPEN'] }],
    ['category ILL_TREATMENT', { categories: ['ILL_TREATMENT'] }],
    ['country RU', { countryCode: 'RU' }],
    ['crossBorder', { crossBorder: true }],
    ['2013 Q1 ILL_TREATMENT', { occurredFrom: '2013-01-01', occurredTo: '2013-03-31', categories: ['ILL_TREATMENT'] }],
    ...SEARCH_TERMS.map((term): [string, Record<string, unknown>] => [`search ${term}`, { search: term }]),
    ['search Sadovod in RU', { search: 'Sadovod', countryCode: 'RU', status: ['OPEN'] }],
    // Word forms and prefixes (search_query) reach further than the words themselves.
    ...['Sadov', 'Pulk', 'Kotelnik', 'porter', 'beating'].map((term): [string, Record<string, unknown>] => [`search ${term}`, { search: term }]),
    // Names by the blind index: only persons whose personal data the actor may read.
    ...PERSON_NAMES.map((name): [string, Record<string, unknown>] => [`personName ${name}`, { personName: name }]),
    ['personName Nazarov with search Sadovod', { personName: 'Nazarov', search: 'Sadovod' }],
  ];
  for (const [name, filter] of filters) {
    await gql(`cases ${name}`, name === 'none' ? CASES : CASES_FILTERED, { filter, first: 50 });
    await gql(`caseStatistics ${name}`, STATS, { filter });
  }
  await gql('caseStatistics without filter', `{ caseStatistics { ${STATISTICS} } }`);
  // The search box: cases, statements and briefings, with snippets; every secret word, prefixes and names.
  const SEARCH_BOX = `query ($q: String!) { search(query: $q, first: 50) { totalCount
    hits { snippet node { __typename ... on Case { id reference title summary } ... on Statement { id title statementStatus: status } ... on Briefing { id title briefingStatus: status } } } } }`;
  // Names only as words of text (the box searches no person's name): the written candidates, in both scripts.
  for (const term of [...SEARCH_TERMS, 'Sadov', 'Pulk', 'Kotelnik', 'appeal', 'briefing', 'Nazarov', 'Назаров']) await gql(`search box ${term}`, SEARCH_BOX, { q: term });
  const page = await gql('cases first page of 2', CASES, { first: 2 });
  const after = (page.data as { cases?: { pageInfo: { endCursor: string | null } } } | null)?.cases?.pageInfo.endCursor;
  if (after) await gql('cases second page of 2', CASES, { first: 2, after });
  // Ordered by a column: the same cases in an order of their own, a secret's key never placing a readable case
  // differently; a search ordered too, and an order paged two at a time. Ties are broken by id, and ids are drawn
  // afresh in every world: within a run of equal keys the answer is put in the order of the cases' labels.
  const CASES_SORTED = `query ($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) { cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id reference status incidentDate ownerOrganisation { id } } } } }`;
  type SortedEdge = { node: { id: string; reference: string; status: string; incidentDate: string | null; ownerOrganisation: { id: string } } };
  const sortKeys: Record<string, (n: SortedEdge['node']) => string> = {
    REFERENCE: (n) => n.reference,
    INCIDENT_DATE: (n) => n.incidentDate ?? '',
    STATUS: (n) => n.status,
    OWNER: (n) => id(n.ownerOrganisation.id),
  };
  const sortedProbe = async (key: string, field: string, variables: Record<string, unknown>) => {
    const result = await gql(key, CASES_SORTED, variables);
    const edges = (result.data as { cases?: { edges: SortedEdge[] } } | null | undefined)?.cases?.edges;
    const keyOf = sortKeys[field];
    if (!edges || !keyOf) return;
    const runs: SortedEdge[][] = [];
    for (const edge of edges) {
      const last = runs.at(-1);
      if (last && keyOf(last[0].node) === keyOf(edge.node)) last.push(edge);
      else runs.push([edge]);
    }
    // The recorded answer is this very object: reordered in place.
    edges.splice(0, edges.length, ...runs.flatMap((run) => run.sort((a, b) => id(a.node.id).localeCompare(id(b.node.id)))));
  };
  for (const field of ['REFERENCE', 'INCIDENT_DATE', 'STATUS', 'OWNER', 'CREATED_AT']) {
    await sortedProbe(`cases ordered by ${field}`, field, { orderBy: { field, direction: 'ASC' }, first: 50 });
  }
  await sortedProbe('cases search Sadovod ordered by OWNER DESC', 'OWNER', { filter: { search: 'Sadovod' }, orderBy: { field: 'OWNER', direction: 'DESC' }, first: 50 });
  // Paged in an order without ties (a page's edge could fall inside a run of equal keys otherwise).
  const sortedPage = await gql('cases oldest first, first page of 2', CASES_SORTED, { orderBy: { field: 'CREATED_AT', direction: 'ASC' }, first: 2 });
  const sortedAfter = (sortedPage.data as { cases?: { pageInfo: { endCursor: string | null } } } | null)?.cases?.pageInfo.endCursor;
  if (sortedAfter) await gql('cases oldest first, second page of 2', CASES_SORTED, { orderBy: { field: 'CREATED_AT', direction: 'ASC' }, first: 2, after: sortedAfter });
  const caseIds = [w.cases.shared, w.cases.ownerCoalition, w.cases.thirdCoalition, ...Object.values(w.holders).flatMap((h) => [h.restrictedCase, h.hiddenCase, h.extraCase])];
  for (const caseId of caseIds) await gql(`case ${id(caseId)}`, `query ($id: ID!) { case(id: $id) { ${CASE} ${HISTORY} } }`, { id: caseId });

  const STATEMENTS = `query ($filter: StatementFilter, $first: Int) { statements(filter: $filter, first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${STATEMENT} } } } }`;
  const statementFilters: [string, Record<string, unknown>][] = [
    ['none', {}],
    ['initiator owner', { initiatorOrganisationId: w.orgs.owner }],
    ['initiator third', { initiatorOrganisationId: w.orgs.third }],
    ['DRAFT', { status: ['DRAFT'] }],
    ['OPEN_FOR_SIGNATURE', { status: ['OPEN_FOR_SIGNATURE'] }],
    ['signed by owner', { signedByOrganisationId: w.orgs.owner }],
  ];
  for (const [name, filter] of statementFilters) await gql(`statements ${name}`, STATEMENTS, { filter, first: 50 });
  for (const s of w.statements) {
    await gql(`statement ${id(s.id)}`, `query ($id: ID!) { statement(id: $id) { ${STATEMENT} } }`, { id: s.id });
    await gql(`publishedStatement ${id(s.id)}`, `query ($slug: String!) { publishedStatement(slug: $slug) { ${STATEMENT} } }`, { slug: s.slug });
  }
  for (const file of w.evidence) await gql(`evidenceFile ${id(file)}`, `query ($id: ID!) { evidenceFile(id: $id) { ${EVIDENCE} } }`, { id: file });
  await gql('briefings', `{ briefings { ${BRIEFING} } }`);
  const REFERRALS = `query ($status: [ReferralStatus!], $incoming: Boolean) { referrals(status: $status, incoming: $incoming) { ${REFERRAL} } }`;
  for (const [name, vars] of [['all', {}], ['incoming', { incoming: true }], ['outgoing', { incoming: false }], ['PENDING', { status: ['PENDING'] }]] as const) {
    await gql(`referrals ${name}`, REFERRALS, vars);
  }
  await gql('referralStatistics', `{ referralStatistics { byStatus { status count } byRoute { fromCountryCode toCountryCode count } accepted medianHoursToAcceptance } }`);
  for (const b of w.briefings) await gql(`briefing ${id(b)}`, `query ($id: ID!) { briefing(id: $id) { ${BRIEFING} } }`, { id: b });

  // ---------------------------------------------------------------- refused writes: their errors
  for (const dim of UNREADABLE[actor].filter((d): d is 'o' | 't' => d !== 'pd')) {
    const h = w.holders[dim];
    const holderOrg = dim === 'o' ? w.orgs.owner : w.orgs.third;
    const at = (what: string) => `${what} on ${dim}'s secret`;
    // The case that exists in one world only gets the two commonest writes: a refusal must not tell whether it exists.
    for (const caseId of [h.restrictedCase, h.extraCase]) {
      await gql(at(`updateCase ${id(caseId)}`), `mutation ($id: ID!) { updateCase(id: $id, version: 1, input: { summary: "Probe" }) { id summary } }`, { id: caseId });
      await gql(at(`addCaseEvent ${id(caseId)}`), `mutation ($id: ID!) { addCaseEvent(caseId: $id, input: { type: NOTE, occurredOn: "2013-03-05", title: "Probe" }) { id } }`, { id: caseId });
      await gql(at(`addCaseTask ${id(caseId)}`), `mutation ($id: ID!) { addCaseTask(caseId: $id, input: { title: "Probe", dueAt: "2031-01-01T00:00:00.000Z" }) { id } }`, { id: caseId });
      if (caseId === h.extraCase) continue;
      await gql(at(`addCasePerson ${id(caseId)}`), `mutation ($id: ID!) { addCasePerson(caseId: $id, input: { fullName: "Probe Person", role: WITNESS }) { id } }`, { id: caseId });
      await gql(at(`shareCase ${id(caseId)}`), `mutation ($id: ID!, $org: ID!) { shareCase(caseId: $id, organisationId: $org, access: READ) { access } }`, { id: caseId, org: ownOrg });
      await gql(at(`unshareCase ${id(caseId)}`), `mutation ($id: ID!, $org: ID!) { unshareCase(caseId: $id, organisationId: $org) }`, { id: caseId, org: ownOrg });
      await gql(at(`createBriefing ${id(caseId)}`), CREATE_BRIEFING, { input: { organisationId: ownOrg, title: 'Probe', audience: 'Probe', caseIds: [caseId] } });
      await gql(at(`createStatement ${id(caseId)}`), `mutation ($org: ID!, $id: ID!) { createStatement(input: { initiatorOrganisationId: $org, addressees: ["Probe"], primaryLanguage: EN,
        translations: [{ language: EN, title: "Probe statement", body: "Probe" }], caseIds: [$id] }) { id } }`, { org: ownOrg, id: caseId });
    }
    await gql(at('removeCasePerson'), `mutation ($id: ID!) { removeCasePerson(id: $id) }`, { id: h.restrictedPerson });
    await gql(at('erasePersonalData'), `mutation ($id: ID!) { erasePersonalData(personId: $id) { id fullName } }`, { id: h.restrictedPerson });
    // Consents, referrals and links of the secret case and person: refused alike whether they exist or not.
    await gql(at('recordConsent'), `mutation ($id: ID!) { recordConsent(personId: $id, input: { scope: BRIEFING, purpose: "Probe", givenOn: "2013-03-05", form: "oral" }) { id } }`, { id: h.restrictedPerson });
    await gql(at('withdrawConsent'), `mutation ($id: ID!) { withdrawConsent(id: $id) { id } }`, { id: h.restrictedConsent });
    await gql(at('referPerson'), `mutation ($c: ID!, $p: ID!, $org: ID!) { referPerson(caseId: $c, personId: $p, toOrganisationId: $org, needs: [LEGAL_AID], reason: "Probe") { id } }`, {
      c: h.restrictedCase, p: h.restrictedPerson, org: ownOrg,
    });
    for (const op of ['acceptReferral', 'withdrawReferral']) await gql(at(op), `mutation ($id: ID!) { ${op}(id: $id) { id } }`, { id: h.referral });
    for (const op of ['declineReferral', 'completeReferral']) await gql(at(op), `mutation ($id: ID!) { ${op}(id: $id, outcomeNote: "Probe") { id } }`, { id: h.referral });
    await gql(at('linkCases'), `mutation ($a: ID!, $b: ID!) { linkCases(caseId: $a, otherCaseId: $b) { id } }`, { a: h.restrictedCase, b: w.cases.shared });
    for (const op of ['confirmCaseLink', 'unlinkCases']) await gql(at(op), `mutation ($id: ID!) { ${op}(linkId: $id) ${op === 'confirmCaseLink' ? '{ id }' : ''} }`, { id: h.link });
    const secretFile = w.evidence.find((e) => id(e) === `evidence:${dim === 'o' ? 'owner' : 'third'}Restricted`)!;
    await gql(at('verifyEvidence'), `mutation ($id: ID!) { verifyEvidence(id: $id) { id sha256 } }`, { id: secretFile });
    await gql(at('removeEvidence'), `mutation ($id: ID!) { removeEvidence(id: $id, reason: "Probe") }`, { id: secretFile });
    await gql(at('attachEvidence'), `mutation ($c: ID!) { attachEvidence(uploadId: "${'0'.repeat(32)}", caseId: $c) { id } }`, { c: h.restrictedCase });
    await gql(at('attachEvidence on the extra case'), `mutation ($c: ID!) { attachEvidence(uploadId: "${'0'.repeat(32)}", caseId: $c) { id } }`, { c: h.extraCase });
    const drafts = w.statements.filter((s) => id(s.id).startsWith(`statement:${dim === 'o' ? 'owner' : 'third'}`) && /Draft$/.test(id(s.id)));
    for (const s of drafts) {
      const sid = { id: s.id };
      await gql(at(`reviseStatement ${id(s.id)}`), `mutation ($id: ID!) { reviseStatement(id: $id, baseVersion: 1, translations: [{ language: EN, title: "Probe", body: "Probe" }]) { id } }`, sid);
      if (/Extra/.test(id(s.id))) continue;
      await gql(at(`openStatementForSignature ${id(s.id)}`), `mutation ($id: ID!) { openStatementForSignature(id: $id) { id } }`, sid);
      await gql(at(`signStatement ${id(s.id)}`), `mutation ($id: ID!, $org: ID!) { signStatement(input: { statementId: $id, organisationId: $org, contentHash: "${'0'.repeat(64)}", signatoryName: "Probe" }) { id } }`, { ...sid, org: ownOrg });
      await gql(at(`withdrawSignature ${id(s.id)}`), `mutation ($id: ID!, $org: ID!) { withdrawSignature(statementId: $id, organisationId: $org) }`, { ...sid, org: ownOrg });
      await gql(at(`publishStatement ${id(s.id)}`), `mutation ($id: ID!) { publishStatement(id: $id) { id } }`, sid);
      await gql(at(`withdrawStatement ${id(s.id)}`), `mutation ($id: ID!) { withdrawStatement(id: $id) { id } }`, sid);
    }
    const bid = { id: h.draftBriefing };
    await gql(at('submitBriefing'), `mutation ($id: ID!) { submitBriefing(id: $id) { id } }`, bid);
    await gql(at('decideBriefing'), `mutation ($id: ID!, $org: ID!) { decideBriefing(id: $id, organisationId: $org, approve: true) { id } }`, { ...bid, org: holderOrg });
    await gql(at('releaseBriefing'), `mutation ($id: ID!) { releaseBriefing(id: $id) { id } }`, bid);
    await gql(at('revokeBriefing'), `mutation ($id: ID!) { revokeBriefing(id: $id) { id } }`, bid);
  }

  // ---------------------------------------------------------------- files and pages
  // Every filter in CSV; the other formats write the same rows, so a few filters suffice (XLSX is costly to write and read).
  const exportQueries = [
    '', `?ownerOrganisationId=${w.orgs.owner}`, '?search=Sadovod', `?ownerOrganisationId=${w.orgs.third}`, '?categories=ILL_TREATMENT&countryCode=RU',
    ...['Kotelniki', 'Gatchina', 'Farhod'].map((t) => `?search=${t}`),
  ];
  for (const [format, queries] of [['csv', exportQueries], ['json', exportQueries.slice(0, 3)], ['xlsx', exportQueries.slice(0, 3)]] as const) {
    for (const q of queries) await http(`/exports/cases.${format}`, `/exports/cases.${format}${q}`);
  }
  for (const b of w.briefings) {
    // Files exist for released (and revoked) briefings only; any other answers as an unknown one would, whatever the format.
    const formats = /Released|Revoked/.test(id(b)) ? ['pdf', 'csv', 'json', 'xlsx'] : ['pdf'];
    for (const format of formats) await http('/briefings/:id/files/:format', `/briefings/${b}/files/${format}`);
  }
  for (const s of w.statements) {
    // Served for PUBLISHED statements only, whatever the format: PDF for that one and for a draft, Markdown for all.
    const formats = /Published|ownerDraft/.test(id(s.id)) ? ['pdf', 'md'] : ['md'];
    for (const format of formats) await http('/statements/<slug>.<format>', `/statements/${encodeURIComponent(s.slug)}.${format}`, `/statements/${id(s.id)}.${format}`);
  }
  await http('/health', '/health');
  await http('/ready', '/ready');
  await http('/calendar/<token>.ics', `/calendar/${'A'.repeat(43)}.ics`, '/calendar/<unknown token>.ics');
  // The metrics are the process's (every server of this jest worker counts into one registry): only whether they are served compares.
  rec.routes.add('/metrics');
  rec.probes.push({ key: 'GET /metrics', answer: (await fetch(`${w.app.url}/metrics`, { headers: client.cookie ? { cookie: client.cookie } : {} })).status });
  const published = w.statements.find((s) => id(s.id) === 'statement:ownerPublished')!;
  for (const page of ['/', '/cases', `/cases/${w.holders.o.restrictedCase}`, '/statements/new', `/briefings/${w.holders.o.draftBriefing}`]) {
    await http('client pages', page);
  }
  await http('client pages', `/p/${published.slug}`, `/p/${id(published.id)}`);

  // ---------------------------------------------------------------- subscriptions
  rec.operations.add('subscription:statementSignatures');
  for (const s of w.statements) {
    rec.probes.push({ key: `statementSignatures ${id(s.id)}`, answer: await firstSubscriptionMessage(w, client.cookie, s.id) });
    took('statementSignatures');
  }
  return rec;
}

/** A fresh id where an answer needs one that no world has. */
export const unknownId = (): string => crypto.randomUUID();
