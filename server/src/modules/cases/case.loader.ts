import { CaseStatus, ShareAccess, Visibility, type CaseCategory, type EventType, type PersonRole } from '@coalition/shared';
import DataLoader from 'dataloader';
import { expressionBuilder, sql, type Selectable, type Selection } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { compileOnce } from '../../core/db/compile-once';
import type { Database } from '../../core/db/session-kysely';
import { anyOf } from '../../core/db/sql-functions';
import type { LoaderFactory } from '../../core/graphql/loader-registry';
import { isUuid } from '../../core/graphql/ids';
import { Organisation } from '../organisations/organisation.entity';
import { Case } from './case.entity';
import { CaseEvent } from './case-event.entity';
import { CasePerson } from './case-person.entity';
import { CaseShare } from './case-share.entity';

/**
 * The columns of a case under the entity's property names, for typed SQL over `cases c`: what
 * `caseFromRow` takes. `incidentDate` as text, as GraphQL's Date is a calendar date, not an instant.
 */
export const caseColumnsOf = <A extends 'c' | 'cases'>(a: A) =>
  [
    `${a}.id`,
    `${a}.owner_organisation_id as ownerOrganisationId`,
    `${a}.reference`,
    `${a}.title`,
    `${a}.summary`,
    `${a}.status`,
    `${a}.categories`,
    `${a}.visibility`,
    sql<string | null>`${sql.ref(`${a}.incident_date`)}::text`.as('incidentDate'),
    `${a}.city`,
    `${a}.region`,
    `${a}.country_code as countryCode`,
    `${a}.countries`,
    `${a}.detained`,
    `${a}.deported`,
    `${a}.injured`,
    `${a}.children_affected as childrenAffected`,
    `${a}.include_in_statistics as includeInStatistics`,
    `${a}.version`,
    `${a}.created_at as createdAt`,
    `${a}.updated_at as updatedAt`,
  ] as const;

/** The same over `cases c`. */
export const caseColumns = caseColumnsOf('c');

/** A case row as `caseColumns` selects it. */
export interface CaseRow {
  id: string;
  ownerOrganisationId: string;
  reference: string;
  title: string;
  summary: string;
  status: string;
  categories: string[];
  visibility: string;
  incidentDate: string | null;
  city: string | null;
  region: string | null;
  countryCode: string;
  countries: string[];
  detained: number;
  deported: number;
  injured: number;
  childrenAffected: number;
  includeInStatistics: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A case as read with CASE_COLUMNS; `owner` (an organisations row as JSON) saves the owner's lookup. */
export type CaseWithOwner = Case & { ownerOrganisation?: Organisation };

/** An organisations row as `to_json(o)` gives it. */
export type OrganisationJson = { [K in keyof Selectable<Database['organisations']>]: K extends 'created_at' ? string : Selectable<Database['organisations']>[K] };

/** `to_json(o)` of the organisations row aliased `o`. */
export const organisationJson = sql<OrganisationJson>`to_json(o)`;

export function organisationFromJson(o: OrganisationJson): Organisation {
  return Object.assign(new Organisation(), {
    id: o.id,
    slug: o.slug,
    name: o.name,
    localName: o.local_name,
    localNames: (o.local_names ?? {}) as Record<string, string>,
    city: o.city,
    countryCode: o.country_code,
    website: o.website,
    representative: o.representative,
    createdAt: new Date(o.created_at),
  });
}

export function caseFromRow(row: CaseRow & { owner?: OrganisationJson }): CaseWithOwner {
  const { owner, ...rest } = row;
  const c = Object.assign(new Case(), {
    ...rest,
    status: rest.status as CaseStatus,
    categories: rest.categories as CaseCategory[],
    visibility: rest.visibility as Visibility,
    countryCode: rest.countryCode.trim(),
  }) as CaseWithOwner;
  if (owner) c.ownerOrganisation = organisationFromJson(owner);
  return c;
}

/**
 * Cases by id as the actor may read them (row-level security filters): null
 * when the case does not exist or is not readable. Other modules use this.
 */
const idsStandIn: [string[]] = [[]];

/** The loaders' statements, compiled once (see compileOnce): one text, the ids its only parameter. */
const casesByIds = compileOnce(idsStandIn, (db, ids) =>
  db
    .selectFrom('cases as c')
    .innerJoin('organisations as o', 'o.id', 'c.owner_organisation_id')
    .select(caseColumns)
    .select(organisationJson.as('owner'))
    .where('c.id', '=', anyOf(ids, 'uuid')),
);

export const caseById: LoaderFactory<string, CaseWithOwner | null> = ({ sql: db }) =>
  new DataLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? (await casesByIds(db, valid)).rows : [];
    const byId = new Map(rows.map((r) => [r.id, caseFromRow(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** A person as stored: sealed personal data, present only when row-level security let it out. */
export interface StoredPerson {
  person: CasePerson;
  sealed: {
    fullName: string;
    birthYear: string | null;
    contact: string | null;
    ownerOrganisationId: string;
    wrappedKey: string | null;
    /** NULL: sealed with the person's own key (personKey); else the organisation key version that sealed them. */
    keyVersion: number | null;
    personKey: string | null;
    personKeyVersion: number | null;
  } | null;
}

export interface CaseDetails {
  persons: StoredPerson[];
  events: (CaseEvent & { recordedBy?: Organisation })[];
  shares: (CaseShare & { organisation?: Organisation })[];
}

const details = expressionBuilder<Database & { c: { id: string } }, 'c'>();

/**
 * The persons of the case `c.id`. With `personal`, each with its sealed personal data and the keys that
 * open it (as far as row-level security lets them out); without, NULL in their place: a page that asks for
 * no name, birth year or contact skips three joins and their policies per person, most of its time.
 */
const personsColumn = (personal: boolean) => {
  const persons = details
    .selectFrom('case_persons as p')
    .innerJoin('cases as pc', 'pc.id', 'p.case_id')
    .select(['p.id', 'p.case_id', 'p.position', 'p.pseudonym', 'p.role', 'p.minor', 'p.citizenship', 'p.created_at'])
    // The consent registry's answers for this reader (db/sql/functions): never a stored flag.
    .select(sql<boolean>`app_consent_to_share(p.id, pc.owner_organisation_id)`.as('consent_to_share'))
    .select(sql<string[]>`app_person_referral_orgs(p.id)`.as('referral_orgs'))
    .whereRef('p.case_id', '=', 'c.id')
    .orderBy('p.position');
  if (!personal) {
    const none = sql<null>`NULL`;
    const sealed = ['full_name', 'birth_year', 'contact', 'owner_organisation_id', 'key_version', 'wrapped_key', 'person_key', 'person_key_version'] as const;
    return jsonArrayFrom(persons.select(sealed.map((name) => none.as(name)))).as('persons');
  }
  return jsonArrayFrom(
    persons
      .leftJoin('case_person_private as pp', 'pp.person_id', 'p.id')
      // The person's own key, where the fields are sealed with one (key_version NULL).
      .leftJoin('person_keys as pk', (j) => j.onRef('pk.person_id', '=', 'p.id').on('pp.key_version', 'is', null))
      // The organisation key version that wraps the person's key, or (rows sealed before) sealed the fields.
      .leftJoin('organisation_keys as k', (j) =>
        j.onRef('k.organisation_id', '=', 'pp.owner_organisation_id').on('k.version', '=', sql<number>`coalesce(pp.key_version, pk.key_version)`),
      )
      .select(['pp.full_name', 'pp.birth_year', 'pp.contact', 'pp.owner_organisation_id', 'pp.key_version', 'k.wrapped_key'])
      .select(['pk.wrapped_key as person_key', 'pk.key_version as person_key_version']),
  ).as('persons');
};

/** Whether a page brings its cases' details along, and with them the persons' sealed personal data. */
export type CaseDetailsWanted = 'none' | 'public' | 'personal';

/**
 * The persons (with their sealed data where readable and `personal`), events and shares of the case
 * `c.id`, as three json columns, with the organisations they name. Used by the caseDetails loader over
 * any number of ids, and by `cases` inside its own statement (see casePage).
 */
const detailsColumnsOf = (personal: boolean) => [
  personsColumn(personal),
  jsonArrayFrom(
    details
      .selectFrom('case_events as e')
      .innerJoin('organisations as o', 'o.id', 'e.recorded_by_organisation_id')
      .selectAll('e')
      .select(organisationJson.as('org'))
      .whereRef('e.case_id', '=', 'c.id')
      .orderBy('e.occurred_on')
      .orderBy('e.created_at')
      .orderBy('e.id'),
  ).as('events'),
  jsonArrayFrom(
    details
      .selectFrom('case_shares as s')
      .innerJoin('organisations as o', 'o.id', 's.organisation_id')
      .select(['s.case_id', 's.organisation_id', 's.owner_organisation_id', 's.access', 's.personal_data', 's.granted_at'])
      .select(organisationJson.as('org'))
      .whereRef('s.case_id', '=', 'c.id')
      .orderBy('s.granted_at')
      .orderBy('s.organisation_id'),
  ).as('shares'),
] as const;

export const detailsColumns = detailsColumnsOf(true);
/**
 * The same without the persons' personal data: its rows fit DetailsRow (NULL where the sealed columns
 * were), which is what makes the cast sound.
 */
export const publicDetailsColumns = detailsColumnsOf(false) as unknown as typeof detailsColumns;

/** The three json columns of detailsColumns, as the rows carry them. */
export type DetailsRow = Selection<Database & { c: { id: string } }, 'c', (typeof detailsColumns)[number]>;

/**
 * Persons, events and shares of any number of cases in ONE statement, so a
 * list of cases costs the same number of statements whatever its length.
 */
const detailsByIds = compileOnce(idsStandIn, (db, ids) =>
  db.selectFrom(db.selectNoFrom(sql<string>`unnest(${ids}::uuid[])`.as('id')).as('c')).select('c.id').select(detailsColumns),
);

export const caseDetails: LoaderFactory<string, CaseDetails> = ({ sql: db }) =>
  new DataLoader(async (ids) => {
    const { rows } = await detailsByIds(db, ids.filter(isUuid));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id): CaseDetails => {
      const row = byId.get(id);
      return row ? detailsFromRow(row) : { persons: [], events: [], shares: [] };
    });
  });

/** The three json columns of detailsColumns as entities. */
export function detailsFromRow(row: DetailsRow): CaseDetails {
  return {
    persons: row.persons.map((p) => ({
      person: Object.assign(new CasePerson(), {
        id: p.id,
        caseId: p.case_id,
        position: p.position,
        pseudonym: p.pseudonym,
        role: p.role as PersonRole,
        minor: p.minor,
        citizenship: p.citizenship?.trim() ?? null,
        consentToShare: p.consent_to_share,
        referralReaderOrganisationIds: p.referral_orgs,
        createdAt: new Date(p.created_at),
        fullName: null,
        birthYear: null,
        contact: null,
      }),
      sealed:
        p.full_name && p.owner_organisation_id
          ? {
              fullName: p.full_name,
              birthYear: p.birth_year,
              contact: p.contact,
              ownerOrganisationId: p.owner_organisation_id,
              wrappedKey: p.wrapped_key,
              keyVersion: p.key_version,
              personKey: p.person_key,
              personKeyVersion: p.person_key_version,
            }
          : null,
    })),
    events: row.events.map((e) =>
      Object.assign(new CaseEvent(), {
        id: e.id,
        caseId: e.case_id,
        recordedByOrganisationId: e.recorded_by_organisation_id,
        type: e.type as EventType,
        occurredOn: e.occurred_on,
        title: e.title,
        description: e.description,
        authority: e.authority,
        city: e.city,
        region: e.region,
        countryCode: e.country_code?.trim() ?? null,
        destinationCountryCode: e.destination_country_code?.trim() ?? null,
        createdAt: new Date(e.created_at),
        recordedBy: organisationFromJson(e.org),
      }),
    ),
    shares: row.shares.map((s) =>
      Object.assign(new CaseShare(), {
        caseId: s.case_id,
        organisationId: s.organisation_id,
        ownerOrganisationId: s.owner_organisation_id,
        access: s.access as ShareAccess,
        personalData: s.personal_data,
        grantedAt: new Date(s.granted_at),
        organisation: organisationFromJson(s.org),
      }),
    ),
  };
}
