import crypto from 'node:crypto';
import {
  caseEventInputSchema,
  caseFilterSchema,
  casePersonInputSchema,
  createCaseInputSchema,
  MAX_PERSONS_PER_CASE,
  pseudonymFor,
  ShareAccess,
  updateCaseInputSchema,
  Visibility,
  type CaseFilterValues,
} from '@coalition/shared';
import { appendAudit } from '../../core/audit/audit-writer';
import { BackgroundMaintenance } from '../../core/db/background-maintenance';
import { preparedQuery } from '../../core/db/prepared-query';
import { authorize, requireActor } from '../../core/auth/policy';
import { openString, seal } from '../../core/crypto/secret-box';
import { badInput, conflict, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { decodeCursor, encodeCursor } from '../../core/graphql/pagination';
import { parseInput } from '../../core/graphql/parse-input';
import type { Organisation } from '../organisations/organisation.entity';
import { organisationById } from '../organisations/organisation.loader';
import type { Case } from './case.entity';
import { dataKeyFor, personAad, unwrapDataKey } from './case.crypto';
import { CASE_COLUMNS, caseById, caseDetails, caseFromRow, detailsColumns, detailsFromRow, type CaseRow, type CaseWithOwner, type DetailsRow } from './case.loader';
import { casePolicy, maySeePersonalData, recordingOrganisation, type CaseFacts } from './case.policy';
import { CaseEvent } from './case-event.entity';
import { CasePerson } from './case-person.entity';
import { CaseShare } from './case-share.entity';
import type { CaseAccess, CaseConnection } from './dto/case-connection.type';
import type { CaseEventInput, CaseFilter, CasePersonInput, CreateCaseInput, UpdateCaseInput } from './dto/case.input';

/** Every country a case involves: the incident's, its persons' citizenships and deportation destinations, sorted. */
export const COUNTRIES_SQL = (caseId: string, incidentCountry: string) => `ARRAY(
  SELECT DISTINCT x FROM (
    SELECT ${incidentCountry}::text AS x
    UNION SELECT p.citizenship::text FROM case_persons p WHERE p.case_id = ${caseId}
    UNION SELECT e.destination_country_code::text FROM case_events e WHERE e.case_id = ${caseId} AND e.type = 'DEPORTATION'
  ) all_countries WHERE x IS NOT NULL ORDER BY x)`;

const MAX_PAGE = 100;

/** Folds case_counts' deltas (migration CaseCounts) now and then, outside any request. */
const countsCompaction = new BackgroundMaintenance(`SELECT case_counts_compact()`, 60_000, 'case counts compaction');

/** WHERE conditions for a case filter, shared by `cases`, the exports and anyone aggregating cases. */
export function caseFilterSql(filter: CaseFilterValues, params: unknown[], alias = 'c'): string[] {
  const where: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.status?.length) where.push(`${alias}.status = ANY(${param(filter.status)}::text[])`);
  if (filter.categories?.length) where.push(`${alias}.categories && ${param(filter.categories)}::text[]`);
  if (filter.countryCode) where.push(`${param(filter.countryCode)}::text = ANY(${alias}.countries)`);
  if (filter.ownerOrganisationId) {
    where.push(isUuid(filter.ownerOrganisationId) ? `${alias}.owner_organisation_id = ${param(filter.ownerOrganisationId)}::uuid` : 'false');
  }
  if (filter.crossBorder === true || filter.crossBorder === false) {
    where.push(`(cardinality(${alias}.countries) > 1) = ${param(filter.crossBorder)}::boolean`);
  }
  // Through case_search_ids (migration CaseSearchIds): the GIN index cannot serve `@@` under row-level security.
  if (filter.search) where.push(`${alias}.id IN (SELECT case_search_ids(${param(filter.search)}))`);
  if (filter.occurredFrom) where.push(`${alias}.incident_date >= ${param(filter.occurredFrom)}::date`);
  if (filter.occurredTo) where.push(`${alias}.incident_date <= ${param(filter.occurredTo)}::date`);
  return where;
}

/**
 * The filter as the jsonb that SQL's `case_matches_filter` reads, without the keys the client left out or
 * sent as null (a JSON null is not SQL's NULL there, and an array function would fail on it); null when
 * nothing is left.
 */
export function caseFilterJson(filter: Partial<CaseFilterValues>): string | null {
  const given = Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0));
  return given.length ? JSON.stringify(Object.fromEntries(given)) : null;
}

export function parseCaseFilter(filter: CaseFilter | null | undefined): CaseFilterValues {
  return parseInput(caseFilterSchema, filter ?? null, 'filter');
}

/** The rows of an INSERT/UPDATE/DELETE ... RETURNING, whatever shape the driver gives them in. */
function returned<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

export class CaseService {
  // ------------------------------------------------------------------ reads

  /**
   * A page of cases. With `withDetails` (the query asks for persons, events, shares or myAccess),
   * their persons, events and shares come in the same statement and prime the caseDetails loader:
   * one statement for the whole nested page instead of two.
   */
  async list(
    ctx: AppContext,
    filter: CaseFilter | null | undefined,
    first: number,
    after: string | null | undefined,
    { withDetails = false }: { withDetails?: boolean } = {},
  ): Promise<CaseConnection> {
    authorize(casePolicy, ctx.actor, 'list', null);
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput('first', `must be between 0 and ${MAX_PAGE}`);
    const values = parseCaseFilter(filter);
    const cursor = decodeCursor(after, 2);
    const params: unknown[] = [];
    const afterCursor = (alias: string) => {
      if (!cursor) return [];
      const [at, id] = cursor;
      if (typeof at !== 'string' || typeof id !== 'string' || !isUuid(id) || Number.isNaN(Date.parse(at))) throw badInput('after', 'is not a cursor this API gave out');
      params.push(at, id);
      return [`(${alias}.created_at, ${alias}.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`];
    };
    // One statement gives the page and totalCount. The page walks ix_cases_created newest first and stops
    // after first + 1 readable rows; the total is a separate narrow count over the whole filtered set (the
    // cursor does not cut it), not a window over every matching row with all its columns. The owner
    // organisation is joined to the page only.
    let prefix = '';
    let pageWhere: string[];
    let totalSql: string;
    let countParams: number; // the parameters the total uses: all but the cursor's
    if (values.search) {
      // A search: case_search_matches (migration CaseSearchMatches) finds the readable matches that pass the
      // rest of the filter once, through the GIN index, as (id, created_at). The count counts them and the
      // page picks its first + 1 among them, so only those are read from `cases` (under the policies again).
      const { search, ...rest } = values;
      prefix = `WITH search AS MATERIALIZED (SELECT * FROM case_search_matches($${params.push(search)}, $${params.push(caseFilterJson(rest))}::jsonb)) `;
      countParams = params.length;
      const hits = afterCursor('s');
      totalSql = `SELECT count(*) FROM search`;
      pageWhere = [`c.id IN (SELECT s.id FROM search s${hits.length ? ` WHERE ${hits.join(' AND ')}` : ''} ORDER BY s.created_at DESC, s.id DESC LIMIT ${first + 1})`];
    } else {
      const where = caseFilterSql(values, params);
      countParams = params.length;
      pageWhere = [...where, ...afterCursor('c')];
      // Without a filter the total is the maintained count of readable cases (migration CaseCounts): exact,
      // and a few rows instead of a count over every readable case.
      totalSql = where.length ? `SELECT count(*) FROM cases c WHERE ${where.join(' AND ')}` : `SELECT case_readable_count()`;
      if (!where.length) countsCompaction.request(ctx.deps);
    }
    const pageSql = `${prefix}SELECT page.*, to_json(o) AS owner, (${totalSql}) AS total FROM (
         SELECT ${CASE_COLUMNS}
           FROM cases c
          ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
          ORDER BY c.created_at DESC, c.id DESC LIMIT ${first + 1}
       ) page JOIN organisations o ON o.id = page."ownerOrganisationId"
       ORDER BY page."createdAt" DESC, page.id DESC`;
    // The details' subqueries run per row of the (already limited) page only.
    // A prepared statement: the limit is a literal (a checked integer up to MAX_PAGE), so an unfiltered
    // page has no parameter and its plan is the same as a fresh one.
    const rows = (await preparedQuery(
      ctx,
      withDetails ? `SELECT d.*, ${detailsColumns('d')} FROM (${pageSql}) d ORDER BY d."createdAt" DESC, d.id DESC` : pageSql,
      params,
    )) as (CaseRow & { owner: Record<string, string | null>; total: string } & Partial<Pick<DetailsRow, 'persons' | 'events' | 'shares'>>)[];
    if (withDetails) {
      const loader = ctx.loaders.get(caseDetails);
      for (const r of rows) if (r.persons && r.events && r.shares) loader.prime(r.id, detailsFromRow({ persons: r.persons, events: r.events, shares: r.shares }));
    }
    let totalCount: number;
    if (rows.length > 0) totalCount = Number(rows[0].total);
    else {
      // An empty page (past the end, or nothing matches) has no row to carry the total.
      const [row] = (await ctx.db.query(`${prefix}SELECT (${totalSql})::int AS n`, params.slice(0, countParams))) as { n: number }[];
      totalCount = row.n;
    }
    const page = rows.slice(0, first).map(({ persons: _p, events: _e, shares: _s, ...r }) => caseFromRow(r));
    const edges = page.map((node) => ({ cursor: encodeCursor([node.createdAt.toISOString(), node.id]), node }));
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

  /** The case's persons, with name, birth year and contact only where both the policy and row-level security allow. */
  async readablePersons(ctx: AppContext, c: Pick<Case, 'id' | 'ownerOrganisationId' | 'visibility'>): Promise<CasePerson[]> {
    const details = await ctx.loaders.get(caseDetails).load(c.id);
    const facts: CaseFacts = { ownerOrganisationId: c.ownerOrganisationId, visibility: c.visibility, shares: details.shares };
    return details.persons.map(({ person, sealed }) => {
      const out = Object.assign(new CasePerson(), person);
      if (sealed?.wrappedKey && maySeePersonalData(ctx.actor, facts, person)) {
        const key = unwrapDataKey(ctx.deps.masterKey, sealed.ownerOrganisationId, sealed.wrappedKey);
        out.fullName = openString(key, sealed.fullName, personAad(person.id, 'full_name'));
        out.birthYear = sealed.birthYear ? Number(openString(key, sealed.birthYear, personAad(person.id, 'birth_year'))) : null;
        out.contact = sealed.contact ? openString(key, sealed.contact, personAad(person.id, 'contact')) : null;
      }
      return out;
    });
  }

  async events(ctx: AppContext, c: Pick<Case, 'id'>): Promise<CaseEvent[]> {
    return (await ctx.loaders.get(caseDetails).load(c.id)).events;
  }

  async shares(ctx: AppContext, c: Pick<Case, 'id'>): Promise<CaseShare[]> {
    return (await ctx.loaders.get(caseDetails).load(c.id)).shares;
  }

  async myAccess(ctx: AppContext, c: Pick<Case, 'id' | 'ownerOrganisationId' | 'visibility'>): Promise<CaseAccess> {
    const facts = await this.facts(ctx, c);
    return {
      canEdit: casePolicy(ctx.actor, 'update', facts),
      canSeePersonalData: casePolicy(ctx.actor, 'seePersonalData', facts),
      canShare: casePolicy(ctx.actor, 'share', facts),
    };
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
      if ((await this.referenceTaken(ctx, org.id, [reference])).length) throw conflict(`The reference "${reference}" is already used.`, { field: 'reference' });
    } else {
      [reference] = await this.nextReferences(ctx, org, year, 1);
    }
    const id = crypto.randomUUID();
    const f = v.figures ?? {};
    const [row] = (await ctx.db.query(
      `INSERT INTO cases (id, owner_organisation_id, reference, title, summary, status, categories, visibility, incident_date,
                          city, region, country_code, countries, detained, deported, injured, children_affected, include_in_statistics)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9::date, $10, $11, $12::text, ARRAY[$12::text], $13, $14, $15, $16, $17)
       RETURNING ${CASE_COLUMNS.replace(/c\./g, '')}`,
      [
        id, org.id, reference, v.title, v.summary, v.status, v.categories, v.visibility, v.incidentDate,
        v.location.city, v.location.region, v.location.countryCode,
        f.detained ?? 0, f.deported ?? 0, f.injured ?? 0, f.childrenAffected ?? 0, v.includeInStatistics,
      ],
    )) as CaseRow[];
    await appendAudit(ctx.db, ctx.actor, {
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
    const sets: string[] = [];
    const params: unknown[] = [id, version];
    const changed: string[] = [];
    const set = (column: string, value: unknown, field: string, cast = '') => {
      params.push(value);
      sets.push(`${column} = $${params.length}${cast}`);
      changed.push(field);
    };
    if (v.title) set('title', v.title, 'title');
    if (v.summary !== undefined && v.summary !== null) set('summary', v.summary, 'summary');
    if (v.status) set('status', v.status, 'status');
    if (v.categories) set('categories', v.categories, 'categories', '::text[]');
    if (v.visibility) set('visibility', v.visibility, 'visibility');
    if (v.incidentDate !== undefined) {
      if (v.incidentDate !== null || input.incidentDate === null) set('incident_date', v.incidentDate, 'incidentDate', '::date');
    }
    if (v.location) {
      set('city', v.location.city, 'location.city');
      set('region', v.location.region, 'location.region');
      set('country_code', v.location.countryCode, 'location.countryCode');
      sets.push(`countries = ${COUNTRIES_SQL('$1::uuid', `$${params.length}`)}`);
    }
    if (v.figures) {
      const columns = { detained: 'detained', deported: 'deported', injured: 'injured', childrenAffected: 'children_affected' } as const;
      for (const [key, column] of Object.entries(columns) as [keyof typeof columns, string][]) {
        const value = v.figures[key];
        if (value !== undefined && value !== null) set(column, value, `figures.${key}`);
      }
    }
    if (v.includeInStatistics !== undefined && v.includeInStatistics !== null) set('include_in_statistics', v.includeInStatistics, 'includeInStatistics');
    // Optimistic locking: the row is changed only if it still has the version the client read.
    const rows = (await ctx.db.query(
      `WITH u AS (
         UPDATE cases c SET ${[...sets, 'version = c.version + 1', 'updated_at = now()'].join(', ')}
          WHERE c.id = $1 AND c.version = $2 RETURNING ${CASE_COLUMNS})
       SELECT * FROM u`,
      params,
    )) as CaseRow[];
    if (rows.length !== 1) throw conflict('The case was changed by someone else: reload it and apply your change again.', { currentVersion: c.version });
    await appendAudit(ctx.db, ctx.actor, {
      action: 'case.update',
      entityType: 'Case',
      entityId: id,
      organisationId: c.ownerOrganisationId,
      details: { fields: changed.join(','), version: rows[0].version },
    });
    const updated = caseFromRow(rows[0]);
    updated.ownerOrganisation = c.ownerOrganisation;
    ctx.loaders.get(caseById).clear(id).prime(id, updated);
    return updated;
  }

  async addPerson(ctx: AppContext, caseId: string, input: CasePersonInput): Promise<CasePerson> {
    const c = await this.writable(ctx, caseId);
    const v = parseInput(casePersonInputSchema, input);
    await this.lock(ctx, caseId);
    const [{ next, persons }] = (await ctx.db.query(
      `SELECT coalesce(max(position) + 1, 0)::int AS next, count(*)::int AS persons FROM case_persons WHERE case_id = $1`,
      [caseId],
    )) as { next: number; persons: number }[];
    // The case's state, not this input, is what is refused: the same person fits once another is removed.
    if (persons >= MAX_PERSONS_PER_CASE) throw conflict(`A case holds at most ${MAX_PERSONS_PER_CASE} persons.`, { limit: MAX_PERSONS_PER_CASE });
    const id = crypto.randomUUID();
    const pseudonym = v.pseudonym ?? pseudonymFor(next);
    await ctx.db.query(
      `INSERT INTO case_persons (id, case_id, position, pseudonym, role, minor, citizenship, consent_to_share) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, caseId, next, pseudonym, v.role, v.minor, v.citizenship, v.consentToShare],
    );
    const key = await dataKeyFor(ctx.db, ctx.deps.masterKey, c.ownerOrganisationId);
    await ctx.db.query(
      `INSERT INTO case_person_private (person_id, owner_organisation_id, full_name, birth_year, contact) VALUES ($1, $2, $3, $4, $5)`,
      [
        id,
        c.ownerOrganisationId,
        seal(key, v.fullName, personAad(id, 'full_name')),
        v.birthYear === null ? null : seal(key, String(v.birthYear), personAad(id, 'birth_year')),
        v.contact === null ? null : seal(key, v.contact, personAad(id, 'contact')),
      ],
    );
    await this.touch(ctx, c);
    await appendAudit(ctx.db, ctx.actor, {
      action: 'case.person.add',
      entityType: 'CasePerson',
      entityId: id,
      organisationId: c.ownerOrganisationId,
      details: { caseId, pseudonym, consentToShare: v.consentToShare },
    });
    const facts = await this.facts(ctx, c);
    const visible = maySeePersonalData(ctx.actor, facts, { consentToShare: v.consentToShare });
    return Object.assign(new CasePerson(), {
      id,
      caseId,
      position: next,
      pseudonym,
      role: v.role,
      minor: v.minor,
      citizenship: v.citizenship,
      consentToShare: v.consentToShare,
      createdAt: new Date(),
      fullName: visible ? v.fullName : null,
      birthYear: visible ? v.birthYear : null,
      contact: visible ? v.contact : null,
    });
  }

  async removePerson(ctx: AppContext, personId: string): Promise<boolean> {
    requireActor(ctx.actor);
    if (!isUuid(personId)) throw notFound('The person');
    const [person] = (await ctx.db.query(`SELECT case_id FROM case_persons WHERE id = $1`, [personId])) as { case_id: string }[];
    if (!person) throw notFound('The person');
    const c = await this.writable(ctx, person.case_id);
    await this.lock(ctx, c.id);
    await ctx.db.query(`DELETE FROM case_persons WHERE id = $1`, [personId]);
    await this.touch(ctx, c);
    await appendAudit(ctx.db, ctx.actor, {
      action: 'case.person.remove',
      entityType: 'CasePerson',
      entityId: personId,
      organisationId: c.ownerOrganisationId,
      details: { caseId: c.id },
    });
    return true;
  }

  async addEvent(ctx: AppContext, caseId: string, input: CaseEventInput): Promise<CaseEvent> {
    const c = await this.writable(ctx, caseId);
    const actor = requireActor(ctx.actor);
    const v = parseInput(caseEventInputSchema, input);
    const recordedBy = recordingOrganisation(actor, await this.facts(ctx, c));
    if (!recordedBy) throw notFound('The case');
    const id = crypto.randomUUID();
    await this.lock(ctx, caseId);
    const [row] = (await ctx.db.query(
      `INSERT INTO case_events (id, case_id, recorded_by_organisation_id, type, occurred_on, title, description, authority, city, region, country_code, destination_country_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING created_at`,
      [id, caseId, recordedBy, v.type, v.occurredOn, v.title, v.description, v.authority, v.location?.city ?? null, v.location?.region ?? null,
        v.location?.countryCode ?? null, v.destinationCountryCode],
    )) as { created_at: Date }[];
    await this.touch(ctx, c);
    await appendAudit(ctx.db, ctx.actor, {
      action: 'case.event.add',
      entityType: 'CaseEvent',
      entityId: id,
      organisationId: c.ownerOrganisationId,
      details: { caseId, type: v.type, recordedBy },
    });
    const event = Object.assign(new CaseEvent(), {
      id,
      caseId,
      recordedByOrganisationId: recordedBy,
      type: v.type,
      occurredOn: v.occurredOn,
      title: v.title,
      description: v.description,
      authority: v.authority,
      city: v.location?.city ?? null,
      region: v.location?.region ?? null,
      countryCode: v.location?.countryCode ?? null,
      destinationCountryCode: v.destinationCountryCode,
      createdAt: row.created_at,
    });
    return event;
  }

  async share(ctx: AppContext, caseId: string, organisationId: string, access: ShareAccess, personalData: boolean | null | undefined): Promise<CaseShare> {
    const c = await this.readable(ctx, caseId);
    authorize(casePolicy, ctx.actor, 'share', await this.facts(ctx, c));
    if (!isUuid(organisationId)) throw notFound('The organisation');
    const org = await ctx.loaders.get(organisationById).load(organisationId);
    if (!org) throw notFound('The organisation');
    if (org.id === c.ownerOrganisationId) throw badInput('organisationId', 'a case is not shared with its own organisation');
    const rows = (
      await ctx.db.query(
        `INSERT INTO case_shares (case_id, organisation_id, owner_organisation_id, access, personal_data) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (case_id, organisation_id) DO UPDATE SET access = EXCLUDED.access, personal_data = EXCLUDED.personal_data
         RETURNING granted_at`,
        [caseId, org.id, c.ownerOrganisationId, access, personalData ?? false],
      )
    ) as { granted_at: Date }[];
    // A share means nothing on a RESTRICTED case: sharing widens it to SHARED, as the owner asked.
    if (c.visibility === Visibility.RESTRICTED) {
      await ctx.db.query(`UPDATE cases SET visibility = 'SHARED', version = version + 1, updated_at = now() WHERE id = $1`, [caseId]);
    }
    await appendAudit(ctx.db, ctx.actor, {
      action: 'case.share',
      entityType: 'Case',
      entityId: caseId,
      organisationId: c.ownerOrganisationId,
      details: { sharedWith: org.id, access, personalData: personalData ?? false },
    });
    ctx.loaders.get(caseDetails).clear(caseId);
    ctx.loaders.get(caseById).clear(caseId);
    return Object.assign(new CaseShare(), {
      caseId,
      organisationId: org.id,
      ownerOrganisationId: c.ownerOrganisationId,
      access,
      personalData: personalData ?? false,
      grantedAt: rows[0].granted_at,
      organisation: org,
    });
  }

  async unshare(ctx: AppContext, caseId: string, organisationId: string): Promise<boolean> {
    const c = await this.readable(ctx, caseId);
    authorize(casePolicy, ctx.actor, 'share', await this.facts(ctx, c));
    if (!isUuid(organisationId)) throw notFound('The share');
    const removed = returned<{ organisation_id: string }>(
      await ctx.db.query(`DELETE FROM case_shares WHERE case_id = $1 AND organisation_id = $2 RETURNING organisation_id`, [caseId, organisationId]),
    );
    if (removed.length === 0) throw notFound('The share');
    await appendAudit(ctx.db, ctx.actor, {
      action: 'case.unshare',
      entityType: 'Case',
      entityId: caseId,
      organisationId: c.ownerOrganisationId,
      details: { sharedWith: organisationId },
    });
    ctx.loaders.get(caseDetails).clear(caseId);
    return true;
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
  private async lock(ctx: AppContext, caseId: string): Promise<void> {
    await ctx.db.query(`SELECT id FROM cases WHERE id = $1 FOR UPDATE`, [caseId]);
  }

  /** Every change bumps the version and re-derives countries (and, via the trigger, the search vector). */
  private async touch(ctx: AppContext, c: Case): Promise<void> {
    await ctx.db.query(
      `UPDATE cases SET countries = ${COUNTRIES_SQL('$1::uuid', 'country_code')}, version = version + 1, updated_at = now() WHERE id = $1`,
      [c.id],
    );
    ctx.loaders.get(caseDetails).clear(c.id);
    ctx.loaders.get(caseById).clear(c.id);
  }

  async referenceTaken(ctx: AppContext, organisationId: string, references: string[]): Promise<string[]> {
    const rows = (await ctx.db.query(`SELECT reference FROM cases WHERE owner_organisation_id = $1 AND reference = ANY($2::text[])`, [
      organisationId,
      references,
    ])) as { reference: string }[];
    return rows.map((r) => r.reference);
  }

  /**
   * Reserves `count` references `<PREFIX>-<YEAR>-<NNN>`. The counter row is
   * upserted, which locks it until commit: concurrent creations queue and
   * never get the same number. Numbers already taken by hand are skipped.
   */
  async nextReferences(ctx: AppContext, org: Pick<Organisation, 'id' | 'slug'>, year: number, count: number): Promise<string[]> {
    const prefix = org.slug.split('-')[0].toUpperCase();
    const out: string[] = [];
    while (out.length < count) {
      const want = count - out.length;
      const [row] = (await ctx.db.query(
        `INSERT INTO case_reference_counters (organisation_id, year, last) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id, year) DO UPDATE SET last = case_reference_counters.last + EXCLUDED.last
         RETURNING last`,
        [org.id, year, want],
      )) as { last: number }[];
      const last = row.last;
      const candidates = Array.from({ length: want }, (_, i) => `${prefix}-${year}-${String(last - want + 1 + i).padStart(3, '0')}`);
      const taken = new Set(await this.referenceTaken(ctx, org.id, candidates));
      out.push(...candidates.filter((r) => !taken.has(r)));
    }
    return out;
  }
}

export const caseService = new CaseService();

/** Maps a case to its persons as the context's actor may read them (for briefings and exports). */
export const readablePersons = (ctx: AppContext, c: Pick<Case, 'id' | 'ownerOrganisationId' | 'visibility'>) => caseService.readablePersons(ctx, c);

