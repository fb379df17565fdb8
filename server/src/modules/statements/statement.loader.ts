import type { Language, StatementStatus } from '@coalition/shared';
import DataLoader from 'dataloader';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { anyOf } from '../../core/db/sql-functions';
import type { LoaderFactory } from '../../core/graphql/loader-registry';
import { isUuid } from '../../core/graphql/ids';
import { Statement, StatementSignature, StatementTranslation, StatementVersion } from './statement.entity';

/** The columns of a statement under the entity's property names, for typed SQL over `statements s`. */
export const statementColumns = [
  's.id',
  's.slug',
  's.initiator_organisation_id as initiatorOrganisationId',
  's.status',
  's.addressees',
  's.primary_language as primaryLanguage',
  's.current_version_number as currentVersionNumber',
  's.signature_deadline as signatureDeadline',
  's.published_at as publishedAt',
  's.created_by_user_id as createdByUserId',
  's.created_at as createdAt',
  's.updated_at as updatedAt',
] as const;

/** A statement row as `statementColumns` selects it. */
export interface StatementRow {
  id: string;
  slug: string;
  initiatorOrganisationId: string;
  status: string;
  addressees: string[];
  primaryLanguage: string;
  currentVersionNumber: number;
  signatureDeadline: Date | null;
  publishedAt: Date | null;
  createdByUserId: string;
  createdAt: Date;
  updatedAt: Date;
}

export function statementFromRow(row: StatementRow): Statement {
  return Object.assign(new Statement(), {
    ...row,
    status: row.status as StatementStatus,
    primaryLanguage: row.primaryLanguage as Language,
  });
}

/** The columns of a signature under the entity's property names, over `statement_signatures` aliased `a`. */
export const signatureColumnsOf = <A extends 'g' | 'statement_signatures'>(a: A) =>
  [
    `${a}.id`,
    `${a}.statement_id as statementId`,
    `${a}.organisation_id as organisationId`,
    `${a}.signatory_name as signatoryName`,
    `${a}.signatory_title as signatoryTitle`,
    `${a}.version_number as versionNumber`,
    `${a}.content_hash as contentHash`,
    `${a}.signed_by_user_id as signedByUserId`,
    `${a}.signed_at as signedAt`,
  ] as const;

/** Statements by id as row-level security lets the actor see them: null when absent or unreadable. */
export const statementById: LoaderFactory<string, Statement | null> = ({ sql: db }) =>
  new DataLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await db.selectFrom('statements as s').select(statementColumns).where('s.id', '=', anyOf(valid, 'uuid')).execute() : [];
    const byId = new Map(rows.map((r) => [r.id, statementFromRow(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** A version with its translations (sorted by language), as one unit. */
export type VersionWithText = StatementVersion & { translations: StatementTranslation[] };

/** Every version of each statement, oldest first, with translations: one query for any number of statements. */
export const versionsByStatement: LoaderFactory<string, VersionWithText[]> = ({ sql: db }) =>
  new DataLoader(async (statementIds) => {
    const rows = await db
      .selectFrom('statement_versions as v')
      .select([
        'v.id',
        'v.statement_id as statementId',
        'v.number',
        'v.content_hash as contentHash',
        'v.change_note as changeNote',
        'v.created_by_user_id as createdByUserId',
        'v.created_at as createdAt',
      ])
      .select((eb) =>
        jsonArrayFrom(
          eb
            .selectFrom('statement_translations as t')
            .select(['t.id', 't.version_id as versionId', 't.language', 't.title', 't.body', 't.addressees'])
            .whereRef('t.version_id', '=', 'v.id')
            .orderBy('t.language'),
        ).as('translations'),
      )
      .where('v.statement_id', '=', anyOf(statementIds, 'uuid'))
      .orderBy('v.number')
      .execute();
    const byStatement = new Map<string, VersionWithText[]>();
    for (const row of rows) {
      const version: VersionWithText = Object.assign(new StatementVersion(), row, {
        translations: row.translations.map((t) => Object.assign(new StatementTranslation(), t, { language: t.language as Language })),
      });
      const list = byStatement.get(row.statementId) ?? [];
      list.push(version);
      byStatement.set(row.statementId, list);
    }
    return statementIds.map((id) => byStatement.get(id) ?? []);
  });

/** Signatures of each statement, oldest first, each marked current (it binds the current text) or not. */
export const signaturesByStatement: LoaderFactory<string, StatementSignature[]> = ({ sql: db }) =>
  new DataLoader(async (statementIds) => {
    const rows = await db
      .selectFrom('statement_signatures as g')
      .innerJoin('statements as s', 's.id', 'g.statement_id')
      .leftJoin('statement_versions as cv', (join) => join.onRef('cv.statement_id', '=', 's.id').onRef('cv.number', '=', 's.current_version_number'))
      .select(signatureColumnsOf('g'))
      .select((eb) => eb('g.content_hash', '=', eb.ref('cv.content_hash')).as('current'))
      .where('g.statement_id', '=', anyOf(statementIds, 'uuid'))
      .orderBy('g.signed_at')
      .orderBy('g.id')
      .execute();
    const byStatement = new Map<string, StatementSignature[]>();
    for (const row of rows) {
      const list = byStatement.get(row.statementId) ?? [];
      list.push(Object.assign(new StatementSignature(), row, { current: row.current === true }));
      byStatement.set(row.statementId, list);
    }
    return statementIds.map((id) => byStatement.get(id) ?? []);
  });

/**
 * Of `statement_cases as sc` joined with `statements as s`: the citation stands (statement_citation_stands):
 * always before publication, afterwards only while the case's persons' PUBLICATION consents allow it.
 */
const citationStands = sql<boolean>`statement_citation_stands(s.status, sc.case_id, s.initiator_organisation_id)`;

/** Ids of the cases each statement cites (whether the viewer may read them is the cases module's to say). */
export const caseIdsByStatement: LoaderFactory<string, string[]> = ({ sql: db }) =>
  new DataLoader(async (statementIds) => {
    const rows = await db
      .selectFrom('statement_cases as sc')
      .innerJoin('statements as s', 's.id', 'sc.statement_id')
      .select(['sc.statement_id as statementId', 'sc.case_id as caseId'])
      .where('sc.statement_id', '=', anyOf(statementIds, 'uuid'))
      .where(citationStands)
      .orderBy('sc.case_id')
      .execute();
    const byStatement = new Map<string, string[]>();
    for (const row of rows) byStatement.set(row.statementId, [...(byStatement.get(row.statementId) ?? []), row.caseId]);
    return statementIds.map((id) => byStatement.get(id) ?? []);
  });

/** Statements (readable ones: row-level security filters) that cite each case, newest first. */
export const statementsByCase: LoaderFactory<string, Statement[]> = ({ sql: db }) =>
  new DataLoader(async (caseIds) => {
    const rows = await db
      .selectFrom('statement_cases as sc')
      .innerJoin('statements as s', 's.id', 'sc.statement_id')
      .select('sc.case_id as caseId')
      .select(statementColumns)
      .where('sc.case_id', '=', anyOf(caseIds, 'uuid'))
      .where(citationStands)
      .orderBy('s.created_at', 'desc')
      .orderBy('s.id', 'desc')
      .execute();
    const byCase = new Map<string, Statement[]>();
    for (const { caseId, ...row } of rows) byCase.set(caseId, [...(byCase.get(caseId) ?? []), statementFromRow(row)]);
    return caseIds.map((id) => byCase.get(id) ?? []);
  });
