import crypto from 'node:crypto';
import { BriefingStatus, OrgRole } from '@coalition/shared';
import { sql, type UpdateObject } from 'kysely';
import { z } from 'zod';
import { assertNotLocked } from '../../core/auth/organisation-lock';
import { appendAudit } from '../../core/audit/audit-writer';
import { isMemberOf } from '../../core/auth/actor';
import { authorize, requireActor } from '../../core/auth/policy';
import { badInput, conflict, notFound } from '../../core/graphql/app-error';
import type { Database } from '../../core/db/session-kysely';
import type { AppContext } from '../../core/graphql/context';
import { notifyMembers } from '../../core/notifications/notify';
import { isUuid } from '../../core/graphql/ids';
import { parseInput } from '../../core/graphql/parse-input';
import { Organisation } from '../organisations/organisation.entity';
import { organisationById } from '../organisations/organisation.loader';
import { caseById, casePolicy, caseService } from '../cases';
import type { CaseWithOwner } from '../cases/case.loader';
import { SUPPRESSION_THRESHOLD } from '../statistics';
import { publishedStatementIds, statementsForDocument } from '../statements';
import {
  briefingConsenting, buildBriefingCases, readableDetails, redactedCase, withheldCase, withoutLapsedConsents, type BriefingCaseSnapshot,
} from './briefing-case.builder';
import type { BriefingDocBucket, BriefingDocCase, BriefingDocStatistics, BriefingDocument, BriefingSourceCase } from './briefing-document';
import { Briefing, BriefingApproval, BriefingFile } from './briefing.entity';
import { briefingPolicy, type BriefingFacts } from './briefing.policy';
import type { BriefingCase, CreateBriefingInput } from './briefing.types';
import { renderBriefingFilesOffThread } from './render/briefing-render.pool';

const MAX_CASES = 100;

const createSchema = z.object({
  organisationId: z.string().uuid('must be an organisation id'),
  title: z.string().trim().min(1, 'must not be empty').max(300, 'at most 300 characters'),
  audience: z.string().trim().min(1, 'must not be empty').max(300, 'at most 300 characters'),
  caseIds: z
    .array(z.string().uuid('must be case ids'))
    .min(1, 'at least one case')
    .max(MAX_CASES, `at most ${MAX_CASES} cases`)
    .transform((ids) => [...new Set(ids)]),
  statementIds: z
    .array(z.string().uuid('must be statement ids'))
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])]),
  includeStatistics: z.boolean().nullish().transform((v) => v ?? true),
});

const facts = (b: Briefing): BriefingFacts => ({ authorOrganisationId: b.authorOrganisationId, status: b.status, ownerOrganisationIds: b.ownerOrganisationIds });

/** Suppressed as for a liaison: a briefing's statistics are for diplomats. */
function bucketsOf(values: string[]): BriefingDocBucket[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => suppress(key, n));
}
function suppress(key: string, n: number): BriefingDocBucket {
  return n >= 1 && n < SUPPRESSION_THRESHOLD ? { key, count: null, suppressed: true } : { key, count: n, suppressed: false };
}

/** Statistics over the briefing's own (already approved) snapshots, with the liaison's threshold (docs/STATISTICS.md). */
export function briefingStatistics(cases: BriefingDocCase[]): BriefingDocStatistics {
  const figureKeys = ['detained', 'deported', 'injured', 'childrenAffected'] as const;
  return {
    suppressionThreshold: SUPPRESSION_THRESHOLD,
    totalCases: suppress('total', cases.length).count,
    crossBorderCases: suppress('crossBorder', cases.filter((c) => c.countries.length > 1).length).count,
    figures: figureKeys.map((key) => {
      const sum = cases.reduce((s, c) => s + c.figures[key], 0);
      const contributors = cases.filter((c) => c.figures[key] > 0).length;
      const hidden = (sum >= 1 && sum < SUPPRESSION_THRESHOLD) || (contributors >= 1 && contributors < SUPPRESSION_THRESHOLD);
      return { key, value: hidden ? null : sum };
    }),
    byStatus: bucketsOf(cases.map((c) => c.status)),
    byCategory: bucketsOf(cases.flatMap((c) => c.categories)),
    byCountry: bucketsOf(cases.flatMap((c) => c.countries)),
    byMonth: bucketsOf(cases.filter((c) => c.incidentDate).map((c) => c.incidentDate!.slice(0, 7))),
    flows: bucketsOf(
      cases.flatMap((c) => [
        ...new Set(c.events.filter((e) => e.type === 'DEPORTATION' && e.destinationCountryCode).map((e) => `${c.location.countryCode}>${e.destinationCountryCode}`)),
      ]),
    ).map((b) => {
      const [fromCountryCode, toCountryCode] = b.key.split('>');
      return { fromCountryCode, toCountryCode, count: b.count, suppressed: b.suppressed };
    }),
  };
}

/** The released snapshots the actor may read (every owner approved, or its own): briefing_case_contents. */
const briefingCaseContents = (briefingId: string) => sql<{ case_id: string; content: BriefingDocCase }>`briefing_case_contents(${briefingId})`;

/**
 * For each snapshot the actor may read of a briefing not yet released, the positions of its persons whose
 * BRIEFING consent was withdrawn or expired since it was taken: briefing_case_lapsed_consents.
 */
const briefingCaseLapsedConsents = (briefingId: string) => sql<{ case_id: string; lapsed: number[] }>`briefing_case_lapsed_consents(${briefingId})`;

/** Back to DRAFT, refused by the organisation; false when the briefing was no longer awaiting approval. */
const briefingRefuse = (briefingId: string, organisationId: string) => sql<boolean>`briefing_refuse(${briefingId}, ${organisationId})`;

/** `briefing_case_sources.source` (jsonb) as storeCases writes it, of the row aliased `s`. */
const caseSource = sql<BriefingSourceCase | null>`s.source`;

export class BriefingService {
  // ------------------------------------------------------------------ reads

  async list(ctx: AppContext): Promise<Briefing[]> {
    authorize(briefingPolicy, ctx.actor, 'list', null);
    const rows = await ctx.db.getRepository(Briefing).find({ order: { createdAt: 'DESC', id: 'DESC' } });
    return rows.filter((b) => briefingPolicy(ctx.actor, 'read', facts(b)));
  }

  async get(ctx: AppContext, id: string): Promise<Briefing | null> {
    authorize(briefingPolicy, ctx.actor, 'list', null);
    if (!isUuid(id)) return null;
    const b = await ctx.db.getRepository(Briefing).findOneBy({ id });
    return b && briefingPolicy(ctx.actor, 'read', facts(b)) ? b : null;
  }

  /**
   * The cases as this reader may see them. Released (or revoked): the released
   * text, as the liaison sees it. Before release: an owner reads its own cases
   * exactly as they will be released; a case the reader may read but not own is
   * redacted with only the persons whose details the reader may read (so what
   * is replaced teaches nothing); any other case is only "a case of ORGANISATION".
   * Before release, a person whose BRIEFING consent is no longer active is
   * withheld at once, in every view (issue 24); the released text stays as released.
   */
  async cases(ctx: AppContext, b: Briefing): Promise<BriefingCase[]> {
    const rows = await ctx.sql
      .selectFrom('briefing_cases as bc')
      .leftJoin(briefingCaseContents(b.id).as('c'), 'c.case_id', 'bc.case_id')
      .leftJoin('briefing_case_sources as s', (join) => join.onRef('s.briefing_id', '=', 'bc.briefing_id').onRef('s.case_id', '=', 'bc.case_id'))
      .select(['bc.case_id', 'bc.owner_organisation_id', 'c.content', caseSource.as('source')])
      .where('bc.briefing_id', '=', b.id)
      .orderBy('bc.position')
      .execute();
    const released = b.status === BriefingStatus.RELEASED || b.status === BriefingStatus.REVOKED;
    const actor = ctx.actor;
    const lapsed = released ? new Map<string, number[]>() : await this.lapsedConsents(ctx, b.id);
    const views: BriefingDocCase[] = [];
    for (const row of rows) {
      if (row.content && (released || isMemberOf(actor, row.owner_organisation_id))) {
        views.push(await withoutLapsedConsents(row.content, lapsed.get(row.case_id) ?? []));
        continue;
      }
      const c = await ctx.loaders.get(caseById).load(row.case_id);
      const readable = c !== null && row.source !== null && casePolicy(actor, 'read', await caseService.facts(ctx, c));
      if (c && row.source && readable) {
        const details = await readableDetails(ctx, c);
        // Only persons whose details this reader may read can show as consenting: whether the others consented is not its to learn.
        const known = row.source.persons.map((p) => p.id).filter((pid) => details.has(pid));
        views.push(await redactedCase(row.source, details, await briefingConsenting(ctx, b.authorOrganisationId, known)));
      } else views.push(withheldCase(await this.organisation(ctx, row.owner_organisation_id)));
    }
    return views.map((c) => ({
      reference: c.reference, title: c.title, summary: c.summary, status: c.status, categories: c.categories, incidentDate: c.incidentDate,
      location: c.location, countries: c.countries, figures: c.figures, ownerOrganisationId: c.ownerOrganisation.id,
      persons: c.persons, withheldPersons: c.withheldPersons ?? 0,
      events: c.events.map((e) => ({ type: e.type, occurredOn: e.occurredOn, title: e.title, description: e.description, authority: e.authority })),
      evidence: (c.evidence ?? []).map((f) => ({ fileName: f.fileName, kind: f.kind, mediaType: f.mediaType, uploadedOn: f.uploadedOn, sha256: f.sha256 })),
    }));
  }

  async approvals(ctx: AppContext, b: Briefing): Promise<BriefingApproval[]> {
    return ctx.db.getRepository(BriefingApproval).find({ where: { briefingId: b.id }, order: { organisationId: 'ASC' } });
  }

  async files(ctx: AppContext, b: Briefing): Promise<BriefingFile[]> {
    if (b.status !== BriefingStatus.RELEASED) return [];
    const files = await ctx.db.getRepository(BriefingFile).find({ where: { briefingId: b.id } });
    const order = ['PDF', 'CSV', 'JSON', 'XLSX'];
    return files.sort((x, y) => order.indexOf(x.format) - order.indexOf(y.format));
  }

  async organisation(ctx: AppContext, id: string): Promise<Organisation> {
    const org = await ctx.loaders.get(organisationById).load(id);
    if (!org) throw new Error('organisation not visible');
    return org;
  }

  // ----------------------------------------------------------------- writes

  async create(ctx: AppContext, input: CreateBriefingInput): Promise<Briefing> {
    const actor = requireActor(ctx.actor);
    if (!isUuid(input.organisationId)) throw badInput('organisationId', 'must be an organisation id');
    authorize(briefingPolicy, actor, 'create', { authorOrganisationId: input.organisationId, status: BriefingStatus.DRAFT, ownerOrganisationIds: [] });
    const v = parseInput(createSchema, input);
    const cases = await this.readableByAuthor(ctx, v.organisationId, v.caseIds);
    // Liaisons read published statements only: a briefing cites nothing else (an unreadable id looks the same).
    const published = await publishedStatementIds(ctx.sql, v.statementIds);
    const unpublished = v.statementIds.filter((sid) => !published.includes(sid));
    if (unpublished.length) throw badInput('statementIds', `only published statements can be cited; not citable: ${unpublished.join(', ')}`);
    const content = await buildBriefingCases(ctx, v.organisationId, cases);
    const id = crypto.randomUUID();
    await ctx.sql
      .insertInto('briefings')
      .values({
        id,
        author_organisation_id: v.organisationId,
        title: v.title,
        audience: v.audience,
        status: BriefingStatus.DRAFT,
        include_statistics: v.includeStatistics,
        statement_ids: sql<string[]>`${v.statementIds}::uuid[]`,
        created_by_user_id: actor.userId,
        owner_organisation_ids: sql<string[]>`${this.owners(v.organisationId, cases)}::uuid[]`,
      })
      .execute();
    await this.storeCases(ctx, id, cases, content);
    await appendAudit(ctx.sql, actor, {
      action: 'briefing.create', entityType: 'Briefing', entityId: id, organisationId: v.organisationId,
      details: { cases: cases.length, statements: v.statementIds.length, includeStatistics: v.includeStatistics },
    });
    return this.reload(ctx, id);
  }

  async submit(ctx: AppContext, id: string): Promise<Briefing> {
    const b = await this.target(ctx, id, 'submit');
    if (b.status !== BriefingStatus.DRAFT) throw conflict(`Only a DRAFT briefing can be submitted; this one is ${b.status}.`);
    // Owners approve what the cases say now: the snapshots are taken again.
    const caseIds = (await ctx.sql.selectFrom('briefing_cases').select('case_id').where('briefing_id', '=', id).orderBy('position').execute()).map(
      (r) => r.case_id,
    );
    const cases = await this.readableByAuthor(ctx, b.authorOrganisationId, caseIds, true);
    const content = await buildBriefingCases(ctx, b.authorOrganisationId, cases);
    await ctx.sql.deleteFrom('briefing_cases').where('briefing_id', '=', id).execute();
    await ctx.sql.deleteFrom('briefing_case_sources').where('briefing_id', '=', id).execute();
    await this.storeCases(ctx, id, cases, content);
    const owners = this.owners(b.authorOrganisationId, cases);
    await ctx.sql.deleteFrom('briefing_approvals').where('briefing_id', '=', id).execute();
    await ctx.sql
      .insertInto('briefing_approvals')
      .values(owners.map((organisationId) => ({ briefing_id: id, organisation_id: organisationId })))
      .execute();
    await this.setStatus(ctx, b, BriefingStatus.AWAITING_APPROVAL, {
      owner_organisation_ids: sql<string[]>`${owners}::uuid[]`,
      refused_by_organisation_id: null,
    });
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'briefing.submit', entityType: 'Briefing', entityId: id, organisationId: b.authorOrganisationId, details: { approvals: owners.length },
    });
    await notifyMembers(ctx, 'BRIEFING_APPROVAL_REQUESTED', owners, [OrgRole.ADMIN], `/briefings/${id}`);
    return this.reload(ctx, id);
  }

  async decide(ctx: AppContext, id: string, organisationId: string, approve: boolean): Promise<Briefing> {
    const actor = requireActor(ctx.actor);
    const b = await this.visible(ctx, id);
    if (!isUuid(organisationId)) throw badInput('organisationId', 'must be an organisation id');
    authorize(briefingPolicy, actor, 'decide', { ...facts(b), authorOrganisationId: organisationId });
    if (b.status !== BriefingStatus.AWAITING_APPROVAL) throw conflict(`Only a briefing awaiting approval can be decided; this one is ${b.status}.`);
    const approval = await ctx.db.getRepository(BriefingApproval).findOneBy({ briefingId: id, organisationId });
    if (!approval) throw badInput('organisationId', 'this organisation owns none of the briefing\'s cases');
    if (approval.approved !== null) throw conflict('This organisation has already decided.');
    if (approve) {
      await ctx.sql
        .updateTable('briefing_approvals')
        .set({ approved: true, decided_at: sql<Date>`now()`, decided_by_user_id: actor.userId })
        .where('briefing_id', '=', id)
        .where('organisation_id', '=', organisationId)
        .execute();
    } else {
      // Back to DRAFT, naming who refused; the refusal stays as its approval row (approved = false).
      const { done } = await ctx.sql.selectNoFrom(briefingRefuse(id, organisationId).as('done')).executeTakeFirstOrThrow();
      if (!done) throw conflict('The briefing was changed by someone else: reload it.');
      Object.assign(b, { status: BriefingStatus.DRAFT, refusedByOrganisationId: organisationId });
    }
    await appendAudit(ctx.sql, actor, {
      action: approve ? 'briefing.approve' : 'briefing.refuse', entityType: 'Briefing', entityId: id, organisationId,
      details: approve ? { approved: true } : { approved: false, refusedBy: organisationId },
    });
    await notifyMembers(ctx, 'BRIEFING_DECIDED', [b.authorOrganisationId], [OrgRole.ADMIN], `/briefings/${id}`);
    // A refusing owner (not the author) no longer reads the DRAFT: it gets the briefing as it left it, its lists empty by RLS.
    return (await ctx.db.getRepository(Briefing).findOneBy({ id })) ?? b;
  }

  async release(ctx: AppContext, id: string): Promise<Briefing> {
    const b = await this.target(ctx, id, 'release');
    if (b.status !== BriefingStatus.AWAITING_APPROVAL) throw conflict(`Only a briefing awaiting approval can be released; this one is ${b.status}.`);
    const approvals = await this.approvals(ctx, b);
    const pending = approvals.filter((a) => a.approved !== true);
    if (!approvals.length || pending.length) throw conflict('Every owner organisation must approve before release.', { pending: pending.length });
    // The emergency lock: nothing of a locked organisation leaves (the briefings policy refuses it too).
    await assertNotLocked(ctx.sql, [b.authorOrganisationId, ...(b.ownerOrganisationIds ?? [])]);
    const stored = await ctx.sql.selectFrom(briefingCaseContents(id).as('c')).select(['c.case_id', 'c.content']).execute();
    const { n } = await ctx.sql.selectFrom('briefing_cases').select(sql<number>`count(*)::int`.as('n')).where('briefing_id', '=', id).executeTakeFirstOrThrow();
    // Never a partial release: every snapshot must be readable here (briefing_case_contents repeats the approval rule).
    if (stored.length !== n) throw new Error('briefing snapshots not readable at release');
    // A consent withdrawn or expired since approval withholds its person from what is released (never more than was approved).
    const lapsed = await this.lapsedConsents(ctx, id);
    const cases: BriefingDocCase[] = [];
    for (const r of stored) cases.push(await withoutLapsedConsents(r.content, lapsed.get(r.case_id) ?? []));
    await this.replaceLapsedSnapshots(ctx, id, stored.map((r, i) => ({ caseId: r.case_id, content: cases[i], lapsed: lapsed.get(r.case_id) ?? [] })));
    const orgs = await Promise.all(approvals.map((a) => this.organisation(ctx, a.organisationId)));
    const author = await this.organisation(ctx, b.authorOrganisationId);
    const releasedAt = new Date();
    const document: BriefingDocument = {
      id: b.id,
      title: b.title,
      audience: b.audience,
      author: author.name,
      date: releasedAt.toISOString().slice(0, 10),
      approvedBy: orgs.map((o) => o.name).sort((x, y) => x.localeCompare(y)),
      statistics: b.includeStatistics ? briefingStatistics(cases) : null,
      cases,
      // Statements withdrawn since the briefing was created drop out: only what is published now is printed.
      statements: await statementsForDocument(ctx.sql, b.statementIds ?? []),
    };
    // Off the event loop: a briefing's PDF and XLSX take long enough to hold up every other request.
    const { files } = await renderBriefingFilesOffThread(document);
    for (const f of files) {
      await ctx.sql
        .insertInto('briefing_files')
        .values({ briefing_id: id, format: f.format, bytes: f.bytes, sha256: f.sha256, size_bytes: f.bytes.length })
        .execute();
    }
    await this.setStatus(ctx, b, BriefingStatus.RELEASED, { released_at: releasedAt, document: sql<string>`${JSON.stringify(document)}::jsonb` });
    // Once released, every reader sees the released text: the unredacted sources have no further use.
    await ctx.sql.deleteFrom('briefing_case_sources').where('briefing_id', '=', id).execute();
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'briefing.release', entityType: 'Briefing', entityId: id, organisationId: b.authorOrganisationId,
      details: Object.fromEntries(files.map((f) => [`sha256.${f.format}`, f.sha256])),
    });
    await notifyMembers(ctx, 'BRIEFING_RELEASED', approvals.map((a) => a.organisationId), [OrgRole.ADMIN], `/briefings/${id}`);
    return this.reload(ctx, id);
  }

  async revoke(ctx: AppContext, id: string): Promise<Briefing> {
    const b = await this.target(ctx, id, 'revoke');
    if (b.status !== BriefingStatus.RELEASED) throw conflict(`Only a released briefing can be revoked; this one is ${b.status}.`);
    await this.setStatus(ctx, b, BriefingStatus.REVOKED, { revoked_at: sql<Date>`now()` });
    await appendAudit(ctx.sql, ctx.actor, { action: 'briefing.revoke', entityType: 'Briefing', entityId: id, organisationId: b.authorOrganisationId });
    return this.reload(ctx, id);
  }

  // ---------------------------------------------------------------- helpers

  /** Readable by the actor, else NOT_FOUND (the two are indistinguishable). */
  private async visible(ctx: AppContext, id: string): Promise<Briefing> {
    requireActor(ctx.actor);
    const b = await this.get(ctx, id);
    if (!b) throw notFound('The briefing');
    return b;
  }

  private async target(ctx: AppContext, id: string, action: 'submit' | 'release' | 'revoke'): Promise<Briefing> {
    const b = await this.visible(ctx, id);
    authorize(briefingPolicy, ctx.actor, action, facts(b));
    return b;
  }

  private async reload(ctx: AppContext, id: string): Promise<Briefing> {
    const b = await ctx.db.getRepository(Briefing).findOneBy({ id });
    if (!b) throw new Error('briefing vanished in its own transaction');
    return b;
  }

  /** Compare-and-set on the status: a concurrent transition makes this one a CONFLICT. */
  private async setStatus(ctx: AppContext, b: Briefing, status: BriefingStatus, extra: Omit<UpdateObject<Database, 'briefings'>, 'status'>): Promise<void> {
    // No RETURNING: a refusing owner may not read the DRAFT it produces; the count of updated rows tells.
    const { numUpdatedRows } = await ctx.sql
      .updateTable('briefings')
      .set({ ...extra, status })
      .where('id', '=', b.id)
      .where('status', '=', b.status)
      .executeTakeFirstOrThrow();
    if (numUpdatedRows !== 1n) throw conflict('The briefing was changed by someone else: reload it.');
    b.status = status;
  }

  /** The author organisation itself must be able to read each case, not just some other membership of the actor. */
  private async readableByAuthor(ctx: AppContext, authorId: string, caseIds: string[], conflictIfGone = false): Promise<CaseWithOwner[]> {
    const actor = requireActor(ctx.actor);
    const asAuthor = { ...actor, memberships: actor.memberships.filter((m) => m.organisationId === authorId) };
    const found = await ctx.loaders.get(caseById).loadMany(caseIds);
    const out: CaseWithOwner[] = [];
    for (const [i, c] of found.entries()) {
      if (c instanceof Error) throw c;
      if (!c || !casePolicy(asAuthor, 'read', await caseService.facts(ctx, c))) {
        if (conflictIfGone) throw conflict('A case of this briefing is no longer readable by its author.', { caseId: caseIds[i] });
        throw badInput(`caseIds.${i}`, 'does not exist or is not readable by the author organisation');
      }
      out.push(c);
    }
    return out;
  }

  private async lapsedConsents(ctx: AppContext, briefingId: string): Promise<Map<string, number[]>> {
    const rows = await ctx.sql.selectFrom(briefingCaseLapsedConsents(briefingId).as('l')).select(['l.case_id', 'l.lapsed']).execute();
    return new Map(rows.filter((r) => r.lapsed.length > 0).map((r) => [r.case_id, r.lapsed]));
  }

  /**
   * At release, the snapshots whose persons' consent lapsed are stored as released, so the briefing's own
   * view shows what its files do. Released rows need no person ids: nothing withholds from them any more.
   */
  private async replaceLapsedSnapshots(ctx: AppContext, briefingId: string, snapshots: { caseId: string; content: BriefingDocCase; lapsed: number[] }[]): Promise<void> {
    const changed = snapshots.filter((s) => s.lapsed.length > 0);
    if (changed.length === 0) return;
    const content = new Map(changed.map((s) => [s.caseId, s.content]));
    // Only columns the app role may select are returned (it never selects content or person_ids).
    const old = await ctx.sql
      .deleteFrom('briefing_cases')
      .where('briefing_id', '=', briefingId)
      .where('case_id', 'in', [...content.keys()])
      .returning(['case_id', 'owner_organisation_id', 'position'])
      .execute();
    const rows = JSON.stringify(old.map((r) => ({ case_id: r.case_id, owner: r.owner_organisation_id, position: r.position, content: content.get(r.case_id) })));
    await sql`INSERT INTO briefing_cases (briefing_id, case_id, owner_organisation_id, position, content)
       SELECT ${briefingId}::uuid, x.case_id, x.owner, x.position, x.content
         FROM jsonb_to_recordset(${rows}::jsonb) AS x(case_id uuid, owner uuid, position int, content jsonb)`.execute(ctx.sql);
  }

  private owners(authorId: string, cases: CaseWithOwner[]): string[] {
    return [...new Set([authorId, ...cases.map((c) => c.ownerOrganisationId)])].sort();
  }

  private async storeCases(
    ctx: AppContext, id: string, cases: CaseWithOwner[], snapshots: BriefingCaseSnapshot[],
  ): Promise<void> {
    const rows = JSON.stringify(
      cases.map((c, i) => ({
        case_id: c.id, owner: c.ownerOrganisationId, position: i, content: snapshots[i].content, source: snapshots[i].source, person_ids: snapshots[i].personIds,
      })),
    );
    await sql`INSERT INTO briefing_cases (briefing_id, case_id, owner_organisation_id, position, content, person_ids)
       SELECT ${id}::uuid, x.case_id, x.owner, x.position, x.content, x.person_ids
         FROM jsonb_to_recordset(${rows}::jsonb) AS x(case_id uuid, owner uuid, position int, content jsonb, person_ids uuid[])`.execute(ctx.sql);
    await sql`INSERT INTO briefing_case_sources (briefing_id, case_id, source)
       SELECT ${id}::uuid, x.case_id, x.source FROM jsonb_to_recordset(${rows}::jsonb) AS x(case_id uuid, source jsonb)`.execute(ctx.sql);
  }
}

export const briefingService = new BriefingService();
