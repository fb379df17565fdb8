import crypto from 'node:crypto';
import { caseImportRowSchema, IMPORT_COLUMNS, ImportFormat, MAX_IMPORT_ROWS, type CaseImportRow } from '@coalition/shared';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { appendAudit } from '../../core/audit/audit-writer';
import { authorize, requireActor } from '../../core/auth/policy';
import { badInput, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { organisationById } from '../organisations/organisation.loader';
import { casePolicy } from './case.policy';
import { nextReferences, referencesTaken } from './case-references';
import type { ImportError, ImportResult } from './dto/case-connection.type';

const PROGRESS_EVERY = 1_000;
const INSERT_BATCH = 1_000;

/**
 * Columns the product's own case export writes that an import cannot set (they are derived, or belong
 * to other records): a re-imported export skips them and says so, instead of refusing the file.
 */
export const EXPORT_ONLY_COLUMNS = ['id', 'countries', 'includeInStatistics', 'ownerOrganisation', 'persons', 'evidence'] as const;

/** The characters a CSV writer guards with a leading `'` so that spreadsheets do not run the cell as a formula. */
const FORMULA_START = /^'[=+\-@\t\r]/;

interface RawRows {
  rows: Record<string, unknown>[];
  warnings: string[];
}

/**
 * Text that was not UTF-8 reaches us decoded with U+FFFD in place of every byte that did not decode
 * (a browser's File.text(), a client's UTF-8 read): such a file is refused, never imported as mojibake.
 */
function requireUtf8(data: string): void {
  const at = data.indexOf('\uFFFD');
  if (at < 0) return;
  const line = data.slice(0, at).split('\n').length;
  throw badInput(
    'data',
    `is not valid UTF-8 (first undecodable byte on line ${line}); it may be in another encoding such as Windows-1251: save it as UTF-8 and import it again`,
  );
}

/** `,` or `;`, whichever the header row uses (outside quotes); a spreadsheet set to a Russian or French locale writes `;`. */
function detectSeparator(data: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of data) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Known columns are kept, the export's own extra columns dropped with a warning; anything else is an error. */
function checkColumns(columns: string[]): { ignored: string[]; unknown: string[] } {
  const ignored = columns.filter((c) => (EXPORT_ONLY_COLUMNS as readonly string[]).includes(c));
  const unknown = columns.filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c) && !ignored.includes(c));
  return { ignored, unknown };
}

const ignoredWarning = (ignored: string[]) => `not imported, ignored: ${ignored.join(', ')} (the export writes them; an import cannot set them)`;

/** Parses the payload into raw rows (objects keyed by column); structural problems are BAD_USER_INPUT on `data`. */
function rawRows(format: ImportFormat, input: string): RawRows {
  requireUtf8(input);
  const data = input.replace(/^\uFEFF/, '');
  if (format === ImportFormat.JSON) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      throw badInput('data', 'is not valid JSON');
    }
    if (!Array.isArray(parsed)) throw badInput('data', 'must be a JSON array of objects');
    const ignored = new Set<string>();
    const rows = (parsed as unknown[]).map((value) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value as Record<string, unknown>;
      const kept = Object.entries(value as Record<string, unknown>).filter(([key]) => {
        const skip = (EXPORT_ONLY_COLUMNS as readonly string[]).includes(key);
        if (skip) ignored.add(key);
        return !skip;
      });
      return Object.fromEntries(kept);
    });
    const order = EXPORT_ONLY_COLUMNS.filter((c) => ignored.has(c));
    return { rows, warnings: order.length ? [ignoredWarning(order)] : [] };
  }
  let records: string[][];
  try {
    records = parse(data, { delimiter: detectSeparator(data), skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    throw badInput('data', `is not valid CSV (${(error as Error).message.split('\n')[0].slice(0, 200)})`);
  }
  if (records.length === 0) return { rows: [], warnings: [] };
  const header = records[0].map((h) => h.trim());
  const { ignored, unknown } = checkColumns(header);
  if (unknown.length) throw badInput('data', `unknown column(s): ${unknown.join(', ')}`);
  if (new Set(header).size !== header.length) throw badInput('data', 'a column appears twice');
  // The product's CSV writer guards formula-like cells with a leading '; the import takes it off again.
  const cell = (value: string | undefined) => (value !== undefined && FORMULA_START.test(value) ? value.slice(1) : value);
  const rows = records
    .slice(1)
    .map((cells) => Object.fromEntries(header.flatMap((h, i) => (ignored.includes(h) ? [] : [[h, cell(cells[i])]]))));
  return { rows, warnings: ignored.length ? [ignoredWarning(ignored)] : [] };
}

export class CaseImportService {
  /**
   * Imports cases all or nothing: every row is validated first and every bad
   * row reported; only a clean file is written, in multi-row INSERTs.
   */
  async import(ctx: AppContext, organisationId: string, format: ImportFormat, data: string, dryRun: boolean): Promise<ImportResult> {
    requireActor(ctx.actor);
    if (!isUuid(organisationId)) throw badInput('organisationId', 'must be an organisation id');
    authorize(casePolicy, ctx.actor, 'create', { ownerOrganisationId: organisationId });
    const org = await ctx.loaders.get(organisationById).load(organisationId);
    if (!org) throw notFound('The organisation');

    const { rows: raw, warnings } = rawRows(format, data);
    if (raw.length === 0) throw badInput('data', 'holds no rows to import');
    if (raw.length > MAX_IMPORT_ROWS) throw badInput('data', `holds ${raw.length} rows; at most ${MAX_IMPORT_ROWS} are imported in one call`);

    const errors: ImportError[] = [];
    const rows: CaseImportRow[] = [];
    const seen = new Map<string, number>();
    raw.forEach((value, i) => {
      const row = i + 1;
      if (row % PROGRESS_EVERY === 0) ctx.log.info({ rows: row, total: raw.length }, 'case import: validating');
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        errors.push({ row, message: 'must be an object' });
        return;
      }
      const result = caseImportRowSchema.safeParse(value);
      if (!result.success) {
        const messages = result.error.issues.map((issue) =>
          issue.code === 'unrecognized_keys' ? `unknown column(s): ${issue.keys.join(', ')}` : `${issue.path.join('.') || 'row'}: ${issue.message}`,
        );
        errors.push({ row, message: messages.join('; ') });
        return;
      }
      if (result.data.reference) {
        const before = seen.get(result.data.reference);
        if (before) {
          errors.push({ row, message: `reference: "${result.data.reference}" repeats row ${before}` });
          return;
        }
        seen.set(result.data.reference, row);
      }
      rows.push(result.data);
    });
    if (seen.size > 0) {
      const taken = await referencesTaken(ctx, org.id, [...seen.keys()]);
      for (const reference of taken) errors.push({ row: seen.get(reference)!, message: `reference: "${reference}" is already used` });
    }
    errors.sort((a, b) => a.row - b.row);
    if (errors.length > 0 || dryRun) return { created: 0, errors, warnings, dryRun };

    // References for rows without one, reserved per incident year.
    const byYear = new Map<number, CaseImportRow[]>();
    for (const row of rows) {
      if (row.reference) continue;
      const year = row.incidentDate ? Number(row.incidentDate.slice(0, 4)) : new Date().getUTCFullYear();
      byYear.set(year, [...(byYear.get(year) ?? []), row]);
    }
    for (const [year, list] of byYear) {
      const references = await nextReferences(ctx, org, year, list.length);
      list.forEach((row, i) => (row.reference = references[i]));
    }

    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      const batch = rows.slice(start, start + INSERT_BATCH);
      // One array parameter per column: a batch is one statement whatever its size.
      const col = <T>(pick: (r: CaseImportRow) => T, type: 'uuid' | 'text' | 'date' | 'int') => sql`${batch.map(pick)}::${sql.raw(type)}[]`;
      await sql`INSERT INTO cases (id, owner_organisation_id, reference, title, summary, status, categories, visibility, incident_date,
                            city, region, country_code, countries, detained, deported, injured, children_affected)
         SELECT id, ${org.id}::uuid, reference, title, summary, status, string_to_array(categories, ';'), visibility, incident_date,
                city, region, country_code, ARRAY[country_code], detained, deported, injured, children_affected
           FROM unnest(${col(() => crypto.randomUUID(), 'uuid')}, ${col((r) => r.reference, 'text')}, ${col((r) => r.title, 'text')},
                       ${col((r) => r.summary, 'text')}, ${col((r) => r.status, 'text')}, ${col((r) => r.categories.join(';'), 'text')},
                       ${col((r) => r.visibility, 'text')}, ${col((r) => r.incidentDate, 'date')}, ${col((r) => r.city, 'text')},
                       ${col((r) => r.region, 'text')}, ${col((r) => r.countryCode, 'text')}, ${col((r) => r.detained ?? 0, 'int')},
                       ${col((r) => r.deported ?? 0, 'int')}, ${col((r) => r.injured ?? 0, 'int')}, ${col((r) => r.childrenAffected ?? 0, 'int')})
             AS t(id, reference, title, summary, status, categories, visibility, incident_date, city, region, country_code,
                  detained, deported, injured, children_affected)`.execute(ctx.sql);
      const done = Math.min(start + INSERT_BATCH, rows.length);
      if (done % PROGRESS_EVERY === 0 || done === rows.length) ctx.log.info({ rows: done, total: rows.length }, 'case import: inserted');
    }
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.import',
      entityType: 'Case',
      organisationId: org.id,
      details: { created: rows.length, format },
    });
    return { created: rows.length, errors: [], warnings, dryRun: false };
  }
}

export const caseImportService = new CaseImportService();
