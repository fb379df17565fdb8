import { statementContentHash } from '@coalition/shared';
import type { TestClient } from './test-client';
import type { TestOrgWithMembers } from './factories';

export const STATEMENT_FIELDS = `id slug title status addressees primaryLanguage signatureCount signatureDeadline publishedAt
  initiator { id }
  currentVersion { number contentHash changeNote translations { language title body addressees } }
  versions { number contentHash }
  signatures { id organisation { id } signatoryName signatoryTitle versionNumber contentHash current signedAt }
  cases { id }`;

export const CREATE = `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { ${STATEMENT_FIELDS} } }`;
export const REVISE = `mutation ($id: ID!, $baseVersion: Int!, $translations: [TranslationInput!]!, $changeNote: String) {
  reviseStatement(id: $id, baseVersion: $baseVersion, translations: $translations, changeNote: $changeNote) { ${STATEMENT_FIELDS} } }`;
export const OPEN = `mutation ($id: ID!, $deadline: DateTimeISO) { openStatementForSignature(id: $id, signatureDeadline: $deadline) { id status signatureDeadline } }`;
export const SIGN = `mutation ($input: SignStatementInput!) { signStatement(input: $input) { id versionNumber contentHash current signatoryName organisation { id } } }`;
export const UNSIGN = `mutation ($statementId: ID!, $organisationId: ID!) { withdrawSignature(statementId: $statementId, organisationId: $organisationId) }`;
export const PUBLISH = `mutation ($id: ID!) { publishStatement(id: $id) { id status publishedAt } }`;
export const WITHDRAW = `mutation ($id: ID!) { withdrawStatement(id: $id) { id status } }`;
export const ONE = `query ($id: ID!) { statement(id: $id) { ${STATEMENT_FIELDS} } }`;
export const PUBLISHED = `query ($slug: String!) { publishedStatement(slug: $slug) { ${STATEMENT_FIELDS} } }`;
export const LIST = `query ($filter: StatementFilter, $first: Int, $after: String) {
  statements(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status } } } }`;

export interface StatementView {
  id: string;
  slug: string;
  title: string;
  status: string;
  signatureCount: number;
  publishedAt: string | null;
  currentVersion: { number: number; contentHash: string; translations: { language: string; title: string; body: string; addressees: string[] | null }[] };
  versions: { number: number; contentHash: string }[];
  signatures: { id: string; organisation: { id: string }; signatoryName: string; versionNumber: number; contentHash: string; current: boolean }[];
  cases: { id: string }[];
}

let counter = 0;
export const translations = (tag = `${Date.now()}-${++counter}`) => [
  { language: 'EN', title: `Appeal on raids ${tag}`, body: 'We call for an investigation.\r\nSigned below.' },
  { language: 'RU', title: `Обращение о рейдах ${tag}`, body: 'Мы требуем расследования.' },
];

export async function createStatement(client: TestClient, org: TestOrgWithMembers, extra: Record<string, unknown> = {}): Promise<StatementView> {
  const data = await client.ok<{ createStatement: StatementView }>(CREATE, {
    input: { initiatorOrganisationId: org.org.id, addressees: ['Administration of the Russian Federation'], primaryLanguage: 'EN', translations: translations(), ...extra },
  });
  return data.createStatement;
}

export async function openStatement(org: TestOrgWithMembers, extra: Record<string, unknown> = {}): Promise<StatementView> {
  const s = await createStatement(org.caseworker, org, extra);
  await org.admin.ok(OPEN, { id: s.id });
  return { ...s, status: 'OPEN_FOR_SIGNATURE' };
}

export const signInput = (s: StatementView, org: TestOrgWithMembers, hash = s.currentVersion.contentHash) => ({
  input: { statementId: s.id, organisationId: org.org.id, contentHash: hash, signatoryName: 'Nodira A.', signatoryTitle: 'Director' },
});

export { statementContentHash };
