import { IMPORT_COLUMNS } from '@coalition/shared';
import { parse } from 'csv-parse/browser/esm/sync';
import type { ImportFormat } from '../../gql/graphql';
import { csvRow } from './import-row-problems';

/** The format a file name suggests, or what its content looks like; null when neither says. */
export function detectFormat(fileName: string | null, text: string): ImportFormat | null {
  const name = fileName?.toLowerCase() ?? '';
  if (name.endsWith('.json')) return 'JSON';
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'CSV';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'JSON';
  if (start.length > 0) return 'CSV';
  return null;
}

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file where the record starts. */
  line: number;
}

/**
 * Reads CSV text into records with the server's own parser (csv-parse, its browser build) and the server's
 * options, so the rows counted here are the rows the server counts: it picks the record delimiter from the
 * first line, keeps quoted line breaks in their field and skips empty lines. The first record is the header.
 * Null when csv-parse refuses the text (e.g. an unclosed quote): the server will say why.
 */
export function readCsvRecords(text: string): CsvRecord[] | null {
  let parsed: { record: string[]; info: { bytes: number } }[];
  try {
    // Column counts are the server's to judge (it names the row); here every record only has to be found.
    // With `info`, csv-parse returns { record, info } per record; its types only know the plain shape.
    parsed = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof parsed;
  } catch {
    return null;
  }
  // csv-parse reports where each record ends in UTF-8 bytes; lines are counted over the same bytes.
  const bytes = new TextEncoder().encode(text);
  const records: CsvRecord[] = [];
  let at = 0;
  let line = 1;
  for (const { record, info } of parsed) {
    // Empty lines before the record belong to no record.
    while (at < bytes.length && (bytes[at] === CR || bytes[at] === LF)) at = skipBreak(bytes, at, () => line++);
    records.push({ fields: record, line });
    while (at < info.bytes) at = isBreak(bytes[at]) ? skipBreak(bytes, at, () => line++) : at + 1;
  }
  return records;
}

const CR = 0x0d;
const LF = 0x0a;
const isBreak = (byte: number | undefined) => byte === CR || byte === LF;
/** Steps over one line break (CRLF counts once) and reports it. */
function skipBreak(bytes: Uint8Array, at: number, counted: () => void): number {
  counted();
  return bytes[at] === CR && bytes[at + 1] === LF ? at + 2 : at + 1;
}

/** One record as CSV text that csv-parse reads back into the same fields. */
export function csvLine(fields: string[]): string {
  if (fields.length === 1 && fields[0] === '') return '""';
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
}

export interface ImportBatch {
  /** The payload for one importCases call: the CSV header and some records, or a JSON array. */
  data: string;
  /** Rows before this batch: the server's row numbers in the batch plus this are rows of the whole file. */
  offset: number;
  rows: number;
}

export interface ParsedImport {
  format: ImportFormat;
  rows: number;
  /** The file line each row starts on (CSV only; null for JSON). */
  lineOfRow: (row: number) => number | null;
  /** The row as the server reads it (an object keyed by column), 1-based; undefined past the end. */
  rowValue: (row: number) => unknown;
  batches: (size: number) => ImportBatch[];
}

/**
 * Reads the file just enough to count rows and cut it into batches for a progress bar. It does not
 * validate: the server's dry run does, over the whole file. Null when the text cannot be cut (e.g. JSON that
 * does not parse); then the whole text goes to the server as one piece and its error is shown.
 */
export function parseImport(format: ImportFormat, text: string): ParsedImport | null {
  if (format === 'JSON') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return null;
    }
    if (!Array.isArray(parsed)) return null;
    const items: unknown[] = parsed;
    const lines = jsonElementLines(text);
    return {
      format,
      rows: items.length,
      lineOfRow: (row) => (lines.length === items.length ? (lines[row - 1] ?? null) : null),
      rowValue: (row) => items[row - 1],
      batches: (size) =>
        chunks(items.length, size).map(({ offset, rows }) => ({
          data: JSON.stringify(items.slice(offset, offset + rows)),
          offset,
          rows,
        })),
    };
  }
  const records = readCsvRecords(text);
  if (!records || records.length === 0) return null;
  const [header, ...body] = records as [CsvRecord, ...CsvRecord[]];
  return {
    format,
    rows: body.length,
    lineOfRow: (row) => body[row - 1]?.line ?? null,
    rowValue: (row) => (body[row - 1] ? csvRow(header.fields, body[row - 1]!.fields) : undefined),
    batches: (size) =>
      chunks(body.length, size).map(({ offset, rows }) => ({
        // Every batch carries the header, so the server reads each one as a file of its own.
        data: [header, ...body.slice(offset, offset + rows)].map((r) => csvLine(r.fields)).join('\n') + '\n',
        offset,
        rows,
      })),
  };
}

/** The 1-based line where each element of a top-level JSON array starts (the text is known to parse). */
export function jsonElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && !/[\s,\]]/.test(c!)) {
      lines.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

function chunks(total: number, size: number): { offset: number; rows: number }[] {
  const result: { offset: number; rows: number }[] = [];
  for (let offset = 0; offset < total; offset += size) result.push({ offset, rows: Math.min(size, total - offset) });
  return result;
}

/** Small files still show progress in steps; large ones go in calls of at most 500 rows. */
export function batchSizeFor(rows: number): number {
  return Math.min(500, Math.max(1, Math.ceil(rows / 20)));
}

/** The CSV columns the server accepts, in its order; the template holds no example row, so none is imported by mistake. */
export function templateCsv(): string {
  return `${IMPORT_COLUMNS.join(',')}\n`;
}

/** An example row shown next to the template, in the template's column order. */
export const EXAMPLE_ROW: Record<(typeof IMPORT_COLUMNS)[number], string> = {
  reference: 'ADC-2013-101',
  title: 'Raid on a dormitory of migrant workers',
  summary: 'Documents of about 40 workers checked; 12 detained overnight.',
  status: 'OPEN',
  categories: 'RAID;ARBITRARY_DETENTION',
  visibility: 'RESTRICTED',
  incidentDate: '2013-03-14',
  city: 'St. Petersburg',
  region: '',
  countryCode: 'RU',
  detained: '12',
  deported: '0',
  injured: '0',
  childrenAffected: '0',
};
