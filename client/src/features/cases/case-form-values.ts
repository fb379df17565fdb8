import { createCaseInputSchema, updateCaseInputSchema } from '@coalition/shared';
import type { CaseCategory, CaseStatus, CreateCaseInput, UpdateCaseInput, Visibility } from '../../gql/graphql';

/** What the case form edits, as the inputs hold it (text fields as strings, empty figures as ''). */
export interface CaseFormValues {
  organisationId: string;
  reference: string;
  title: string;
  summary: string;
  status: CaseStatus;
  visibility: Visibility;
  categories: CaseCategory[];
  incidentDate: string;
  countryCode: string;
  region: string;
  city: string;
  detained: number | '';
  deported: number | '';
  injured: number | '';
  childrenAffected: number | '';
  includeInStatistics: boolean;
}

export const FIGURE_FIELDS = ['detained', 'deported', 'injured', 'childrenAffected'] as const;

/** The fields an edit can change and that the conflict panel compares, in the form's order. */
export const EDITABLE_FIELDS = [
  'title',
  'summary',
  'status',
  'visibility',
  'categories',
  'incidentDate',
  'countryCode',
  'region',
  'city',
  ...FIGURE_FIELDS,
  'includeInStatistics',
] as const satisfies readonly (keyof CaseFormValues)[];

export type EditableField = (typeof EDITABLE_FIELDS)[number];

export function emptyCaseFormValues(organisationId = ''): CaseFormValues {
  return {
    organisationId,
    reference: '',
    title: '',
    summary: '',
    status: 'OPEN',
    visibility: 'RESTRICTED',
    categories: [],
    incidentDate: '',
    countryCode: '',
    region: '',
    city: '',
    detained: '',
    deported: '',
    injured: '',
    childrenAffected: '',
    includeInStatistics: true,
  };
}

/** The subset of a loaded case the form needs. */
export interface CaseSnapshot {
  title: string;
  summary: string;
  status: CaseStatus;
  visibility: Visibility;
  categories: CaseCategory[];
  incidentDate?: string | null;
  includeInStatistics: boolean;
  location: { city?: string | null; region?: string | null; countryCode: string };
  figures: { detained: number; deported: number; injured: number; childrenAffected: number };
  ownerOrganisation: { id: string };
}

export function caseToFormValues(c: CaseSnapshot): CaseFormValues {
  return {
    organisationId: c.ownerOrganisation.id,
    reference: '',
    title: c.title,
    summary: c.summary,
    status: c.status,
    visibility: c.visibility,
    categories: [...c.categories],
    incidentDate: c.incidentDate ?? '',
    countryCode: c.location.countryCode,
    region: c.location.region ?? '',
    city: c.location.city ?? '',
    detained: c.figures.detained,
    deported: c.figures.deported,
    injured: c.figures.injured,
    childrenAffected: c.figures.childrenAffected,
    includeInStatistics: c.includeInStatistics,
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text);
const figureOrNull = (value: number | ''): number | null => (value === '' ? null : value);

export function toCreateInput(v: CaseFormValues): CreateCaseInput {
  return {
    organisationId: v.organisationId,
    reference: orNull(v.reference),
    title: v.title,
    summary: v.summary,
    status: v.status,
    visibility: v.visibility,
    categories: v.categories,
    incidentDate: orNull(v.incidentDate),
    location: { countryCode: v.countryCode, region: orNull(v.region), city: orNull(v.city) },
    figures: {
      detained: figureOrNull(v.detained),
      deported: figureOrNull(v.deported),
      injured: figureOrNull(v.injured),
      childrenAffected: figureOrNull(v.childrenAffected),
    },
    includeInStatistics: v.includeInStatistics,
  };
}

/** Only what the user changed relative to `base`, so an edit never rewrites fields it did not touch. */
export function toUpdateInput(base: CaseFormValues, v: CaseFormValues): UpdateCaseInput {
  const changed = new Set(changedFields(base, v));
  const input: UpdateCaseInput = {};
  if (changed.has('title')) input.title = v.title;
  if (changed.has('summary')) input.summary = v.summary;
  if (changed.has('status')) input.status = v.status;
  if (changed.has('visibility')) input.visibility = v.visibility;
  if (changed.has('categories')) input.categories = v.categories;
  // An incident date cannot be removed through the API (null means "unchanged"); the form says so.
  if (changed.has('incidentDate') && v.incidentDate.trim() !== '') input.incidentDate = v.incidentDate;
  if (changed.has('countryCode') || changed.has('region') || changed.has('city')) {
    input.location = { countryCode: v.countryCode, region: orNull(v.region), city: orNull(v.city) };
  }
  if (FIGURE_FIELDS.some((f) => changed.has(f))) {
    input.figures = {
      detained: figureOrNull(v.detained) ?? 0,
      deported: figureOrNull(v.deported) ?? 0,
      injured: figureOrNull(v.injured) ?? 0,
      childrenAffected: figureOrNull(v.childrenAffected) ?? 0,
    };
  }
  if (changed.has('includeInStatistics')) input.includeInStatistics = v.includeInStatistics;
  return input;
}

/** A validation message for a form field: the shared schema's message, and the field it names. */
export type FieldErrors = Partial<Record<keyof CaseFormValues, string>>;

/** Maps an input path (`location.countryCode`, `figures.detained`) to the form field that holds it. */
export function formFieldOf(path: readonly PropertyKey[] | string): keyof CaseFormValues | undefined {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const last = parts[parts.length - 1];
  const first = parts[0];
  if (first === 'location' || first === 'figures') return last as keyof CaseFormValues;
  if (first === 'categories') return 'categories';
  return first as keyof CaseFormValues | undefined;
}

function issuesToErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = formFieldOf(issue.path) ?? 'title';
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Checks with the shared zod schema the server applies; empty when the input is valid. */
export function validateCreate(v: CaseFormValues): FieldErrors {
  const result = createCaseInputSchema.safeParse(toCreateInput(v));
  return result.success ? {} : issuesToErrors(result.error.issues);
}

export function validateUpdate(base: CaseFormValues, v: CaseFormValues): FieldErrors {
  const result = updateCaseInputSchema.safeParse(toUpdateInput(base, v));
  return result.success ? {} : issuesToErrors(result.error.issues);
}

function sameValue(a: CaseFormValues[EditableField], b: CaseFormValues[EditableField]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

export function changedFields(from: CaseFormValues, to: CaseFormValues): EditableField[] {
  return EDITABLE_FIELDS.filter((f) => !sameValue(from[f], to[f]));
}

export interface ConflictRow {
  field: EditableField;
  /** The value the user started editing from. */
  base: CaseFormValues[EditableField];
  /** The value now on the server. */
  theirs: CaseFormValues[EditableField];
  /** The value in the user's form. */
  mine: CaseFormValues[EditableField];
  /** The user changed it too: re-applying keeps the user's value over theirs. */
  mineChanged: boolean;
}

/** The fields someone else changed on the server since `base`, with the user's value beside each. */
export function diffConflict(base: CaseFormValues, theirs: CaseFormValues, mine: CaseFormValues): ConflictRow[] {
  return changedFields(base, theirs).map((field) => ({
    field,
    base: base[field],
    theirs: theirs[field],
    mine: mine[field],
    mineChanged: !sameValue(base[field], mine[field]),
  }));
}

/** The user's edits replayed on the server's new version: fields the user did not touch take the server's value. */
export function rebaseEdits(base: CaseFormValues, theirs: CaseFormValues, mine: CaseFormValues): CaseFormValues {
  const result: CaseFormValues = { ...theirs, organisationId: mine.organisationId, reference: mine.reference };
  const mineChanged = new Set(changedFields(base, mine));
  for (const field of EDITABLE_FIELDS) {
    if (mineChanged.has(field)) Object.assign(result, { [field]: mine[field] });
  }
  return result;
}
