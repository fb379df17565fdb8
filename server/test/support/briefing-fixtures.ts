import type { TestApp } from './test-app';

/** The briefing workflow's steps, answering what the tests that only drive it check: the id and the status. */
export const CREATE_BRIEFING = `mutation ($input: CreateBriefingInput!) { createBriefing(input: $input) { id status } }`;
export const SUBMIT_BRIEFING = `mutation ($id: ID!) { submitBriefing(id: $id) { id status } }`;
export const DECIDE_BRIEFING = `mutation ($id: ID!, $org: ID!, $approve: Boolean!) { decideBriefing(id: $id, organisationId: $org, approve: $approve) { id status } }`;
export const RELEASE_BRIEFING = `mutation ($id: ID!) { releaseBriefing(id: $id) { id status } }`;

/**
 * How many briefings an organisation has authored, read as the owner. Never all briefings: the test files
 * running beside one another create briefings in the same database.
 */
export async function briefingsAuthoredBy(app: TestApp, organisationId: string): Promise<number> {
  const rows: { n: string }[] = await app.deps.dataSource.query(`SELECT count(*) AS n FROM briefings WHERE author_organisation_id = $1`, [organisationId]);
  return Number(rows[0].n);
}
