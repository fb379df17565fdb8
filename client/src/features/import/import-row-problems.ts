import { caseImportRowSchema, COUNTRY_CODES, countryNameIn } from '@coalition/shared';
import type { TFunction } from 'i18next';

/** One problem of a row, as a code and the column it is in: what the page translates. */
export interface RowProblem {
  column: string | null;
  code: string;
  params: Record<string, string | number>;
}

/** The server's own cell rule: a cell it wrote with a guarding ' before a formula character is read without it. */
const FORMULA_START = /^'[=+\-@\t\r]/;
const cell = (value: string | undefined) => (value !== undefined && FORMULA_START.test(value) ? value.slice(1) : value);

/** Lower case without accents or punctuation, so "Таджикистан", "tadjikistan" and "Tajikistan " are each found. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLocaleLowerCase();

let countriesByName: Map<string, string> | null = null;

/** The ISO code of a country written by its name in one of the interface languages (or English), if it is one. */
export function countryCodeByName(text: string): string | null {
  if (!countriesByName) {
    countriesByName = new Map();
    const namers = ['en', 'ru', 'fr', 'ka', 'tg'].map((lang) => {
      const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      return (code: string) => {
        try {
          return regions.of(code);
        } catch {
          return undefined;
        }
      };
    });
    namers.push((code) => countryNameIn(code, 'ka'), (code) => countryNameIn(code, 'tg'));
    for (const code of COUNTRY_CODES) {
      for (const name of namers) {
        const folded = name(code) ? fold(name(code)!) : '';
        if (folded && !countriesByName.has(folded)) countriesByName.set(folded, code);
      }
    }
  }
  return countriesByName.get(fold(text)) ?? null;
}

/** A CSV record as the server reads it into a row (export-only columns make no difference to the checks below). */
export function csvRow(header: string[], fields: string[]): Record<string, string | undefined> {
  return Object.fromEntries(header.map((h, i) => [h.trim(), cell(fields[i])]));
}

/**
 * Why the server refused a row, found again in the browser: the API reports a row and an English sentence,
 * so the row is checked once more with the same shared schema the server uses, which gives each problem's
 * code and column. The two errors the schema cannot see (a reference repeated in the file or already used)
 * are recognised by the server's fixed wording. Null when nothing is recognised: the page then shows the
 * server's sentence as it is.
 */
export function rowProblems(raw: unknown, serverMessage: string): RowProblem[] | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [{ column: null, code: 'notObject', params: {} }];
  const result = caseImportRowSchema.safeParse(raw);
  if (!result.success) {
    return result.error.issues.map((issue): RowProblem => {
      if (issue.code === 'unrecognized_keys') return { column: null, code: 'unknownColumns', params: { columns: issue.keys.join(', ') } };
      const column = issue.path.length > 0 ? String(issue.path[0]) : null;
      const params: Record<string, string | number> = {};
      if (issue.code === 'too_small') params.min = Number(issue.minimum);
      if (issue.code === 'too_big') params.max = Number(issue.maximum);
      if (issue.code === 'invalid_value') params.values = issue.values.map(String).join(', ');
      const value = column ? (raw as Record<string, unknown>)[column] : undefined;
      // A required column left empty reads better as "required" than as a type or length error.
      const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
      if (empty && (issue.code === 'invalid_type' || (issue.code === 'too_small' && Number(issue.minimum) <= 1)))
        return { column, code: 'required', params: {} };
      // Dates and countries are checked by refinements: their column says what was expected.
      if ((issue.code === 'custom' || issue.code === 'invalid_format') && column === 'incidentDate') return { column, code: 'invalidDate', params: {} };
      if ((issue.code === 'custom' || issue.code === 'invalid_format') && column === 'countryCode') {
        // A country written by its name: say which code it has (the page names the country in the reader's language).
        const named = typeof value === 'string' ? countryCodeByName(value) : null;
        return named ? { column, code: 'countryByName', params: { country: named } } : { column, code: 'invalidCountry', params: {} };
      }
      return { column, code: issue.code, params };
    });
  }
  const repeated = /^reference: ".*" repeats row (\d+)$/.exec(serverMessage);
  if (repeated) return [{ column: 'reference', code: 'referenceRepeats', params: { row: Number(repeated[1]) } }];
  if (/^reference: ".*" is already used$/.test(serverMessage)) return [{ column: 'reference', code: 'referenceTaken', params: {} }];
  return null;
}

const KNOWN = new Set([
  'notObject',
  'unknownColumns',
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_value',
  'invalid_format',
  'invalidDate',
  'invalidCountry',
  'countryByName',
  'referenceRepeats',
  'referenceTaken',
]);

/** Names for the codes a problem mentions, in the reader's language. */
export interface CodeNames {
  /** A value of the column (status, visibility, categories): "Открыто"; the code itself when the column has no names. */
  value: (column: string, code: string) => string;
  country: (code: string) => string;
}

const NAMED_COLUMNS: Record<string, string> = { status: 'status', visibility: 'visibility', categories: 'category' };

/** The namer of `CodeNames.value` from the cases namespace's translated statuses, visibilities and categories. */
export function valueNamer(t: TFunction<'cases'>): CodeNames['value'] {
  return (column, code) => {
    const group = NAMED_COLUMNS[column];
    return group ? t(`${group}.${code}`, { defaultValue: code }) : code;
  };
}

/**
 * One problem in the reader's language: "incidentDate: not a valid value". The allowed values of a column
 * are named in that language with the code the file must hold ("Открыто (OPEN)"), a country by its name.
 */
export function problemText(t: TFunction<'import'>, problem: RowProblem, names?: CodeNames): string {
  const params = { ...problem.params };
  if (names && problem.code === 'invalid_value' && problem.column && typeof params.values === 'string') {
    const column = problem.column;
    params.values = params.values
      .split(', ')
      .map((code) => {
        const name = names.value(column, code);
        return name === code ? code : `${name} (${code})`;
      })
      .join(', ');
  }
  if (problem.code === 'countryByName' && typeof params.country === 'string') {
    params.name = names ? names.country(params.country) : params.country;
  }
  const text = t(`problems.${KNOWN.has(problem.code) ? problem.code : 'invalid'}`, params);
  return problem.column ? `${problem.column}: ${text}` : text;
}
