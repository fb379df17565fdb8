import { IMPORT_COLUMNS } from '@coalition/shared';
import type { ImportFormat } from '../../gql/graphql';

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
  /** The record's raw text, quotes and embedded line breaks kept, without its line ending. */
  text: string;
  /** 1-based line of the file where the record starts. */
  line: number;
}

/**
 * Splits CSV text into raw records the way the server's parser counts them (csv-parse with
 * skip_empty_lines): a line break inside quotes belongs to the field, empty lines are no records.
 * The first record is the header.
 */
export function splitCsvRecords(text: string): CsvRecord[] {
  const source = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let start = 0;
  let startLine = 1;
  let line = 1;
  let quoted = false;
  const push = (end: number) => {
    const raw = source.slice(start, end);
    if (raw.length > 0) records.push({ text: raw, line: startLine });
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      push(i);
      if (c === '\r' && source[i + 1] === '\n') i++;
      line++;
      start = i + 1;
      startLine = line;
    } else if (c === '\n') line++;
  }
  push(source.length);
  return records;
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
      batches: (size) =>
        chunks(items.length, size).map(({ offset, rows }) => ({
          data: JSON.stringify(items.slice(offset, offset + rows)),
          offset,
          rows,
        })),
    };
  }
  const records = splitCsvRecords(text);
  if (records.length === 0) return null;
  const [header, ...body] = records as [CsvRecord, ...CsvRecord[]];
  return {
    format,
    rows: body.length,
    lineOfRow: (row) => body[row - 1]?.line ?? null,
    batches: (size) =>
      chunks(body.length, size).map(({ offset, rows }) => ({
        // Every batch carries the header, so the server reads each one as a file of its own.
        data: [header.text, ...body.slice(offset, offset + rows).map((r) => r.text)].join('\n') + '\n',
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
