import crypto from 'node:crypto';
import {
  createStatementInputSchema,
  OrgRole,
  reviseStatementInputSchema,
  statementContentHash,
  statementSlug,
  StatementStatus,
  translatedAddresseesIssue,
  type TranslationText,
} from '@coalition/shared';
import { sql, type UpdateObject } from 'kysely';
import { DatabaseError } from 'pg';
import { appendAudit } from '../../core/audit/audit-writer';
import { authorize } from '../../core/auth/policy';
import { AppError, badInput, conflict, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { notifyMembers } from '../../core/notifications/notify';
import { isUuid } from '../../core/graphql/ids';
import { parseInput } from '../../core/graphql/parse-input';
import type { Database, Sql } from '../../core/db/session-kysely';
import { liveQuery } from '../../core/graphql/live-query';
import { notifications } from '../../core/graphql/subscriptions';
import { caseById, type CaseWithOwner } from '../cases/case.loader';
import type { CreateStatementInput, StatementConnection, StatementFilter, TranslationInput } from './dto/statement.input';
import { Statement, StatementSignature } from './statement.entity';
import {
  caseIdsByStatement,
  signaturesByStatement,
  statementById,
  statementColumns,
  statementFromRow,
  versionsByStatement,
  type VersionWithText,
} from './statement.loader';
import { statementPage } from './statement-list.query';
import { statementPolicy } from './statement.policy';

/** Channel of the change notices that feed the `statementSignatures` subscription; the payload is the statement id. */
export const STATEMENT_CHANNEL = 'statement_signatures';

const readable = (ctx: AppContext, s: Statement | null): Statement | null =>
  s && statementPolicy(ctx.actor, 'read', s) ? s : null;

/** The cited cases the statement may not cite in public, for the initiator's members (statement_uncitable_cases). */
const statementUncitableCases = (statementId: string) => sql<{ case_id: string }>`statement_uncitable_cases(${statementId})`;

/** Errors raised by the database's own guard (trigger, policy) on a state change mean the state moved under us. */
function asConflict(error: unknown, message: string): never {
  if (error instanceof AppError) throw error;
  if (error instanceof DatabaseError && error.code === '42501') throw conflict(message);
  throw error;
}

export class StatementService {
  // ------------------------------------------------------------------ reads ---

  async get(ctx: AppContext, id: string): Promise<Statement | null> {
    if (!isUuid(id)) return null;
    return readable(ctx, await ctx.loaders.get(statementById).load(id));
  }

  /** A mutation's target: NOT_FOUND when it does not exist or is not readable. */
  async target(ctx: AppContext, id: string): Promise<Statement> {
    const statement = await this.get(ctx, id);
    if (!statement) throw notFound('The statement');
    return statement;
  }

  async getPublished(ctx: AppContext, slug: string): Promise<Statement | null> {
    if (slug.length > 200) return null;
    const row = await ctx.sql
      .selectFrom('statements as s')
      .select(statementColumns)
      .where('s.slug', '=', slug)
      .where('s.status', '=', StatementStatus.PUBLISHED)
      .executeTakeFirst();
    if (!row) return null;
    const statement = statementFromRow(row);
    ctx.loaders.get(statementById).prime(statement.id, statement);
    return statement;
  }

  async list(ctx: AppContext, filter: StatementFilter | null | undefined, first: number, after: string | null | undefined): Promise<StatementConnection> {
    authorize(statementPolicy, ctx.actor, 'list', null);
    return statementPage(ctx, filter, first, after);
  }

  async versions(ctx: AppContext, statement: Statement): Promise<VersionWithText[]> {
    return ctx.loaders.get(versionsByStatement).load(statement.id);
  }

  async currentVersion(ctx: AppContext, statement: Statement): Promise<VersionWithText> {
    const versions = await this.versions(ctx, statement);
    const current = versions.find((v) => v.number === statement.currentVersionNumber);
    if (!current) throw new Error(`statement ${statement.id} has no version ${statement.currentVersionNumber}`);
    return current;
  }

  async title(ctx: AppContext, statement: Statement): Promise<string> {
    const version = await this.currentVersion(ctx, statement);
    return (version.translations.find((t) => t.language === statement.primaryLanguage) ?? version.translations[0])?.title ?? '';
  }

  async signatures(ctx: AppContext, statement: Statement): Promise<StatementSignature[]> {
    return ctx.loaders.get(signaturesByStatement).load(statement.id);
  }

  async signatureCount(ctx: AppContext, statement: Statement): Promise<number> {
    return (await this.signatures(ctx, statement)).filter((s) => s.current).length;
  }

  /**
   * Cited cases the viewer can read: the cases module's loader answers null for the others. A published
   * (or withdrawn) statement cites a case only while its persons' PUBLICATION consents allow (the loader).
   */
  async cases(ctx: AppContext, statement: Statement): Promise<CaseWithOwner[]> {
    const ids = await ctx.loaders.get(caseIdsByStatement).load(statement.id);
    const cases = await ctx.loaders.get(caseById).loadMany(ids);
    return cases.filter((c): c is CaseWithOwner => !!c && !(c instanceof Error));
  }

  // ---------------------------------------------------------------- writes ---

  async create(ctx: AppContext, input: CreateStatementInput): Promise<Statement> {
    authorize(statementPolicy, ctx.actor, 'create', { organisationId: String(input.initiatorOrganisationId) });
    const v = parseInput(createStatementInputSchema, input);
    const cases = await ctx.loaders.get(caseById).loadMany(v.caseIds);
    if (cases.some((c) => !c || c instanceof Error)) throw badInput('caseIds', 'every cited case must exist and be readable');
    const primary = v.translations.find((t) => t.language === v.primaryLanguage)!;
    const id = crypto.randomUUID();
    const slug = await this.insertWithFreeSlug(ctx.sql, statementSlug(primary.title), (candidate) =>
      ctx.sql
        .insertInto('statements')
        .values({
          id,
          slug: candidate,
          initiator_organisation_id: v.initiatorOrganisationId,
          status: StatementStatus.DRAFT,
          addressees: v.addressees,
          primary_language: v.primaryLanguage,
          current_version_number: 1,
          created_by_user_id: ctx.actor!.userId,
        })
        .execute(),
    );
    const contentHash = await this.insertVersion(ctx, id, 1, v.translations, null);
    for (const caseId of v.caseIds) {
      await ctx.sql.insertInto('statement_cases').values({ statement_id: id, case_id: caseId }).execute();
    }
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'statement.create',
      entityType: 'Statement',
      entityId: id,
      organisationId: v.initiatorOrganisationId,
      details: { slug, versionNumber: 1, contentHash, cases: v.caseIds.length },
    });
    return this.reload(ctx, id);
  }

  /**
   * Slugs are unique across all statements, including drafts the actor cannot
   * see. Every slug carries a random suffix from the first attempt, so whether
   * another organisation's draft has the same title never shows in the slug
   * one gets; a collision (of the suffix too) retries inside a savepoint, so
   * the failed insert does not end the transaction.
   */
  private async insertWithFreeSlug(db: Sql, base: string, insert: (slug: string) => Promise<unknown>): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const slug = `${base}-${crypto.randomBytes(4).toString('hex')}`;
      await sql`SAVEPOINT statement_slug`.execute(db);
      try {
        await insert(slug);
        await sql`RELEASE SAVEPOINT statement_slug`.execute(db);
        return slug;
      } catch (error) {
        // ROLLBACK TO keeps the savepoint open; release it so what follows runs in the request's own transaction.
        await sql`ROLLBACK TO SAVEPOINT statement_slug`.execute(db);
        await sql`RELEASE SAVEPOINT statement_slug`.execute(db);
        if (!(error instanceof DatabaseError && error.code === '23505')) throw error;
      }
    }
    throw conflict('Could not find a free slug for this title; change the title.');
  }

  private async insertVersion(
    ctx: AppContext,
    statementId: string,
    number: number,
    translations: (TranslationText & { addressees: string[] | null })[],
    changeNote: string | null,
  ): Promise<string> {
    // The hash reads [language, title, body] only: translated addressees, like the statement's own, are not signed.
    const contentHash = statementContentHash(translations);
    const versionId = crypto.randomUUID();
    await ctx.sql
      .insertInto('statement_versions')
      .values({ id: versionId, statement_id: statementId, number, content_hash: contentHash, change_note: changeNote, created_by_user_id: ctx.actor!.userId })
      .execute();
    for (const t of translations) {
      await ctx.sql.insertInto('statement_translations').values({ version_id: versionId, language: t.language, title: t.title, body: t.body, addressees: t.addressees }).execute();
    }
    return contentHash;
  }

  async revise(ctx: AppContext, id: string, baseVersion: number, translations: TranslationInput[], changeNote: string | null | undefined): Promise<Statement> {
    const statement = await this.target(ctx, id);
    authorize(statementPolicy, ctx.actor, 'revise', statement);
    const v = parseInput(reviseStatementInputSchema, { baseVersion, translations, changeNote });
    if (!v.translations.some((t) => t.language === statement.primaryLanguage)) {
      throw badInput('translations', 'must include the primary language');
    }
    v.translations.forEach((t, i) => {
      const issue = translatedAddresseesIssue(t, statement.primaryLanguage, statement.addressees);
      if (issue) throw badInput(`translations.${i}.addressees`, issue);
    });
    if (statement.status !== StatementStatus.DRAFT && statement.status !== StatementStatus.OPEN_FOR_SIGNATURE) {
      throw conflict(`A ${statement.status} statement cannot be revised.`);
    }
    if (statement.status === StatementStatus.OPEN_FOR_SIGNATURE) await this.keepTranslatedAddressees(ctx, id, v.baseVersion, v.translations);
    // The row lock taken here serialises revisions: of two writers with the same baseVersion, one wins.
    const row = await ctx.sql
      .updateTable('statements')
      .set((eb) => ({ current_version_number: eb('current_version_number', '+', 1), updated_at: sql<Date>`now()` }))
      .where('id', '=', id)
      .where('current_version_number', '=', v.baseVersion)
      .where('status', 'in', [StatementStatus.DRAFT, StatementStatus.OPEN_FOR_SIGNATURE])
      .returning('current_version_number as n')
      .executeTakeFirst()
      .catch((error: unknown) => asConflict(error, 'The statement changed meanwhile.'));
    if (!row) throw conflict(`Version ${v.baseVersion} is not the current version; reload and revise again.`, { currentVersion: statement.currentVersionNumber });
    const contentHash = await this.insertVersion(ctx, id, row.n, v.translations, v.changeNote);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'statement.revise',
      entityType: 'Statement',
      entityId: id,
      organisationId: statement.initiatorOrganisationId,
      details: { versionNumber: row.n, contentHash },
    });
    if (statement.status === StatementStatus.OPEN_FOR_SIGNATURE) {
      // Signatures of earlier versions no longer count: their organisations hear of it now.
      const outdated = await ctx.sql
        .selectFrom('statement_signatures')
        .select('organisation_id')
        .distinct()
        .where('statement_id', '=', id)
        .where('version_number', '<', row.n)
        .execute();
      await notifyMembers(ctx, 'SIGNATURE_OUTDATED', outdated.map((o) => o.organisation_id), [OrgRole.SIGNATORY, OrgRole.ADMIN], `/statements/${id}`);
    }
    await this.announce(ctx, id);
    return this.reload(ctx, id);
  }

  /**
   * Once signatures may exist, a language's addressees stay as they were: they are not in the content hash
   * (the contract fixes its rows), so a reworded list would keep every signature current under a recipient
   * nobody approved. A language new in this revision may bring its list.
   */
  private async keepTranslatedAddressees(ctx: AppContext, id: string, baseVersion: number, translations: { language: string; addressees: string[] | null }[]): Promise<void> {
    const before = await ctx.sql
      .selectFrom('statement_translations as t')
      .innerJoin('statement_versions as v', 'v.id', 't.version_id')
      .select(['t.language', 't.addressees'])
      .where('v.statement_id', '=', id)
      .where('v.number', '=', baseVersion)
      .execute();
    const listed = (a: readonly string[] | null | undefined) => JSON.stringify((a ?? []).map((x) => x.trim()));
    translations.forEach((t, i) => {
      const was = before.find((b) => b.language === t.language);
      if (was && listed(was.addressees) !== listed(t.addressees)) {
        throw badInput(`translations.${i}.addressees`, 'cannot change while the statement is open for signature: signatories approved them');
      }
    });
  }

  async open(ctx: AppContext, id: string, signatureDeadline: Date | null | undefined): Promise<Statement> {
    const statement = await this.target(ctx, id);
    authorize(statementPolicy, ctx.actor, 'open', statement);
    if (signatureDeadline && (Number.isNaN(signatureDeadline.getTime()) || signatureDeadline.getTime() <= Date.now())) {
      throw badInput('signatureDeadline', 'must be in the future');
    }
    await this.transition(ctx, statement, StatementStatus.DRAFT, StatementStatus.OPEN_FOR_SIGNATURE, { signature_deadline: signatureDeadline ?? null });
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'statement.open',
      entityType: 'Statement',
      entityId: id,
      organisationId: statement.initiatorOrganisationId,
      details: { deadline: signatureDeadline ? signatureDeadline.toISOString() : null },
    });
    const organisations = await ctx.sql.selectFrom('organisations').select('id').execute();
    await notifyMembers(ctx, 'STATEMENT_OPEN_FOR_SIGNATURE', organisations.map((o) => o.id), [OrgRole.SIGNATORY, OrgRole.ADMIN], `/statements/${id}`);
    await this.announce(ctx, id);
    return this.reload(ctx, id);
  }

  async publish(ctx: AppContext, id: string): Promise<Statement> {
    const statement = await this.target(ctx, id);
    authorize(statementPolicy, ctx.actor, 'publish', statement);
    if (statement.status !== StatementStatus.OPEN_FOR_SIGNATURE) throw conflict(`A ${statement.status} statement cannot be published.`);
    // Lock first, so the signature check below sees the text that is published.
    await ctx.sql.selectFrom('statements').select('id').where('id', '=', id).forUpdate().execute();
    const { signed } = await ctx.sql
      .selectNoFrom((eb) =>
        eb
          .exists(
            eb
              .selectFrom('statement_signatures as g')
              .innerJoin('statements as s', 's.id', 'g.statement_id')
              .innerJoin('statement_versions as cv', (join) => join.onRef('cv.statement_id', '=', 's.id').onRef('cv.number', '=', 's.current_version_number'))
              .select('g.id')
              .where('s.id', '=', id)
              .whereRef('g.organisation_id', '=', 's.initiator_organisation_id')
              .whereRef('g.content_hash', '=', 'cv.content_hash'),
          )
          .as('signed'),
      )
      .executeTakeFirstOrThrow();
    if (!signed) throw conflict("Publication needs the initiator's own signature on the current version.");
    // A public statement cites a case only with its persons' PUBLICATION consents (statement_case_citable; the guard repeats it).
    const uncitable = (await ctx.sql.selectFrom(statementUncitableCases(id).as('u')).select('u.case_id').execute()).map((r) => r.case_id);
    if (uncitable.length) {
      const readable = (await ctx.loaders.get(caseById).loadMany(uncitable)).flatMap((c) => (c && !(c instanceof Error) ? [c.id] : []));
      throw conflict(
        `${uncitable.length} cited case(s) have a person without an active PUBLICATION consent for the initiator organisation: record the consents or cite other cases.`,
        { caseIds: readable },
      );
    }
    await this.transition(ctx, statement, StatementStatus.OPEN_FOR_SIGNATURE, StatementStatus.PUBLISHED, { published_at: sql<Date>`now()` });
    const current = await this.currentHash(ctx, id);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'statement.publish',
      entityType: 'Statement',
      entityId: id,
      organisationId: statement.initiatorOrganisationId,
      details: { versionNumber: current.number, contentHash: current.contentHash },
    });
    // Every member of each organisation whose signature stands under the published text.
    const signers = await ctx.sql
      .selectFrom('statement_signatures')
      .select('organisation_id')
      .distinct()
      .where('statement_id', '=', id)
      .where('content_hash', '=', current.contentHash)
      .execute();
    await notifyMembers(ctx, 'STATEMENT_PUBLISHED', signers.map((s) => s.organisation_id), Object.values(OrgRole), `/statements/${id}`);
    await this.announce(ctx, id);
    return this.reload(ctx, id);
  }

  async withdraw(ctx: AppContext, id: string): Promise<Statement> {
    const statement = await this.target(ctx, id);
    authorize(statementPolicy, ctx.actor, 'withdraw', statement);
    const from = statement.status;
    if (from !== StatementStatus.OPEN_FOR_SIGNATURE && from !== StatementStatus.PUBLISHED) {
      throw conflict(`A ${from} statement cannot be withdrawn.`);
    }
    await this.transition(ctx, statement, from, StatementStatus.WITHDRAWN, {});
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'statement.withdraw',
      entityType: 'Statement',
      entityId: id,
      organisationId: statement.initiatorOrganisationId,
      details: { from },
    });
    await this.announce(ctx, id);
    return this.reload(ctx, id);
  }

  /** Moves the status only if it still is `from` (a concurrent change answers CONFLICT). */
  private async transition(
    ctx: AppContext,
    statement: Statement,
    from: StatementStatus,
    to: StatementStatus,
    set: UpdateObject<Database, 'statements'>,
  ): Promise<void> {
    const moved = await ctx.sql
      .updateTable('statements')
      .set({ ...set, status: to, updated_at: sql<Date>`now()` })
      .where('id', '=', statement.id)
      .where('status', '=', from)
      .returning('id')
      .executeTakeFirst()
      .catch((error: unknown) => asConflict(error, 'The statement changed meanwhile.'));
    if (!moved) throw conflict(`The statement is no longer ${from}.`);
  }

  /** The current version's number and content hash: what a signature binds to. */
  async currentHash(ctx: AppContext, id: string): Promise<{ number: number; contentHash: string }> {
    return ctx.sql
      .selectFrom('statements as s')
      .innerJoin('statement_versions as v', (join) => join.onRef('v.statement_id', '=', 's.id').onRef('v.number', '=', 's.current_version_number'))
      .select(['v.number', 'v.content_hash as contentHash'])
      .where('s.id', '=', id)
      .executeTakeFirstOrThrow();
  }

  /** Tells every server process that this statement's signatures may have changed (delivered on commit). */
  async announce(ctx: AppContext, id: string): Promise<void> {
    await notifications(ctx.deps).publish(ctx.sql, STATEMENT_CHANNEL, id);
  }

  private async reload(ctx: AppContext, id: string): Promise<Statement> {
    ctx.loaders.get(statementById).clear(id);
    ctx.loaders.get(versionsByStatement).clear(id);
    ctx.loaders.get(signaturesByStatement).clear(id);
    const statement = await ctx.loaders.get(statementById).load(id);
    if (!statement) throw notFound('The statement');
    return statement;
  }

  // ------------------------------------------------------------ live updates ---

  /** The `statementSignatures` stream: the statement again after each change of its signatures. */
  watch(ctx: AppContext, statementId: string): Promise<AsyncIterable<Statement>> {
    return liveQuery(ctx, {
      channel: STATEMENT_CHANNEL,
      key: statementId,
      read: (live) => this.get(live, statementId),
      missing: () => notFound('The statement'),
      field: 'statementSignatures',
    });
  }
}

export const statementService = new StatementService();
