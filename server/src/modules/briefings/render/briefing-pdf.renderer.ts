import path from 'node:path';
import { PERSON_WITHOUT_CONSENT, type BriefingDocBucket, type BriefingDocument } from '../briefing-document';

// DejaVu Sans covers Latin, Cyrillic (Tajik letters included) and Georgian.
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

const MARGIN = 50;
const INK = '#1a1a1a';
const MUTED = '#666666';
const BAR = '#3b6ea5';
const SUPPRESSED = '#bbbbbb';

type Doc = PDFKit.PDFDocument;

const countText = (b: { count: number | null; suppressed: boolean }, threshold: number) =>
  b.suppressed ? `< ${threshold}` : String(b.count ?? 0);

function heading(doc: Doc, text: string, size = 16): void {
  doc.moveDown(0.6).font('Bold').fontSize(size).fillColor(INK).text(text).font('Sans').fontSize(10).moveDown(0.3);
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

/** A two-column table of buckets. */
function bucketTable(doc: Doc, title: string, buckets: BriefingDocBucket[], threshold: number): void {
  if (!buckets.length) return;
  ensureSpace(doc, 40);
  doc.font('Bold').fontSize(11).text(title).font('Sans').fontSize(10);
  const x = MARGIN;
  for (const b of buckets) {
    ensureSpace(doc, 14);
    const y = doc.y;
    doc.fillColor(INK).text(b.key, x + 8, y, { width: 260 });
    doc.text(countText(b, threshold), x + 280, y, { width: 80, align: 'right' });
    doc.moveTo(x, doc.y + 1).lineTo(x + 360, doc.y + 1).lineWidth(0.3).strokeColor('#dddddd').stroke();
    doc.y += 3;
  }
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

/** Horizontal bars drawn as vector rectangles; a suppressed bucket is a grey bar at the threshold's width, labelled "< n". */
function barChart(doc: Doc, title: string, buckets: BriefingDocBucket[], threshold: number): void {
  if (!buckets.length) return;
  const rowHeight = 16;
  ensureSpace(doc, 30 + buckets.length * rowHeight);
  doc.font('Bold').fontSize(11).fillColor(INK).text(title).font('Sans').fontSize(9);
  const labelWidth = 150;
  const maxWidth = doc.page.width - 2 * MARGIN - labelWidth - 50;
  const max = Math.max(threshold, ...buckets.map((b) => b.count ?? 0));
  let y = doc.y + 4;
  for (const b of buckets) {
    const value = b.suppressed ? threshold - 1 : (b.count ?? 0);
    const width = Math.max(1, (value / max) * maxWidth);
    doc.fillColor(INK).text(b.key, MARGIN, y + 2, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
    doc.rect(MARGIN + labelWidth, y, width, rowHeight - 4).fill(b.suppressed ? SUPPRESSED : BAR);
    doc.fillColor(INK).text(countText(b, threshold), MARGIN + labelWidth + width + 4, y + 2, { lineBreak: false });
    y += rowHeight;
  }
  // The axis.
  doc.moveTo(MARGIN + labelWidth, doc.y - 4).lineTo(MARGIN + labelWidth, y).lineWidth(0.8).strokeColor(INK).stroke();
  doc.x = MARGIN;
  doc.y = y + 8;
}

function cover(doc: Doc, d: BriefingDocument): void {
  doc.font('Bold').fontSize(24).fillColor(INK).text(d.title, { align: 'left' }).moveDown(1);
  doc.font('Sans').fontSize(12);
  const line = (label: string, value: string) => doc.font('Bold').text(`${label}: `, { continued: true }).font('Sans').text(value);
  line('For', d.audience);
  line('Prepared by', d.author);
  line('Date', d.date);
  doc.moveDown(0.5).font('Bold').text('Approved by every organisation that owns an included case:').font('Sans');
  for (const org of d.approvedBy) doc.text(`• ${org}`, { indent: 12 });
  doc.moveDown(1).fontSize(9).fillColor(MUTED)
    .text(
      `Persons appear by pseudonym only, and only with their consent to appear in briefings; any other person appears only as "${PERSON_WITHOUT_CONSENT}". ` +
        'Names, birth years and contacts are withheld by the organisations that documented these cases.',
    );
  doc.fillColor(INK).fontSize(10);
}

function statistics(doc: Doc, d: BriefingDocument): void {
  const s = d.statistics;
  if (!s) return;
  doc.addPage();
  heading(doc, 'Statistics');
  doc.fontSize(9).fillColor(MUTED).text(
    `Over the ${d.cases.length} case(s) of this briefing. Counts from 1 to ${s.suppressionThreshold - 1} are shown as "< ${s.suppressionThreshold}".`,
  ).fillColor(INK).fontSize(10).moveDown(0.5);
  const summary: BriefingDocBucket[] = [
    { key: 'Cases', count: s.totalCases, suppressed: s.totalCases === null },
    { key: 'Cross-border cases', count: s.crossBorderCases, suppressed: s.crossBorderCases === null },
    ...s.figures.map((f) => ({ key: f.key, count: f.value, suppressed: f.value === null })),
  ];
  bucketTable(doc, 'Totals', summary, s.suppressionThreshold);
  barChart(doc, 'Cases by country involved', s.byCountry, s.suppressionThreshold);
  barChart(doc, 'Cases by category', s.byCategory, s.suppressionThreshold);
  bucketTable(doc, 'By status', s.byStatus, s.suppressionThreshold);
  bucketTable(doc, 'By month of incident', s.byMonth, s.suppressionThreshold);
  if (s.flows.length) {
    bucketTable(
      doc,
      'Deportations (incident country → destination)',
      s.flows.map((f) => ({ key: `${f.fromCountryCode} → ${f.toCountryCode}`, count: f.count, suppressed: f.suppressed })),
      s.suppressionThreshold,
    );
  }
}

function cases(doc: Doc, d: BriefingDocument): void {
  for (const c of d.cases) {
    doc.addPage();
    heading(doc, `${c.reference}: ${c.title}`, 14);
    doc.fillColor(MUTED).text(
      [c.incidentDate, [c.location.city, c.location.region, c.location.countryCode].filter(Boolean).join(', '), c.status, c.categories.join(', ')]
        .filter(Boolean)
        .join(' · '),
    );
    doc.text(`Documented by ${c.ownerOrganisation.name}. Countries involved: ${c.countries.join(', ')}.`).fillColor(INK).moveDown(0.5);
    doc.text(c.summary, { align: 'justify' }).moveDown(0.5);
    doc.text(
      `Detained: ${c.figures.detained} · Deported: ${c.figures.deported} · Injured: ${c.figures.injured} · Children affected: ${c.figures.childrenAffected}`,
    );
    const withheld = c.withheldPersons ?? 0;
    if (c.persons.length || withheld) {
      doc.moveDown(0.5).font('Bold').text('Persons').font('Sans');
      for (const p of c.persons) {
        doc.text(`• ${p.pseudonym}: ${p.role.toLowerCase().replace(/_/g, ' ')}${p.minor ? ', minor' : ''}${p.citizenship ? `, citizen of ${p.citizenship}` : ''}`);
      }
      // Nothing else of them: no role, age or citizenship (issue 24).
      for (let i = 0; i < withheld; i++) doc.text(`• ${PERSON_WITHOUT_CONSENT}`);
    }
    if (c.events.length) {
      doc.moveDown(0.5).font('Bold').text('Timeline').font('Sans');
      for (const e of c.events) {
        ensureSpace(doc, 40);
        doc.font('Bold').text(`${e.occurredOn}  ${e.title}`).font('Sans');
        doc.fillColor(MUTED).text(`${e.type.toLowerCase().replace(/_/g, ' ')}${e.authority ? ` · ${e.authority}` : ''}`).fillColor(INK);
        if (e.description) doc.text(e.description, { indent: 12 });
        doc.moveDown(0.3);
      }
    }
    if (c.evidence?.length) {
      // What each file is, and the hash of its copy without metadata when it shows no one; never the bytes.
      doc.moveDown(0.5).font('Bold').text('Evidence').font('Sans');
      for (const f of c.evidence) {
        ensureSpace(doc, 30);
        doc.text(`• ${f.fileName} (${f.kind.toLowerCase()}, ${f.mediaType}), received ${f.uploadedOn}`);
        const hash = f.sha256 ? `SHA-256 of the copy without metadata: ${f.sha256}` : 'May show persons: no hash is given.';
        doc.fillColor(MUTED).fontSize(8).text(hash, { indent: 10 }).fontSize(10).fillColor(INK);
      }
    }
  }
}

function statements(doc: Doc, d: BriefingDocument): void {
  for (const s of d.statements) {
    doc.addPage();
    heading(doc, s.title, 14);
    if (s.publishedAt) doc.fillColor(MUTED).text(`Published ${s.publishedAt}`).fillColor(INK).moveDown(0.5);
    doc.text(s.body, { align: 'justify' }).moveDown(0.8);
    doc.font('Bold').text('Signed by').font('Sans');
    for (const sig of s.signatories) {
      doc.text(`• ${sig.organisation}${sig.signatoryName ? `: ${sig.signatoryName}` : ''}${sig.signatoryTitle ? `, ${sig.signatoryTitle}` : ''}`);
    }
  }
}

/** The briefing as a PDF: cover, statistics (tables and a vector bar chart), each case with its timeline, cited statements. */
export async function renderBriefingPdf(d: BriefingDocument): Promise<Buffer> {
  // Loaded when first asked for, not at start (a first start is timed: docs/SCALING.md).
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      info: { Title: d.title, Author: d.author, Subject: `Briefing for ${d.audience}`, CreationDate: new Date(`${d.date}T00:00:00Z`) },
      font: REGULAR,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('Sans', REGULAR);
    doc.registerFont('Bold', BOLD);
    doc.font('Sans');
    cover(doc, d);
    statistics(doc, d);
    cases(doc, d);
    statements(doc, d);
    doc.end();
  });
}
