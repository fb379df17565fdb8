import { CaseCategory, CaseStatus, EventType, ExportFormat, PersonRole } from '@coalition/shared';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { BriefingDocument } from '../briefing-document';
import { EvidenceKind } from '../../evidence';
import { renderBriefingFiles } from './briefing-files';
import { pdfText } from '../../../../test/support/pdf-text';

const SAMPLE: BriefingDocument = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Raids on migrant workers, February 2013',
  audience: 'OSCE ODIHR',
  author: 'Anti-Discrimination Centre Memorial',
  date: '2013-03-01',
  approvedBy: ['Anti-Discrimination Centre Memorial', 'Ассоциация журналистов «ГендерМедиаКавказ»'],
  statistics: {
    suppressionThreshold: 5,
    totalCases: 7,
    crossBorderCases: null,
    figures: [{ key: 'detained', value: 1016 }, { key: 'deported', value: null }],
    byStatus: [{ key: 'OPEN', count: 7, suppressed: false }],
    byCategory: [{ key: 'RAID', count: 6, suppressed: false }, { key: 'DEPORTATION', count: null, suppressed: true }],
    byCountry: [{ key: 'RU', count: 7, suppressed: false }, { key: 'TJ', count: null, suppressed: true }],
    byMonth: [{ key: '2013-02', count: 7, suppressed: false }],
    flows: [{ fromCountryCode: 'RU', toCountryCode: 'TJ', count: null, suppressed: true }],
  },
  cases: [
    {
      reference: 'ADC-2013-001',
      title: 'Рейд у мечети на Апраксином дворе',
      summary: 'Person A был задержан вместе с сыном. Ахали ამბავი თბილისიდან. Ҷамъияти ҳуқуқи инсон.',
      status: CaseStatus.OPEN,
      categories: [CaseCategory.RAID],
      incidentDate: '2013-02-08',
      location: { city: 'St. Petersburg', region: null, countryCode: 'RU' },
      countries: ['RU', 'TJ'],
      figures: { detained: 1000, deported: 2, injured: 0, childrenAffected: 1 },
      ownerOrganisation: { id: 'x', name: 'Anti-Discrimination Centre Memorial' },
      persons: [{ pseudonym: 'Person A', role: PersonRole.VICTIM, minor: false, citizenship: 'TJ' }],
      events: [{ type: EventType.DEPORTATION, occurredOn: '2013-02-15', title: 'Deportation to Tajikistan', description: 'Person A deported.', authority: 'FMS' }],
      evidence: [
        { fileName: 'expulsion-decision.pdf', kind: EvidenceKind.PDF, mediaType: 'application/pdf', uploadedOn: '2013-02-16', sha256: 'ab'.repeat(32) },
        { fileName: 'injuries.jpg', kind: EvidenceKind.IMAGE, mediaType: 'image/jpeg', uploadedOn: '2013-02-17', sha256: null },
      ],
    },
  ],
  statements: [
    {
      title: 'Appeal on the raids of February 2013',
      publishedAt: '2013-02-20',
      body: 'We, the undersigned organisations, call on the authorities...',
      signatories: [{ organisation: 'Nota Bene', signatoryName: 'A. Representative', signatoryTitle: 'Director' }],
    },
  ],
};

describe('briefing renderers', () => {
  it('renders the four formats with their hashes', async () => {
    const files = await renderBriefingFiles(SAMPLE);
    expect(files.map((f) => f.format)).toEqual([ExportFormat.PDF, ExportFormat.CSV, ExportFormat.JSON, ExportFormat.XLSX]);
    for (const f of files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes a PDF with the cover, statistics, cases and statements, in Latin, Cyrillic and Georgian', async () => {
    const [pdf] = await renderBriefingFiles(SAMPLE);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.bytes.includes(Buffer.from('DejaVuSans'))).toBe(true);
    // pdftotext breaks lines and drops some spaces: compare without whitespace.
    const text = pdfText(pdf.bytes).replace(/\s+/g, '');
    for (const expected of [
      'Raids on migrant workers, February 2013', 'OSCE ODIHR', '2013-03-01', 'ГендерМедиаКавказ',
      'Statistics', 'Cases by country involved', '< 5', 'RU → TJ',
      'ADC-2013-001', 'Рейд у мечети на Апраксином дворе', 'ამბავი თბილისიდან', 'Ҷамъияти ҳуқуқи инсон',
      'Deportation to Tajikistan', 'expulsion-decision.pdf', `SHA-256 of the copy without metadata: ${'ab'.repeat(32)}`, 'injuries.jpg', 'May show persons: no hash is given.', 'Appeal on the raids of February 2013', 'Nota Bene: A. Representative, Director',
    ]) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
  });

  it('leaves the statistics out of the PDF when not included', async () => {
    const [pdf] = await renderBriefingFiles({ ...SAMPLE, statistics: null });
    expect(pdfText(pdf.bytes)).not.toContain('Cases by country involved');
  });

  it('writes CSV, JSON and one XLSX sheet per section', async () => {
    const [, csv, json, xlsx] = await renderBriefingFiles(SAMPLE);
    const rows = parse(csv.bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.section === 'Cases')).toMatchObject({ c1: 'ADC-2013-001', c2: 'Рейд у мечети на Апраксином дворе' });
    expect(rows.find((r) => r.section === 'Statistics' && r.c2 === 'TJ')).toMatchObject({ c3: '', c4: 'true' });
    expect(rows.find((r) => r.section === 'Evidence')).toMatchObject({ c1: 'ADC-2013-001', c2: 'expulsion-decision.pdf', c3: 'PDF', c5: '2013-02-16', c6: 'ab'.repeat(32) });
    expect(JSON.parse(json.bytes.toString('utf8'))).toEqual(SAMPLE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Briefing', 'Statistics', 'Cases', 'Persons', 'Timeline', 'Evidence', 'Statements']);
    expect(workbook.getWorksheet('Timeline')!.getRow(2).getCell(4).value).toBe('Deportation to Tajikistan');
  });
});
