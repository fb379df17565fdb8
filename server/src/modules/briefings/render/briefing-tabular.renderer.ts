import { stringify } from 'csv-stringify/sync';
import { csvSafeCell } from '@coalition/shared';
import { PERSON_WITHOUT_CONSENT, type BriefingDocument } from '../briefing-document';

type Cell = string | number | boolean | null;

/** The document as named sections of rows: one sheet each in XLSX, one `section` column in CSV. */
export function briefingSections(d: BriefingDocument): { name: string; columns: string[]; rows: Cell[][] }[] {
  const s = d.statistics;
  const stat = (group: string, list: { key: string; count: number | null; suppressed: boolean }[]): Cell[][] =>
    list.map((b) => [group, b.key, b.count, b.suppressed]);
  return [
    {
      name: 'Briefing',
      columns: ['field', 'value'],
      rows: [
        ['title', d.title],
        ['audience', d.audience],
        ['author', d.author],
        ['date', d.date],
        ...d.approvedBy.map((org): Cell[] => ['approvedBy', org]),
      ],
    },
    ...(s
      ? [
          {
            name: 'Statistics',
            columns: ['group', 'key', 'count', 'suppressed'],
            rows: [
              ['total', 'cases', s.totalCases, s.totalCases === null] as Cell[],
              ['total', 'crossBorderCases', s.crossBorderCases, s.crossBorderCases === null] as Cell[],
              ...s.figures.map((f): Cell[] => ['figures', f.key, f.value, f.value === null]),
              ...stat('status', s.byStatus),
              ...stat('category', s.byCategory),
              ...stat('country', s.byCountry),
              ...stat('month', s.byMonth),
              ...s.flows.map((f): Cell[] => ['deportationFlow', `${f.fromCountryCode}>${f.toCountryCode}`, f.count, f.suppressed]),
              ['threshold', 'suppressionThreshold', s.suppressionThreshold, false],
            ],
          },
        ]
      : []),
    {
      name: 'Cases',
      columns: ['reference', 'title', 'summary', 'status', 'categories', 'incidentDate', 'city', 'region', 'countryCode', 'countries',
        'detained', 'deported', 'injured', 'childrenAffected', 'ownerOrganisation'],
      rows: d.cases.map((c) => [
        c.reference, c.title, c.summary, c.status, c.categories.join(';'), c.incidentDate, c.location.city, c.location.region, c.location.countryCode,
        c.countries.join(';'), c.figures.detained, c.figures.deported, c.figures.injured, c.figures.childrenAffected, c.ownerOrganisation.name,
      ]),
    },
    {
      name: 'Persons',
      columns: ['caseReference', 'pseudonym', 'role', 'minor', 'citizenship'],
      rows: d.cases.flatMap((c) => [
        ...c.persons.map((p): Cell[] => [c.reference, p.pseudonym, p.role, p.minor, p.citizenship]),
        // A person without a BRIEFING consent: the phrase and nothing else of them.
        ...Array.from({ length: c.withheldPersons ?? 0 }, (): Cell[] => [c.reference, PERSON_WITHOUT_CONSENT, null, null, null]),
      ]),
    },
    {
      name: 'Timeline',
      columns: ['caseReference', 'occurredOn', 'type', 'title', 'description', 'authority'],
      rows: d.cases.flatMap((c) => c.events.map((e): Cell[] => [c.reference, e.occurredOn, e.type, e.title, e.description, e.authority])),
    },
    {
      name: 'Evidence',
      columns: ['caseReference', 'fileName', 'kind', 'mediaType', 'uploadedOn', 'sha256'],
      rows: d.cases.flatMap((c) => (c.evidence ?? []).map((f): Cell[] => [c.reference, f.fileName, f.kind, f.mediaType, f.uploadedOn, f.sha256])),
    },
    {
      name: 'Statements',
      columns: ['title', 'publishedAt', 'body', 'signatories'],
      rows: d.statements.map((st): Cell[] => [
        st.title, st.publishedAt, st.body,
        st.signatories.map((g) => [g.organisation, g.signatoryName, g.signatoryTitle].filter(Boolean).join(', ')).join('; '),
      ]),
    },
  ];
}

/** One CSV (UTF-8 with BOM for spreadsheet programs): `section` then that section's columns, c1..cN. */
export function renderBriefingCsv(d: BriefingDocument): Buffer {
  const sections = briefingSections(d);
  const width = Math.max(...sections.map((s) => s.columns.length));
  const header = ['section', ...Array.from({ length: width }, (_, i) => `c${i + 1}`)];
  const pad = (row: Cell[]): Cell[] => [...row, ...Array<Cell>(header.length - row.length).fill(null)];
  const records: Cell[][] = [header];
  for (const s of sections) {
    records.push(pad([`${s.name}:columns`, ...s.columns]));
    for (const row of s.rows) records.push(pad([s.name, ...row]));
  }
  // Every cell through csvSafeCell: a title typed as `=HYPERLINK(...)` must stay text in an embassy's spreadsheet (contract, "CSV").
  const text = stringify(records, {
    bom: true,
    cast: { boolean: (v) => (v ? 'true' : 'false'), string: (v) => csvSafeCell(v), number: (v) => csvSafeCell(String(v)) },
  });
  return Buffer.from(text, 'utf8');
}

export function renderBriefingJson(d: BriefingDocument): Buffer {
  return Buffer.from(`${JSON.stringify(d, null, 2)}\n`, 'utf8');
}

/** One sheet per section. */
export async function renderBriefingXlsx(d: BriefingDocument): Promise<Buffer> {
  // Loaded when first asked for, not at start (a first start is timed: docs/SCALING.md).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = d.author;
  workbook.title = d.title;
  workbook.created = new Date(`${d.date}T00:00:00Z`);
  workbook.modified = workbook.created;
  for (const section of briefingSections(d)) {
    const sheet = workbook.addWorksheet(section.name);
    sheet.columns = section.columns.map((key) => ({
      header: key, key, width: ['summary', 'description', 'body'].includes(key) ? 80 : 20,
    }));
    sheet.getRow(1).font = { bold: true };
    // Plain values only: exceljs types a string as String, never Formula, whatever it begins with.
    for (const row of section.rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
