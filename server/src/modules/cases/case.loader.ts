import { CaseStatus, ShareAccess, Visibility, type CaseCategory, type EventType, type PersonRole } from '@coalition/shared';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../core/graphql/loader-registry';
import { isUuid } from '../../core/graphql/ids';
import { Organisation } from '../organisations/organisation.entity';
import { Case } from './case.entity';
import { CaseEvent } from './case-event.entity';
import { CasePerson } from './case-person.entity';
import { CaseShare } from './case-share.entity';

/** The columns of a case, aliased to the entity's properties, for hand-written SQL over `cases c`. */
export const CASE_COLUMNS = `c.id, c.owner_organisation_id AS "ownerOrganisationId", c.reference, c.title, c.summary, c.status,
  c.categories, c.visibility, c.incident_date::text AS "incidentDate", c.city, c.region, c.country_code AS "countryCode",
  c.countries, c.detained, c.deported, c.injured, c.children_affected AS "childrenAffected",
  c.include_in_statistics AS "includeInStatistics", c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

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

type OrganisationJson = Record<string, string | null>;

export function organisationFromJson(o: OrganisationJson): Organisation {
  return Object.assign(new Organisation(), {
    id: o.id,
    slug: o.slug,
    name: o.name,
    localName: o.local_name,
    city: o.city,
    countryCode: o.country_code,
    website: o.website,
    representative: o.representative,
    createdAt: new Date(o.created_at as string),
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
export const caseById: LoaderFactory<string, CaseWithOwner | null> = ({ db }) =>
  new DataLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? ((await db.query(
          `SELECT ${CASE_COLUMNS}, to_json(o) AS owner FROM cases c JOIN organisations o ON o.id = c.owner_organisation_id WHERE c.id = ANY($1::uuid[])`,
          [valid],
        )) as (CaseRow & { owner: OrganisationJson })[])
      : [];
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
  } | null;
}

export interface CaseDetails {
  persons: StoredPerson[];
  events: (CaseEvent & { recordedBy?: Organisation })[];
  shares: (CaseShare & { organisation?: Organisation })[];
}

export interface DetailsRow {
  id: string;
  persons: {
    id: string;
    case_id: string;
    position: number;
    pseudonym: string;
    role: string;
    minor: boolean;
    citizenship: string | null;
    consent_to_share: boolean;
    created_at: string;
    full_name: string | null;
    birth_year: string | null;
    contact: string | null;
    owner_organisation_id: string | null;
    wrapped_key: string | null;
  }[];
  events: {
    id: string;
    case_id: string;
    recorded_by_organisation_id: string;
    type: string;
    occurred_on: string;
    title: string;
    description: string;
    authority: string | null;
    city: string | null;
    region: string | null;
    country_code: string | null;
    destination_country_code: string | null;
    created_at: string;
    org: OrganisationJson;
  }[];
  shares: {
    case_id: string;
    organisation_id: string;
    owner_organisation_id: string;
    access: string;
    personal_data: boolean;
    granted_at: string;
    org: OrganisationJson;
  }[];
}

/**
 * The persons (with their sealed data where readable), events and shares of
 * the case whose id is `${alias}.id`, as three json columns, with the
 * organisations they name. Used by the caseDetails loader over any number of
 * ids, and by `cases` inside its own statement (see CaseService.list).
 */
export const detailsColumns = (alias: string) => `
         coalesce((SELECT json_agg(json_build_object('id', p.id, 'case_id', p.case_id, 'position', p.position, 'pseudonym', p.pseudonym,
                     'role', p.role, 'minor', p.minor, 'citizenship', p.citizenship, 'consent_to_share', p.consent_to_share,
                     'created_at', p.created_at, 'full_name', pp.full_name, 'birth_year', pp.birth_year, 'contact', pp.contact,
                     'owner_organisation_id', pp.owner_organisation_id, 'wrapped_key', k.wrapped_key) ORDER BY p.position)
                     FROM case_persons p
                     LEFT JOIN case_person_private pp ON pp.person_id = p.id
                     LEFT JOIN organisation_keys k ON k.organisation_id = pp.owner_organisation_id
                    WHERE p.case_id = ${alias}.id), '[]') AS persons,
         coalesce((SELECT json_agg(to_jsonb(e) || jsonb_build_object('org', to_jsonb(o)) ORDER BY e.occurred_on, e.created_at, e.id)
                     FROM case_events e JOIN organisations o ON o.id = e.recorded_by_organisation_id
                    WHERE e.case_id = ${alias}.id), '[]') AS events,
         coalesce((SELECT json_agg(to_jsonb(s) || jsonb_build_object('org', to_jsonb(o)) ORDER BY s.granted_at, s.organisation_id)
                     FROM case_shares s JOIN organisations o ON o.id = s.organisation_id
                    WHERE s.case_id = ${alias}.id), '[]') AS shares`;

/**
 * Persons, events and shares of any number of cases in ONE statement, so a
 * list of cases costs the same number of statements whatever its length.
 */
export const caseDetails: LoaderFactory<string, CaseDetails> = ({ db }) =>
  new DataLoader(async (ids) => {
    const rows = (await db.query(`SELECT c.id, ${detailsColumns('c')} FROM unnest($1::uuid[]) AS c(id)`, [
      ids.filter(isUuid),
    ])) as DetailsRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id): CaseDetails => {
      const row = byId.get(id);
      return row ? detailsFromRow(row) : { persons: [], events: [], shares: [] };
    });
  });

/** The three json columns of detailsColumns as entities. */
export function detailsFromRow(row: Pick<DetailsRow, 'persons' | 'events' | 'shares'>): CaseDetails {
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
