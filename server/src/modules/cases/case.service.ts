import crypto from 'node:crypto';
import { CaseOrderField, createCaseInputSchema, isRealDate, SortDirection, updateCaseInputSchema, type CaseFilterValues } from '@coalition/shared';
import { sql, type Expression, type Updateable } from 'kysely';
import { appendAudit } from '../../core/audit/audit-writer';
import type { Database } from '../../core/db/session-kysely';
import { authorize, requireActor } from '../../core/auth/policy';
import { badInput, conflict, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { decodeCursorValues, encodeCursor } from '../../core/graphql/pagination';
import { parseInput } from '../../core/graphql/parse-input';
import type { Organisation } from '../organisations/organisation.entity';
import { organisationById } from '../organisations/organisation.loader';
import type { Case } from './case.entity';
import { caseById, caseColumns, caseColumnsOf, caseDetails, caseFromRow, detailsFromRow, type CaseDetailsWanted, type CaseWithOwner } from './case.loader';
import { casePage, parseCaseFilter, type CaseOrderValues, type SortedCursor } from './case-list.query';
import { casePolicy, type CaseFacts } from './case.policy';
import { nextReferences, referencesTaken } from './case-references';
import { casePersonService } from './case-person.service';
import type { CaseAccess, CaseConnection } from './dto/case-connection.type';
import type { CaseReader } from './dto/case-reader.type';
import type { CaseFilter, CaseOrder, CreateCaseInput, UpdateCaseInput } from './dto/case.input';

/** Every country a case involves: the incident's, its persons' citizenships and deportation destinations, sorted. */
const countriesOf = (caseId: string, incidentCountry: Expression<string>) => sql<string[]>`ARRAY(
  SELECT DISTINCT x FROM (
    SELECT ${incidentCountry}::text AS x
    UNION SELECT p.citizenship::text FROM case_persons p WHERE p.case_id = ${caseId}::uuid
    UNION SELECT e.destination_country_code::text FROM case_events e WHERE e.case_id = ${caseId}::uuid AND e.type = 'DEPORTATION'
  ) all_countries WHERE x IS NOT NULL ORDER BY x)`;

const MAX_PAGE = 100;

/**
 * A case itself: listing, reading, creating and updating it, and what the rules need about it. Its persons
 * (case-person.service.ts), events (case-event.service.ts), shares (case-sharing.service.ts) and references
 * (case-references.ts) have their own units.
 */
const mismatchedCursor = () => badInput('after', 'was given for another order of the list: ask for the first page again with this order');

/** The order asked for; null for the default, newest first, whose cursors keep their original shape. */
function caseOrderOf(orderBy: CaseOrder | null | undefined): CaseOrderValues | null {
  if (!orderBy) return null;
  const direction = orderBy.direction ?? SortDirection.ASC;
  if (orderBy.field === CaseOrderField.CREATED_AT && direction === SortDirection.DESC) return null;
  return { field: orderBy.field, direction };
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-](0\d|1[0-5])(:[0-5]\d)?$/;

/**
 * The position a cursor of an ordered list holds: it must name this order, and its value must be one the
 * key's type reads back (a hand-made one must not reach the database as a failing cast).
 */
function sortedCursor(order: CaseOrderValues, values: (string | number)[]): SortedCursor {
  if (values.length !== 4 || values[0] !== order.field || values[1] !== order.direction) throw mismatchedCursor();
  const [, , value, id] = values;
  const forged = () => badInput('after', 'is not a cursor this API gave out');
  if (typeof value !== 'string' || typeof id !== 'string' || !isUuid(id) || value.length > 1000) throw forged();
  const valid =
    order.field === CaseOrderField.CREATED_AT ? TIMESTAMP.test(value) && isRealDate(TIMESTAMP.exec(value)![1])
    : order.field === CaseOrderField.INCIDENT_DATE ? value === 'infinity' || value === '-infinity' || isRealDate(value)
    : order.field === CaseOrderField.STATUS ? /^[0-4]$/.test(value)
    : true;
  if (!valid) throw forged();
  return [value, id];
}

export class CaseService {
  // ------------------------------------------------------------------ reads

  /**
   * A page of cases. With `details` (the query asks for persons, events, shares or myAccess), their
   * persons, events and shares come in the same statement and prime the caseDetails loader: one statement
   * for the whole nested page instead of two. 'public' leaves the persons' personal data out, for an
   * operation that asks for none anywhere: what it primes would answer NULL for a name.
   */
  async list(
    ctx: AppContext,
    filter: CaseFilter | null | undefined,
    first: number,
    after: string | null | undefined,
    { details = 'none', orderBy = null }: { details?: CaseDetailsWanted; orderBy?: CaseOrder | null } = {},
  ): Promise<CaseConnection> {
    authorize(casePolicy, ctx.actor, 'list', null);
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput('first', `must be between 0 and ${MAX_PAGE}`);
    const values: CaseFilterValues = parseCaseFilter(filter);
    const order = caseOrderOf(orderBy);
    const decoded = decodeCursorValues(after);
    let cursor: [string, string] | null = null;
    let sorted: { order: CaseOrderValues; after: SortedCursor | null } | null = null;
    if (order === null) {
      if (decoded) {
        if (decoded.length !== 2) throw mismatchedCursor();
        const [at, id] = decoded;
        if (typeof at !== 'string' || typeof id !== 'string' || !isUuid(id) || Number.isNaN(Date.parse(at))) throw badInput('after', 'is not a cursor this API gave out');
        cursor = [at, id];
      }
    } else {
      sorted = { order, after: decoded ? sortedCursor(order, decoded) : null };
    }
    const { rows, total } = await casePage(ctx, values, first, cursor, details, sorted);
    if (details !== 'none') {
      const loader = ctx.loaders.get(caseDetails);
      for (const r of rows) if (r.persons && r.events && r.shares) loader.prime(r.id, detailsFromRow({ persons: r.persons, events: r.events, shares: r.shares }));
    }
    const totalCount = await total();
    const page = rows.slice(0, first).map(({ persons: _p, events: _e, shares: _s, total: _t, sortKey: _k, sortCursor, ...r }) => ({ node: caseFromRow(r), sortCursor }));
    const edges = page.map(({ node, sortCursor }) => ({
      cursor: order === null ? encodeCursor([node.createdAt.toISOString(), node.id]) : encodeCursor([order.field, order.direction, sortCursor ?? '', node.id]),
      node,
    }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async get(ctx: AppContext, id: string): Promise<CaseWithOwner | null> {
    authorize(casePolicy, ctx.actor, 'list', null);
    if (!isUuid(id)) return null;
    const found = await ctx.loaders.get(caseById).load(id);
    if (!found) return null;
    // Row-level security already filtered; the policy must agree (defence in depth).
    return casePolicy(ctx.actor, 'read', await this.facts(ctx, found)) ? found : null;
  }

  /** What the rules need about a case: owner, visibility and the shares the actor can see. */
  async facts(ctx: AppContext, c: Pick<Case, 'id' | 'ownerOrganisationId' | 'visibility'>): Promise<CaseFacts> {
    const details = await ctx.loaders.get(caseDetails).load(c.id);
    return { ownerOrganisationId: c.ownerOrganisationId, visibility: c.visibility, shares: details.shares };
  }

  async ownerOrganisation(ctx: AppContext, c: CaseWithOwner): Promise<Organisation> {
    if (c.ownerOrganisation) return c.ownerOrganisation;
    const org = await ctx.loaders.get(organisationById).load(c.ownerOrganisationId);
    if (!org) throw new Error('the owner organisation is not visible');
    return org;
  }

  async myAccess(ctx: AppContext, c: Pick<Case, 'id' | 'ownerOrganisationId' | 'visibility'>): Promise<CaseAccess> {
    const facts = await this.facts(ctx, c);
    return {
      canEdit: casePolicy(ctx.actor, 'update', facts),
      canSeePersonalData: casePolicy(ctx.actor, 'seePersonalData', facts),
      canShare: casePolicy(ctx.actor, 'share', facts),
    };
  }

  /** Who reads the case, computed by the database from the rules it enforces; empty unless the actor reads it. */
  async readers(ctx: AppContext, c: Pick<Case, 'id'>): Promise<Omit<CaseReader, 'organisation'>[]> {
    requireActor(ctx.actor);
    const { rows } = await sql<{ organisation_id: string; can_change: boolean; person_ids: string[] | null }>`SELECT * FROM case_readers(${c.id})`.execute(ctx.sql);
    return rows.map((r) => ({ organisationId: r.organisation_id, canChange: r.can_change, personsWithNames: r.person_ids }));
  }

  // ----------------------------------------------------------------- writes

  async create(ctx: AppContext, input: CreateCaseInput): Promise<CaseWithOwner> {
    requireActor(ctx.actor);
    if (!isUuid(input.organisationId)) throw badInput('organisationId', 'must be an organisation id');
    authorize(casePolicy, ctx.actor, 'create', { ownerOrganisationId: input.organisationId });
    const v = parseInput(createCaseInputSchema, input);
    const org = await ctx.loaders.get(organisationById).load(v.organisationId);
    if (!org) throw notFound('The organisation');
    const year = v.incidentDate ? Number(v.incidentDate.slice(0, 4)) : new Date().getUTCFullYear();
    let reference = v.reference;
    if (reference) {
      if ((await referencesTaken(ctx, org.id, [reference])).length) throw conflict(`The reference "${reference}" is already used.`, { field: 'reference' });
    } else {
      [reference] = await nextReferences(ctx, org, year, 1);
    }
    const id = crypto.randomUUID();
    const f = v.figures ?? {};
    const row = await ctx.sql
      .insertInto('cases')
      .values({
        id,
        owner_organisation_id: org.id,
        reference,
        title: v.title,
        summary: v.summary,
        status: v.status,
        categories: v.categories,
        visibility: v.visibility,
        incident_date: v.incidentDate,
        city: v.location.city,
        region: v.location.region,
        country_code: v.location.countryCode,
        countries: [v.location.countryCode],
        detained: f.detained ?? 0,
        deported: f.deported ?? 0,
        injured: f.injured ?? 0,
        children_affected: f.childrenAffected ?? 0,
        include_in_statistics: v.includeInStatistics,
      })
      .returning(caseColumnsOf('cases'))
      .executeTakeFirstOrThrow();
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.create',
      entityType: 'Case',
      entityId: id,
      organisationId: org.id,
      details: { reference, visibility: v.visibility },
    });
    const created = caseFromRow(row);
    created.ownerOrganisation = org;
    return created;
  }

  async update(ctx: AppContext, id: string, version: number, input: UpdateCaseInput): Promise<CaseWithOwner> {
    const c = await this.writable(ctx, id);
    const v = parseInput(updateCaseInputSchema, input);
    if (v.visibility && v.visibility !== c.visibility) authorize(casePolicy, ctx.actor, 'share', await this.facts(ctx, c));
    const set: Updateable<Database['cases']> = {};
    const changed: string[] = [];
    const change = <K extends keyof Updateable<Database['cases']>>(column: K, value: Updateable<Database['cases']>[K], field: string) => {
      set[column] = value;
      changed.push(field);
    };
    if (v.title) change('title', v.title, 'title');
    if (v.summary !== undefined && v.summary !== null) change('summary', v.summary, 'summary');
    if (v.status) change('status', v.status, 'status');
    if (v.categories) change('categories', v.categories, 'categories');
    if (v.visibility) change('visibility', v.visibility, 'visibility');
    if (v.incidentDate !== undefined) {
      if (v.incidentDate !== null || input.incidentDate === null) change('incident_date', v.incidentDate, 'incidentDate');
    }
    const location = v.location;
    if (location) {
      change('city', location.city, 'location.city');
      change('region', location.region, 'location.region');
      change('country_code', location.countryCode, 'location.countryCode');
    }
    if (v.figures) {
      const columns = { detained: 'detained', deported: 'deported', injured: 'injured', childrenAffected: 'children_affected' } as const;
      for (const [key, column] of Object.entries(columns) as [keyof typeof columns, (typeof columns)[keyof typeof columns]][]) {
        const value = v.figures[key];
        if (value !== undefined && value !== null) change(column, value, `figures.${key}`);
      }
    }
    if (v.includeInStatistics !== undefined && v.includeInStatistics !== null) change('include_in_statistics', v.includeInStatistics, 'includeInStatistics');
    // Optimistic locking: the row is changed only if it still has the version the client read.
    const row = await ctx.sql
      .updateTable('cases as c')
      .set((eb) => ({
        ...set,
        ...(location ? { countries: countriesOf(id, sql.val(location.countryCode)) } : {}),
        version: eb('c.version', '+', 1),
        updated_at: sql<Date>`now()`,
      }))
      .where('c.id', '=', id)
      .where('c.version', '=', version)
      .returning(caseColumns)
      .executeTakeFirst();
    if (!row) throw conflict('The case was changed by someone else: reload it and apply your change again.', { currentVersion: c.version });
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.update',
      entityType: 'Case',
      entityId: id,
      organisationId: c.ownerOrganisationId,
      details: { fields: changed.join(','), version: row.version },
    });
    const updated = caseFromRow(row);
    updated.ownerOrganisation = c.ownerOrganisation;
    ctx.loaders.get(caseById).clear(id).prime(id, updated);
    return updated;
  }

  // ---------------------------------------------------------------- helpers

  /** A readable case or NOT_FOUND (unreadable and missing are indistinguishable). */
  async readable(ctx: AppContext, id: string): Promise<CaseWithOwner> {
    requireActor(ctx.actor);
    const c = await this.get(ctx, id);
    if (!c) throw notFound('The case');
    return c;
  }

  /** A case the actor may change: NOT_FOUND when unreadable, FORBIDDEN when only readable. */
  async writable(ctx: AppContext, id: string): Promise<CaseWithOwner> {
    const c = await this.readable(ctx, id);
    authorize(casePolicy, ctx.actor, 'update', await this.facts(ctx, c));
    return c;
  }

  /** Serialises changes to one case's persons and events (positions, derived countries). */
  async lock(ctx: AppContext, caseId: string): Promise<void> {
    await ctx.sql.selectFrom('cases').select('id').where('id', '=', caseId).forUpdate().execute();
  }

  /** Every change bumps the version and re-derives countries (and, via the trigger, the search vector). */
  async touch(ctx: AppContext, c: Case): Promise<void> {
    await ctx.sql
      .updateTable('cases')
      .set((eb) => ({ countries: countriesOf(c.id, eb.ref('country_code')), version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
      .where('id', '=', c.id)
      .execute();
    ctx.loaders.get(caseDetails).clear(c.id);
    ctx.loaders.get(caseById).clear(c.id);
  }
}

export const caseService = new CaseService();

/** Maps a case to its persons as the context's actor may read them (for briefings and exports). */
export const readablePersons = (ctx: AppContext, c: Pick<Case, 'id' | 'ownerOrganisationId' | 'visibility'>) => casePersonService.readable(ctx, c);
