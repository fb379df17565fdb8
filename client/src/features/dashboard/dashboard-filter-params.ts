import type { CaseCategory, CaseFilter } from '../../gql/graphql';

export const CASE_CATEGORIES: readonly CaseCategory[] = [
  'RAID',
  'ARBITRARY_DETENTION',
  'ILL_TREATMENT',
  'DEPORTATION',
  'FAMILY_SEPARATION',
  'CHILD_RIGHTS',
  'RELIGIOUS_FREEDOM',
  'DOCUMENTATION',
  'DISCRIMINATION',
  'OTHER',
];

/** The dashboard's filters as they live in the URL, so a view can be linked, reloaded and gone back to. */
export interface DashboardFilter {
  from: string | null;
  to: string | null;
  country: string | null;
  categories: CaseCategory[];
  /** null: cross-border or not. */
  crossBorder: boolean | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCategory(value: string): value is CaseCategory {
  return (CASE_CATEGORIES as readonly string[]).includes(value);
}

/** Reads the filters from search params; anything malformed (a hand-edited link) is ignored, not sent. */
export function filterFromParams(params: URLSearchParams): DashboardFilter {
  const date = (name: string) => {
    const value = params.get(name);
    return value && DATE.test(value) ? value : null;
  };
  const country = params.get('country')?.trim().toUpperCase() ?? '';
  const crossBorder = params.get('crossBorder');
  return {
    from: date('from'),
    to: date('to'),
    country: /^[A-Z]{2}$/.test(country) ? country : null,
    categories: [...new Set(params.getAll('category').map((c) => c.toUpperCase()))].filter(isCategory),
    crossBorder: crossBorder === 'true' ? true : crossBorder === 'false' ? false : null,
  };
}

/** Writes the filters into the search params, keeping params that belong to others (e.g. `lang`). */
export function paramsWithFilter(current: URLSearchParams, filter: DashboardFilter): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const name of ['from', 'to', 'country', 'category', 'crossBorder']) next.delete(name);
  if (filter.from) next.set('from', filter.from);
  if (filter.to) next.set('to', filter.to);
  if (filter.country) next.set('country', filter.country);
  for (const category of filter.categories) next.append('category', category);
  if (filter.crossBorder !== null) next.set('crossBorder', String(filter.crossBorder));
  return next;
}

/** The GraphQL CaseFilter for the statistics query; empty fields are left out. */
export function toCaseFilter(filter: DashboardFilter): CaseFilter {
  const result: CaseFilter = {};
  if (filter.from) result.occurredFrom = filter.from;
  if (filter.to) result.occurredTo = filter.to;
  if (filter.country) result.countryCode = filter.country;
  if (filter.categories.length > 0) result.categories = filter.categories;
  if (filter.crossBorder !== null) result.crossBorder = filter.crossBorder;
  return result;
}

export function isFiltered(filter: DashboardFilter): boolean {
  return Object.keys(toCaseFilter(filter)).length > 0;
}
