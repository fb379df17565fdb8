import path from 'node:path';

/** What a published statement's documents show: everything in them is public. */
export interface StatementDocument {
  slug: string;
  title: string;
  primaryLanguage: string;
  addressees: string[];
  /** YYYY-MM-DD of publication. */
  date: string;
  versionNumber: number;
  contentHash: string;
  /** Primary language first, then by language code; `addressees` null where the translation names none (the statement's are shown). */
  translations: { language: string; title: string; body: string; addressees: string[] | null }[];
  /** In the order they signed: "Organisation, City (Representative)". */
  signatories: { organisation: string; city: string; name: string; title: string | null }[];
}

const LANGUAGE_NAMES: Record<string, string> = {
  EN: 'English',
  RU: 'Русский',
  TG: 'Тоҷикӣ',
  KA: 'ქართული',
  FR: 'Français',
  UZ: 'Oʻzbekcha',
};

export const languageName = (code: string): string => LANGUAGE_NAMES[code] ?? code;

/** The fixed words around a statement, in the language of the translation they frame. */
export interface DocumentLabels {
  brand: string;
  addressees: string;
  published: string;
  signatories: string;
  version: (n: number) => string;
  contentHash: string;
  page: (n: number, of: number) => string;
}

const LABELS: Record<string, DocumentLabels> = {
  EN: {
    brand: 'Coalition · joint statement',
    addressees: 'Addressed to',
    published: 'Published',
    signatories: 'Signatories',
    version: (n) => `Version ${n}`,
    contentHash: 'content hash (SHA-256)',
    page: (n, of) => `page ${n}/${of}`,
  },
  RU: {
    brand: 'Коалиция · совместное заявление',
    addressees: 'Адресаты',
    published: 'Опубликовано',
    signatories: 'Подписали',
    version: (n) => `Версия ${n}`,
    contentHash: 'хеш содержания (SHA-256)',
    page: (n, of) => `стр. ${n}/${of}`,
  },
  TG: {
    brand: 'Эътилоф · изҳороти муштарак',
    addressees: 'Ба унвони',
    published: 'Нашр шуд',
    signatories: 'Имзокунандагон',
    version: (n) => `Таҳрири ${n}`,
    contentHash: 'ҳеши мундариҷа (SHA-256)',
    page: (n, of) => `саҳ. ${n}/${of}`,
  },
  KA: {
    brand: 'კოალიცია · ერთობლივი განცხადება',
    addressees: 'ადრესატები',
    published: 'გამოქვეყნდა',
    signatories: 'ხელმომწერები',
    version: (n) => `ვერსია ${n}`,
    contentHash: 'შინაარსის ჰეში (SHA-256)',
    page: (n, of) => `გვ. ${n}/${of}`,
  },
  FR: {
    brand: 'Coalition · déclaration commune',
    addressees: 'Destinataires',
    published: 'Publiée le',
    signatories: 'Signataires',
    version: (n) => `Version ${n}`,
    contentHash: 'empreinte du contenu (SHA-256)',
    page: (n, of) => `page ${n}/${of}`,
  },
};

/** Labels in the translation's language; English for a language the interface does not speak (e.g. Uzbek). */
export const labelsFor = (language: string): DocumentLabels => LABELS[language.toUpperCase()] ?? LABELS.EN;

/** As the 2013 appeal lists its signatories. */
export function signatoryLine(s: StatementDocument['signatories'][number]): string {
  return `${s.organisation}, ${s.city} (${s.name}${s.title ? `, ${s.title}` : ''})`;
}

export function verificationNote(d: StatementDocument, labels: DocumentLabels = labelsFor('EN')): string {
  return `${labels.version(d.versionNumber)} · ${labels.contentHash}: ${d.contentHash}`;
}

/** Text that came from users, made inert in Markdown (no markup, no HTML). */
function inline(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|!]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

/** The addressees as a translation names them, else as the statement does. */
export const addresseesIn = (d: StatementDocument, t: StatementDocument['translations'][number]): string[] =>
  t.addressees && t.addressees.length > 0 ? t.addressees : d.addressees;

export function renderStatementMarkdown(d: StatementDocument): string {
  const labels = labelsFor(d.primaryLanguage);
  const lines: string[] = [`# ${inline(d.title)}`, '', `**${labels.addressees}:** ${d.addressees.map(inline).join('; ')}  `, `**${labels.published}:** ${d.date}`, ''];
  for (const t of d.translations) {
    lines.push('---', '', `## ${languageName(t.language)}`, '', `### ${inline(t.title)}`, '');
    if (t.language !== d.primaryLanguage && t.addressees?.length) {
      lines.push(`**${labelsFor(t.language).addressees}:** ${t.addressees.map(inline).join('; ')}`, '');
    }
    lines.push(t.body.replace(/\r\n/g, '\n').trim(), '');
  }
  lines.push('---', '', `## ${labels.signatories}`, '');
  for (const s of d.signatories) lines.push(`- ${inline(signatoryLine(s))}`);
  lines.push(
    '',
    '---',
    '',
    `${verificationNote(d, labels)}  `,
    'Anyone can check it: sha256 of the UTF-8 bytes of JSON.stringify of one [language, title, body] row per translation, sorted by language code, each string NFC-normalised with CRLF turned into LF.',
    '',
  );
  return lines.join('\n');
}

// DejaVu Sans covers Latin, Cyrillic (Tajik letters included) and Georgian.
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');
const MARGIN = 56;
const FOOTER = 36;

type Doc = PDFKit.PDFDocument;

/** One Markdown paragraph: headings bold and larger, `**bold**` runs bold, list items indented. */
function paragraph(doc: Doc, block: string): void {
  const text = block.replace(/\n/g, ' ').trim();
  if (!text) return;
  const heading = /^(#{1,6})\s+(.*)$/.exec(text);
  if (heading) {
    doc.moveDown(0.4).font('Bold').fontSize(heading[1].length <= 2 ? 13 : 11.5).text(heading[2]).font('Sans').fontSize(10.5).moveDown(0.2);
    return;
  }
  const item = /^[-*]\s+(.*)$/.exec(text);
  const content = item ? `•  ${item[1]}` : text;
  const parts = content.split(/\*\*(.+?)\*\*/);
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    doc.font(i % 2 ? 'Bold' : 'Sans').text(part, { continued: !last, align: 'left', indent: 0 });
  });
  doc.font('Sans').moveDown(0.5);
}

export async function renderStatementPdf(d: StatementDocument): Promise<Buffer> {
  // Loaded when first asked for, not at start (a first start is timed: docs/SCALING.md).
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
      bufferPages: true,
      info: { Title: d.title, Subject: 'Joint statement', Keywords: d.contentHash },
      font: REGULAR,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('Sans', REGULAR);
    doc.registerFont('Bold', BOLD);

    // Each translation opens its own page, framed in its own language: brand, addressees, date, footer.
    // Addressees as the translation names them, else as the statement does (translations may leave them out).
    const pageLabels: DocumentLabels[] = [];
    const primary = labelsFor(d.primaryLanguage);
    d.translations.forEach((t, i) => {
      if (i > 0) doc.addPage();
      const labels = labelsFor(t.language);
      pageLabels[doc.bufferedPageRange().count - 1] = labels;
      doc.font('Sans').fontSize(9).fillColor('#666666').text(`${labels.brand} · ${languageName(t.language)}`).fillColor('#000000').moveDown(0.3);
      doc.font('Bold').fontSize(16).text(t.title).moveDown(0.4);
      doc.font('Bold').fontSize(10.5).text(`${labels.addressees}: `, { continued: true }).font('Sans').text(addresseesIn(d, t).join('; '));
      doc.font('Bold').text(`${labels.published}: `, { continued: true }).font('Sans').text(d.date).moveDown(0.8);
      for (const block of t.body.replace(/\r\n/g, '\n').split(/\n{2,}/)) paragraph(doc, block);
    });

    doc.moveDown(0.8).font('Bold').fontSize(12).text(primary.signatories).moveDown(0.3).font('Sans').fontSize(10.5);
    for (const s of d.signatories) doc.text(signatoryLine(s)).moveDown(0.15);

    // The footer on every page carries the hash, so any page can be checked against the published text.
    const range = doc.bufferedPageRange();
    let labels = primary;
    for (let i = range.start; i < range.start + range.count; i++) {
      labels = pageLabels[i - range.start] ?? labels;
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font('Sans').fontSize(7.5).fillColor('#555555');
      doc.text(`${verificationNote(d, labels)} · ${d.date} · ${labels.page(i - range.start + 1, range.count)}`, MARGIN, doc.page.height - MARGIN, {
        width: doc.page.width - 2 * MARGIN,
        lineBreak: true,
      });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}
