import type { TestClient } from './test-client';

export const CASE_FIELDS = `id reference title summary status categories visibility incidentDate version countries crossBorder
  location { city region countryCode } figures { detained deported injured childrenAffected } includeInStatistics
  ownerOrganisation { id slug } myAccess { canEdit canSeePersonalData canShare }
  persons { id pseudonym fullName birthYear contact consentToShare citizenship role minor }
  events { id type occurredOn title description authority destinationCountryCode location { countryCode } recordedBy { id } }
  shares { organisation { id } access personalData grantedAt }`;

export const CREATE_CASE = `mutation ($input: CreateCaseInput!) { createCase(input: $input) { ${CASE_FIELDS} } }`;
export const UPDATE_CASE = `mutation ($id: ID!, $version: Int!, $input: UpdateCaseInput!) { updateCase(id: $id, version: $version, input: $input) { id title version visibility } }`;
export const GET_CASE = `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
export const LIST_CASES = `query ($filter: CaseFilter, $first: Int, $after: String) { cases(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id reference } } } }`;
export const ADD_PERSON = `mutation ($caseId: ID!, $input: CasePersonInput!) { addCasePerson(caseId: $caseId, input: $input) { id pseudonym fullName birthYear contact consentToShare } }`;
export const REMOVE_PERSON = `mutation ($id: ID!) { removeCasePerson(id: $id) }`;
export const ADD_EVENT = `mutation ($caseId: ID!, $input: CaseEventInput!) { addCaseEvent(caseId: $caseId, input: $input) { id type title recordedBy { id } } }`;
export const SHARE = `mutation ($caseId: ID!, $organisationId: ID!, $access: ShareAccess!, $personalData: Boolean) {
  shareCase(caseId: $caseId, organisationId: $organisationId, access: $access, personalData: $personalData) { organisation { id } access personalData } }`;
export const UNSHARE = `mutation ($caseId: ID!, $organisationId: ID!) { unshareCase(caseId: $caseId, organisationId: $organisationId) }`;
export const IMPORT = `mutation ($organisationId: ID!, $format: ImportFormat!, $data: String!, $dryRun: Boolean) {
  importCases(organisationId: $organisationId, format: $format, data: $data, dryRun: $dryRun) { created dryRun errors { row message } } }`;

export interface CaseShape {
  id: string;
  reference: string;
  version: number;
  visibility: string;
  countries: string[];
  crossBorder: boolean;
  myAccess: { canEdit: boolean; canSeePersonalData: boolean; canShare: boolean };
  persons: { id: string; pseudonym: string; fullName: string | null; birthYear: number | null; contact: string | null; consentToShare: boolean }[];
  events: { id: string; title: string; recordedBy: { id: string } }[];
  shares: { organisation: { id: string }; access: string; personalData: boolean }[];
}

export function caseInput(organisationId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organisationId,
    title: 'Raid near Apraksin Dvor, St. Petersburg',
    summary: 'Police detained worshippers after Friday prayers.',
    categories: ['RAID', 'RELIGIOUS_FREEDOM'],
    incidentDate: '2013-02-08',
    location: { city: 'St. Petersburg', countryCode: 'RU' },
    figures: { detained: 3, deported: 1 },
    ...overrides,
  };
}

export async function createCase(client: TestClient, organisationId: string, overrides: Record<string, unknown> = {}): Promise<CaseShape> {
  const data = await client.ok<{ createCase: CaseShape }>(CREATE_CASE, { input: caseInput(organisationId, overrides) });
  return data.createCase;
}
