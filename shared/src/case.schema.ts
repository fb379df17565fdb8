import { z } from 'zod';
import { isCountryCode } from './country';
import { CaseCategory, CaseStatus, EventType, PersonRole, ShareAccess, Visibility } from './enums';

// Input rules for cases, shared by the server (authoritative) and the client's forms.

export const CASE_LIMITS = { reference: 40, title: 300, summary: 20_000, name: 200, text: 200, description: 20_000, contact: 500 } as const;

/** The most rows one importCases call accepts. */
export const MAX_IMPORT_ROWS = 10_000;

/** True for a real calendar date written YYYY-MM-DD (no 2013-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

const countryCode = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code');

const optionalCountryCode = z
  .string()
  .nullish()
  .transform((v) => (v && v.trim() ? v.trim().toUpperCase() : null))
  .refine((v) => v === null || isCountryCode(v), 'must be an ISO 3166-1 alpha-2 country code');

export const localDateSchema = z.string().trim().refine(isRealDate, 'must be a real date written YYYY-MM-DD');

const figure = z.number().int('must be a whole number').min(0, 'must not be negative').max(10_000_000);

export const locationInputSchema = z.object({
  city: optionalText(CASE_LIMITS.text),
  region: optionalText(CASE_LIMITS.text),
  countryCode,
});

export const caseFiguresInputSchema = z.object({
  detained: figure.nullish(),
  deported: figure.nullish(),
  injured: figure.nullish(),
  childrenAffected: figure.nullish(),
});

const title = z.string().trim().min(1, 'must not be empty').max(CASE_LIMITS.title, `at most ${CASE_LIMITS.title} characters`);
const summary = z.string().trim().max(CASE_LIMITS.summary, `at most ${CASE_LIMITS.summary} characters`);
const categories = z
  .array(z.enum(CaseCategory))
  .max(Object.keys(CaseCategory).length)
  .transform((list) => [...new Set(list)]);

export const referenceSchema = z
  .string()
  .trim()
  .min(1)
  .max(CASE_LIMITS.reference, `at most ${CASE_LIMITS.reference} characters`)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, 'letters, digits, dots, dashes and slashes');

export const createCaseInputSchema = z.object({
  organisationId: z.string().uuid('must be an organisation id'),
  reference: referenceSchema.nullish().transform((v) => v ?? null),
  title,
  summary,
  status: z.enum(CaseStatus).nullish().transform((v) => v ?? CaseStatus.OPEN),
  categories,
  visibility: z.enum(Visibility).nullish().transform((v) => v ?? Visibility.RESTRICTED),
  incidentDate: localDateSchema.nullish().transform((v) => v ?? null),
  location: locationInputSchema,
  figures: caseFiguresInputSchema.nullish(),
  includeInStatistics: z.boolean().nullish().transform((v) => v ?? true),
});

export const updateCaseInputSchema = z.object({
  title: title.nullish(),
  summary: summary.nullish(),
  status: z.enum(CaseStatus).nullish(),
  categories: categories.nullish(),
  visibility: z.enum(Visibility).nullish(),
  incidentDate: localDateSchema.nullish(),
  location: locationInputSchema.nullish(),
  figures: caseFiguresInputSchema.nullish(),
  includeInStatistics: z.boolean().nullish(),
});

export const casePersonInputSchema = z.object({
  fullName: z.string().trim().min(1, 'must not be empty').max(CASE_LIMITS.name, `at most ${CASE_LIMITS.name} characters`),
  pseudonym: optionalText(CASE_LIMITS.name),
  role: z.enum(PersonRole),
  minor: z.boolean().nullish().transform((v) => v ?? false),
  birthYear: z
    .number()
    .int('must be a whole number')
    .min(1900, 'must be 1900 or later')
    .refine((y) => y <= new Date().getUTCFullYear(), 'must not be in the future')
    .nullish()
    .transform((v) => v ?? null),
  citizenship: optionalCountryCode,
  contact: optionalText(CASE_LIMITS.contact),
  consentToShare: z.boolean().nullish().transform((v) => v ?? false),
});

export const caseEventInputSchema = z.object({
  type: z.enum(EventType),
  occurredOn: localDateSchema,
  title,
  description: z
    .string()
    .trim()
    .max(CASE_LIMITS.description, `at most ${CASE_LIMITS.description} characters`)
    .nullish()
    .transform((v) => v ?? ''),
  authority: optionalText(CASE_LIMITS.text),
  location: locationInputSchema.nullish().transform((v) => v ?? null),
  destinationCountryCode: optionalCountryCode,
});

export const caseShareInputSchema = z.object({
  caseId: z.string().uuid(),
  organisationId: z.string().uuid('must be an organisation id'),
  access: z.enum(ShareAccess),
  personalData: z.boolean().nullish().transform((v) => v ?? false),
});

/** One row of an import (CSV after the header, or one JSON object): the contract's keys, nothing else. */
export const IMPORT_COLUMNS = [
  'reference',
  'title',
  'summary',
  'status',
  'categories',
  'visibility',
  'incidentDate',
  'city',
  'region',
  'countryCode',
  'detained',
  'deported',
  'injured',
  'childrenAffected',
] as const;

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const importFigure = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? null : /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : v) : emptyToNull(v)),
  figure.nullable(),
);
const importEnum = <T extends Record<string, string>>(values: T) =>
  z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? null : v.trim().toUpperCase()) : emptyToNull(v)), z.enum(values).nullable());

export const caseImportRowSchema = z
  .object({
    reference: z.preprocess(emptyToNull, referenceSchema.nullable()),
    title,
    summary: z.preprocess((v) => v ?? '', summary),
    status: importEnum(CaseStatus).transform((v) => v ?? CaseStatus.OPEN),
    categories: z.preprocess(
      (v) =>
        typeof v === 'string'
          ? v
              .split(';')
              .map((s) => s.trim().toUpperCase())
              .filter(Boolean)
          : (v ?? []),
      categories,
    ),
    visibility: importEnum(Visibility).transform((v) => v ?? Visibility.RESTRICTED),
    incidentDate: z.preprocess(emptyToNull, localDateSchema.nullable()),
    city: z.preprocess(emptyToNull, optionalText(CASE_LIMITS.text)),
    region: z.preprocess(emptyToNull, optionalText(CASE_LIMITS.text)),
    countryCode,
    detained: importFigure,
    deported: importFigure,
    injured: importFigure,
    childrenAffected: importFigure,
  })
  .strict();

export type CreateCaseInputValues = z.output<typeof createCaseInputSchema>;
export type UpdateCaseInputValues = z.output<typeof updateCaseInputSchema>;
export type CasePersonInputValues = z.output<typeof casePersonInputSchema>;
export type CaseEventInputValues = z.output<typeof caseEventInputSchema>;
export type CaseImportRow = z.output<typeof caseImportRowSchema>;

/** 'Person A', ..., 'Person Z', 'Person AA', ...: n is 0-based. */
export function pseudonymFor(n: number): string {
  let label = '';
  let i = n;
  do {
    label = String.fromCharCode(65 + (i % 26)) + label;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return `Person ${label}`;
}

const caseFilterObjectSchema = z
  .object({
    status: z.array(z.enum(CaseStatus)).nullish(),
    categories: z.array(z.enum(CaseCategory)).nullish(),
    countryCode: optionalCountryCode,
    ownerOrganisationId: z.string().trim().nullish(),
    crossBorder: z.boolean().nullish(),
    search: z.string().trim().max(500, 'at most 500 characters').nullish(),
    personName: z.string().trim().max(300, 'at most 300 characters').nullish(),
    occurredFrom: localDateSchema.nullish(),
    occurredTo: localDateSchema.nullish(),
  });

export const caseFilterSchema = caseFilterObjectSchema
  .nullish()
  .transform((v): z.output<typeof caseFilterObjectSchema> => v ?? { countryCode: null });

export type CaseFilterValues = z.output<typeof caseFilterSchema>;
