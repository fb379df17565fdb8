import crypto from 'node:crypto';
import {
  createStatementInputSchema,
  reviseStatementInputSchema,
  signStatementInputSchema,
  statementContentHash,
  statementSlug,
  StatementStatus,
  type TranslationText,
} from '@coalition/shared';
import type { EntityManager } from 'typeorm';
import { appendAudit } from '../../core/audit/audit-writer';
import { authorize } from '../../core/auth/policy';
import { AppError, badInput, conflict, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { decodeCursor, encodeCursor } from '../../core/graphql/pagination';
import { parseInput } from '../../core/graphql/parse-input';
import { isLiveContext, notifications } from '../../core/graphql/subscriptions';
import { caseById, type CaseWithOwner } from '../cases/case.loader';
import type { CreateStatementInput, SignStatementInput, StatementConnection, StatementFilter, TranslationInput } from './dto/statement.input';
import { Statement, StatementSignature } from './statement.entity';
import {
  caseIdsByStatement,
  SIGNATURE_COLUMNS,
  signaturesByStatement,
  STATEMENT_COLUMNS,
  statementById,
  statementFromRow,
  versionsByStatement,
  type StatementRow,
  type VersionWithText,
} from './statement.loader';
import { statementPolicy } from './statement.policy';

/** Channel of the change notices that feed the `statementSignatures` subscription; the payload is the statement id. */
export const STATEMENT_CHANNEL = 'statement_signatures';

const readable = (ctx: AppContext, s: Statement | null): Statement | null =>
  s && statementPolicy(ctx.actor, 'read', s) ? s : null;

/** Errors raised by the database's own guard (trigger, policy) on a state change mean the state moved under us. */
function asConflict(error: unknown, message: string): never {
  if (error instanceof AppError) throw error;
  const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  if (code === '42501') throw conflict(message);
  throw error;
}

export class StatementService {
  // ------------------------------------------------------------------ reads ---

  async get(ctx: AppContext, id: string): Promise<Statement | null> {
    if (!isUuid(id)) return null;
    return readable(ctx, await ctx.loaders.get(statementById).load(id));
  }

  /** A mutation's target: NOT_FOUND when it does not exist or is not readable. */
  private async target(ctx: AppContext, id: string): Promise<Statement> {
    const statement = await this.get(ctx, id);
    if (!statement) throw notFound('The statement');
    return statement;
  }

  async getPublished(ctx: AppContext, slug: string): Promise<Statement | null> {
    if (slug.length > 200) return null;
    const [row] = (await ctx.db.query(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.slug = $1 AND s.status = 'PUBLISHED'`, [
      slug,
    ])) as StatementRow[];
    if (!row) return null;
    const statement = statementFromRow(row);
    ctx.loaders.get(statementById).prime(statement.id, statement);
    return statement;
  }

  async list(ctx: AppContext, filter: StatementFilter | null | undefined, first: number, after: string | null | undefined): Promise<StatementConnection> {
    authorize(statementPolicy, ctx.actor, 'list', null);
    if (first < 0 || first > 100) throw badInput('first', 'must be between 0 and 100');
    for (const key of ['initiatorOrganisationId', 'signedByOrganisationId'] as const) {
      const value = filter?.[key];
      if (value && !isUuid(value)) throw badInput(`filter.${key}`, 'must be an organisation id');
    }
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || Number.isNaN(Date.parse(cursor[0])) || !isUuid(String(cursor[1])))) {
      throw badInput('after', 'is not a cursor this API gave out');
    }
    const params: unknown[] = [filter?.status?.length ? filter.status : null, filter?.initiatorOrganisationId ?? null, filter?.signedByOrganisationId ?? null];
    // Row-level security decides what is listed; the filters only narrow it.
    const where = `($1::text[] IS NULL OR s.status = ANY($1::text[]))
      AND ($2::uuid IS NULL OR s.initiator_organisation_id = $2::uuid)
      AND ($3::uuid IS NULL OR EXISTS (
            SELECT 1 FROM statement_signatures g JOIN statement_versions cv ON cv.statement_id = s.id AND cv.number = s.current_version_number
             WHERE g.statement_id = s.id AND g.organisation_id = $3::uuid AND g.content_hash = cv.content_hash))`;
    const [{ total }] = (await ctx.db.query(`SELECT count(*)::int AS total FROM statements s WHERE ${where}`, params)) as { total: number }[];
    const pageParams = [...params, cursor ? cursor[0] : null, cursor ? cursor[1] : null, first + 1];
    const rows = (await ctx.db.query(
      `SELECT ${STATEMENT_COLUMNS} FROM statements s
        WHERE ${where} AND ($4::timestamptz IS NULL OR (s.created_at, s.id) < ($4::timestamptz, $5::uuid))
        ORDER BY s.created_at DESC, s.id DESC LIMIT $6`,
      pageParams,
    )) as StatementRow[];
    const page = rows.slice(0, first).map(statementFromRow);
    for (const s of page) ctx.loaders.get(statementById).prime(s.id, s);
    const edges = page.map((node) => ({ cursor: encodeCursor([node.createdAt.toISOString(), node.id]), node }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: total,
    };
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

  /** Cited cases the viewer can read: the cases module's loader answers null for the others. */
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
    const slug = await this.insertWithFreeSlug(ctx.db, statementSlug(primary.title), (candidate) =>
      ctx.db.query(
        `INSERT INTO statements (id, slug, initiator_organisation_id, status, addressees, primary_language, current_version_number, created_by_user_id)
         VALUES ($1, $2, $3, 'DRAFT', $4, $5, 1, $6)`,
        [id, candidate, v.initiatorOrganisationId, v.addressees, v.primaryLanguage, ctx.actor!.userId],
      ),
    );
    const contentHash = await this.insertVersion(ctx, id, 1, v.translations, null);
    for (const caseId of v.caseIds) {
      await ctx.db.query(`INSERT INTO statement_cases (statement_id, case_id) VALUES ($1, $2)`, [id, caseId]);
    }
    await appendAudit(ctx.db, ctx.actor, {
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
  private async insertWithFreeSlug(db: EntityManager, base: string, insert: (slug: string) => Promise<unknown>): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const slug = `${base}-${crypto.randomBytes(4).toString('hex')}`;
      await db.query(`SAVEPOINT statement_slug`);
      try {
        await insert(slug);
        await db.query(`RELEASE SAVEPOINT statement_slug`);
        return slug;
      } catch (error) {
        // ROLLBACK TO keeps the savepoint open; release it so what follows runs in the request's own transaction.
        await db.query(`ROLLBACK TO SAVEPOINT statement_slug`);
        await db.query(`RELEASE SAVEPOINT statement_slug`);
        const e = error as { code?: string; driverError?: { code?: string; constraint?: string }; constraint?: string };
        const code = e.driverError?.code ?? e.code;
        if (code !== '23505') throw error;
      }
    }
    throw conflict('Could not find a free slug for this title; change the title.');
  }

  private async insertVersion(ctx: AppContext, statementId: string, number: number, translations: TranslationText[], changeNote: string | null): Promise<string> {
    const contentHash = statementContentHash(translations);
    const versionId = crypto.randomUUID();
    await ctx.db.query(
      `INSERT INTO statement_versions (id, statement_id, number, content_hash, change_note, created_by_user_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [versionId, statementId, number, contentHash, changeNote, ctx.actor!.userId],
    );
    for (const t of translations) {
      await ctx.db.query(`INSERT INTO statement_translations (version_id, language, title, body) VALUES ($1, $2, $3, $4)`, [
        versionId,
        t.language,
        t.title,
        t.body,
      ]);
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
    if (statement.status !== StatementStatus.DRAFT && statement.status !== StatementStatus.OPEN_FOR_SIGNATURE) {
      throw conflict(`A ${statement.status} statement cannot be revised.`);
    }
    // The row lock taken here serialises revisions: of two writers with the same baseVersion, one wins.
    const updated = (await ctx.db
      .query(
        `UPDATE statements SET current_version_number = current_version_number + 1, updated_at = now()
          WHERE id = $1 AND current_version_number = $2 AND status IN ('DRAFT', 'OPEN_FOR_SIGNATURE') RETURNING current_version_number AS n`,
        [id, v.baseVersion],
      )
      .catch((error: unknown) => asConflict(error, 'The statement changed meanwhile.'))) as [{ n: number }[], number];
    const [row] = updated[0];
    if (!row) throw conflict(`Version ${v.baseVersion} is not the current version; reload and revise again.`, { currentVersion: statement.currentVersionNumber });
    const contentHash = await this.insertVersion(ctx, id, row.n, v.translations, v.changeNote);
    await appendAudit(ctx.db, ctx.actor, {
      action: 'statement.revise',
      entityType: 'Statement',
      entityId: id,
      organisationId: statement.initiatorOrganisationId,
      details: { versionNumber: row.n, contentHash },
    });
    await this.announce(ctx, id);
    return this.reload(ctx, id);
  }

  async open(ctx: AppContext, id: string, signatureDeadline: Date | null | undefined): Promise<Statement> {
    const statement = await this.target(ctx, id);
    authorize(statementPolicy, ctx.actor, 'open', statement);
    if (signatureDeadline && (Number.isNaN(signatureDeadline.getTime()) || signatureDeadline.getTime() <= Date.now())) {
      throw badInput('signatureDeadline', 'must be in the future');
    }
    await this.transition(ctx, statement, StatementStatus.DRAFT, StatementStatus.OPEN_FOR_SIGNATURE, `signature_deadline = $3`, [signatureDeadline ?? null]);
    await appendAudit(ctx.db, ctx.actor, {
      action: 'statement.open',
      entityType: 'Statement',
      entityId: id,
      organisationId: statement.initiatorOrganisationId,
      details: { deadline: signatureDeadline ? signatureDeadline.toISOString() : null },
    });
    await this.announce(ctx, id);
    return this.reload(ctx, id);
  }

  async publish(ctx: AppContext, id: string): Promise<Statement> {
    const statement = await this.target(ctx, id);
    authorize(statementPolicy, ctx.actor, 'publish', statement);
    if (statement.status !== StatementStatus.OPEN_FOR_SIGNATURE) throw conflict(`A ${statement.status} statement cannot be published.`);
    // Lock first, so the signature check below sees the text that is published.
    await ctx.db.query(`SELECT 1 FROM statements WHERE id = $1 FOR UPDATE`, [id]);
    const [{ signed }] = (await ctx.db.query(
      `SELECT EXISTS (SELECT 1 FROM statement_signatures g JOIN statements s ON s.id = g.statement_id
                        JOIN statement_versions cv ON cv.statement_id = s.id AND cv.number = s.current_version_number
                       WHERE s.id = $1 AND g.organisation_id = s.initiator_organisation_id AND g.content_hash = cv.content_hash) AS signed`,
      [id],
    )) as { signed: boolean }[];
    if (!signed) throw conflict("Publication needs the initiator's own signature on the current version.");
    await this.transition(ctx, statement, StatementStatus.OPEN_FOR_SIGNATURE, StatementStatus.PUBLISHED, `published_at = now()`, []);
    const current = await this.currentHash(ctx, id);
    await appendAudit(ctx.db, ctx.actor, {
      action: 'statement.publish',
      entityType: 'Statement',
      entityId: id,
      organisationId: statement.initiatorOrganisationId,
      details: { versionNumber: current.number, contentHash: current.contentHash },
    });
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
    await this.transition(ctx, statement, from, StatementStatus.WITHDRAWN, null, []);
    await appendAudit(ctx.db, ctx.actor, {
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
  private async transition(ctx: AppContext, statement: Statement, from: StatementStatus, to: StatementStatus, set: string | null, extra: unknown[]): Promise<void> {
    const result = (await ctx.db
      .query(
        `UPDATE statements SET status = $2, updated_at = now()${set ? `, ${set}` : ''} WHERE id = $1 AND status = '${from}' RETURNING id`,
        [statement.id, to, ...extra],
      )
      .catch((error: unknown) => asConflict(error, 'The statement changed meanwhile.'))) as [{ id: string }[], number];
    if (!result[0].length) throw conflict(`The statement is no longer ${from}.`);
  }

  private async currentHash(ctx: AppContext, id: string): Promise<{ number: number; contentHash: string }> {
    const [row] = (await ctx.db.query(
      `SELECT v.number, v.content_hash AS "contentHash" FROM statements s JOIN statement_versions v ON v.statement_id = s.id AND v.number = s.current_version_number WHERE s.id = $1`,
      [id],
    )) as { number: number; contentHash: string }[];
    return row;
  }

  async sign(ctx: AppContext, input: SignStatementInput): Promise<StatementSignature> {
    const statement = await this.target(ctx, String(input.statementId));
    authorize(statementPolicy, ctx.actor, 'sign', { organisationId: String(input.organisationId) });
    const v = parseInput(signStatementInputSchema, input);
    this.assertSignable(statement);
    const current = await this.currentHash(ctx, statement.id);
    if (v.contentHash !== current.contentHash) {
      throw conflict('The text changed since it was read: the content hash is not the current version\'s.', { currentVersion: current.number });
    }
    // One signature per organisation: concurrent calls meet on the unique pair and the last one wins.
    const [row] = (await ctx.db.query(
      `INSERT INTO statement_signatures (statement_id, organisation_id, signatory_name, signatory_title, version_number, content_hash, signed_by_user_id, signed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (statement_id, organisation_id) DO UPDATE SET
         signatory_name = EXCLUDED.signatory_name, signatory_title = EXCLUDED.signatory_title, version_number = EXCLUDED.version_number,
         content_hash = EXCLUDED.content_hash, signed_by_user_id = EXCLUDED.signed_by_user_id, signed_at = EXCLUDED.signed_at
       RETURNING ${SIGNATURE_COLUMNS.replace(/\bg\./g, '')}, (xmax <> 0) AS replaced`,
      [statement.id, v.organisationId, v.signatoryName, v.signatoryTitle, current.number, current.contentHash, ctx.actor!.userId],
    )) as (StatementSignature & { replaced: boolean })[];
    await appendAudit(ctx.db, ctx.actor, {
      action: 'statement.sign',
      entityType: 'Statement',
      entityId: statement.id,
      organisationId: v.organisationId,
      details: { contentHash: current.contentHash, versionNumber: current.number, replaced: row.replaced },
    });
    await this.announce(ctx, statement.id);
    const { replaced: _replaced, ...signature } = row;
    return Object.assign(new StatementSignature(), signature, { current: true });
  }

  async withdrawSignature(ctx: AppContext, statementId: string, organisationId: string): Promise<boolean> {
    const statement = await this.target(ctx, statementId);
    authorize(statementPolicy, ctx.actor, 'sign', { organisationId });
    this.assertSignable(statement);
    const [removed] = (await ctx.db.query(
      `DELETE FROM statement_signatures WHERE statement_id = $1 AND organisation_id = $2 RETURNING content_hash AS "contentHash", version_number AS "versionNumber"`,
      [statement.id, organisationId],
    )) as [{ contentHash: string; versionNumber: number }[], number];
    const signature = removed[0];
    if (!signature) throw notFound('The signature');
    await appendAudit(ctx.db, ctx.actor, {
      action: 'statement.signature_withdraw',
      entityType: 'Statement',
      entityId: statement.id,
      organisationId,
      details: { contentHash: signature.contentHash, versionNumber: signature.versionNumber },
    });
    await this.announce(ctx, statement.id);
    return true;
  }

  private assertSignable(statement: Statement): void {
    if (statement.status !== StatementStatus.OPEN_FOR_SIGNATURE) throw conflict(`A ${statement.status} statement is not open for signature.`);
    if (statement.signatureDeadline && statement.signatureDeadline.getTime() <= Date.now()) {
      throw conflict('The signature deadline has passed.');
    }
  }

  /** Tells every server process that this statement's signatures may have changed (delivered on commit). */
  private async announce(ctx: AppContext, id: string): Promise<void> {
    await notifications(ctx.deps).publish(ctx.db, STATEMENT_CHANNEL, id);
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

  /**
   * The `statementSignatures` stream: checked readable when it starts, then
   * one event per change notice, each read in a fresh transaction as the
   * socket's user (an event the viewer may no longer read is skipped).
   * Notices that arrive while an event is being sent collapse into one.
   */
  async watch(ctx: AppContext, statementId: string): Promise<AsyncIterable<Statement>> {
    if (!isLiveContext(ctx)) throw new Error('statementSignatures is served over WebSocket only');
    const live = ctx;
    await live.begin();
    try {
      if (!(await this.get(live, statementId))) throw notFound('The statement');
    } finally {
      await live.end();
    }
    let pending = false;
    let wake: (() => void) | null = null;
    const off = await notifications(live.deps).listen(STATEMENT_CHANNEL, (payload) => {
      if (payload !== statementId) return;
      pending = true;
      wake?.();
    });
    let done = false;
    // A hand-written iterator, not an async generator: `return()` must end a
    // subscription that is waiting for its next notice (a generator would only
    // see it at its next yield), or closed sockets would leak listeners.
    const iterator: AsyncIterableIterator<Statement> = {
      [Symbol.asyncIterator]() {
        return iterator;
      },
      next: async () => {
        await live.end(); // the previous event is resolved and sent
        for (;;) {
          if (!pending && !done) await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          if (done) return { done: true, value: undefined };
          pending = false;
          await live.begin();
          const statement = await this.get(live, statementId).catch((error: unknown) => {
            live.log.error({ err: error }, 'subscription event failed');
            return null;
          });
          if (statement) return { done: false, value: statement };
          await live.end();
        }
      },
      return: async () => {
        done = true;
        off();
        const w = wake as (() => void) | null;
        w?.();
        await live.end();
        return { done: true, value: undefined };
      },
    };
    return iterator;
  }
}

export const statementService = new StatementService();
