import type { Language, StatementStatus } from '@coalition/shared';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../core/graphql/loader-registry';
import { isUuid } from '../../core/graphql/ids';
import { Statement, StatementSignature, StatementTranslation, StatementVersion } from './statement.entity';

/** The columns of a statement, aliased to the entity's properties, for hand-written SQL over `statements s`. */
export const STATEMENT_COLUMNS = `s.id, s.slug, s.initiator_organisation_id AS "initiatorOrganisationId", s.status, s.addressees,
  s.primary_language AS "primaryLanguage", s.current_version_number AS "currentVersionNumber",
  s.signature_deadline AS "signatureDeadline", s.published_at AS "publishedAt", s.created_by_user_id AS "createdByUserId",
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

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

/** Statements by id as row-level security lets the actor see them: null when absent or unreadable. */
export const statementById: LoaderFactory<string, Statement | null> = ({ db }) =>
  new DataLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? ((await db.query(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id = ANY($1::uuid[])`, [valid])) as StatementRow[])
      : [];
    const byId = new Map(rows.map((r) => [r.id, statementFromRow(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** A version with its translations (sorted by language), as one unit. */
export type VersionWithText = StatementVersion & { translations: StatementTranslation[] };

/** Every version of each statement, oldest first, with translations: one query for any number of statements. */
export const versionsByStatement: LoaderFactory<string, VersionWithText[]> = ({ db }) =>
  new DataLoader(async (statementIds) => {
    const rows = (await db.query(
      `SELECT v.id, v.statement_id AS "statementId", v.number, v.content_hash AS "contentHash", v.change_note AS "changeNote",
              v.created_by_user_id AS "createdByUserId", v.created_at AS "createdAt",
              coalesce((SELECT json_agg(json_build_object('id', t.id, 'versionId', t.version_id, 'language', t.language,
                        'title', t.title, 'body', t.body) ORDER BY t.language)
                        FROM statement_translations t WHERE t.version_id = v.id), '[]') AS translations
         FROM statement_versions v WHERE v.statement_id = ANY($1::uuid[]) ORDER BY v.number`,
      [[...statementIds]],
    )) as (Omit<VersionWithText, 'translations'> & { translations: Record<string, string>[] })[];
    const byStatement = new Map<string, VersionWithText[]>();
    for (const row of rows) {
      const version = Object.assign(new StatementVersion(), row, {
        translations: row.translations.map((t) => Object.assign(new StatementTranslation(), t)),
      }) as VersionWithText;
      const list = byStatement.get(row.statementId) ?? [];
      list.push(version);
      byStatement.set(row.statementId, list);
    }
    return statementIds.map((id) => byStatement.get(id) ?? []);
  });

export const SIGNATURE_COLUMNS = `g.id, g.statement_id AS "statementId", g.organisation_id AS "organisationId",
  g.signatory_name AS "signatoryName", g.signatory_title AS "signatoryTitle", g.version_number AS "versionNumber",
  g.content_hash AS "contentHash", g.signed_by_user_id AS "signedByUserId", g.signed_at AS "signedAt"`;

/** The join that tells whether a signature binds the current text. */
export const SIGNATURE_CURRENT_JOIN = `JOIN statements s ON s.id = g.statement_id
  LEFT JOIN statement_versions cv ON cv.statement_id = s.id AND cv.number = s.current_version_number`;

/** Signatures of each statement, oldest first, each marked current or not. */
export const signaturesByStatement: LoaderFactory<string, StatementSignature[]> = ({ db }) =>
  new DataLoader(async (statementIds) => {
    const rows = (await db.query(
      `SELECT ${SIGNATURE_COLUMNS}, (g.content_hash = cv.content_hash) AS current
         FROM statement_signatures g ${SIGNATURE_CURRENT_JOIN}
        WHERE g.statement_id = ANY($1::uuid[]) ORDER BY g.signed_at, g.id`,
      [[...statementIds]],
    )) as StatementSignature[];
    const byStatement = new Map<string, StatementSignature[]>();
    for (const row of rows) {
      const list = byStatement.get(row.statementId) ?? [];
      list.push(Object.assign(new StatementSignature(), row, { current: row.current === true }));
      byStatement.set(row.statementId, list);
    }
    return statementIds.map((id) => byStatement.get(id) ?? []);
  });

/** Ids of the cases each statement cites (whether the viewer may read them is the cases module's to say). */
export const caseIdsByStatement: LoaderFactory<string, string[]> = ({ db }) =>
  new DataLoader(async (statementIds) => {
    const rows = (await db.query(
      `SELECT statement_id AS "statementId", case_id AS "caseId" FROM statement_cases WHERE statement_id = ANY($1::uuid[]) ORDER BY case_id`,
      [[...statementIds]],
    )) as { statementId: string; caseId: string }[];
    const byStatement = new Map<string, string[]>();
    for (const row of rows) byStatement.set(row.statementId, [...(byStatement.get(row.statementId) ?? []), row.caseId]);
    return statementIds.map((id) => byStatement.get(id) ?? []);
  });

/** Statements (readable ones: row-level security filters) that cite each case, newest first. */
export const statementsByCase: LoaderFactory<string, Statement[]> = ({ db }) =>
  new DataLoader(async (caseIds) => {
    const rows = (await db.query(
      `SELECT sc.case_id AS "caseId", ${STATEMENT_COLUMNS}
         FROM statement_cases sc JOIN statements s ON s.id = sc.statement_id
        WHERE sc.case_id = ANY($1::uuid[]) ORDER BY s.created_at DESC, s.id DESC`,
      [[...caseIds]],
    )) as (StatementRow & { caseId: string })[];
    const byCase = new Map<string, Statement[]>();
    for (const { caseId, ...row } of rows) byCase.set(caseId, [...(byCase.get(caseId) ?? []), statementFromRow(row)]);
    return caseIds.map((id) => byCase.get(id) ?? []);
  });
