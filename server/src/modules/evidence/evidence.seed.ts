import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { AppDeps } from '../../core/config/app-deps';
import { withServiceContext } from '../../core/graphql/context';
import type { DemoDirectory } from '../../core/seed/demo-directory';
import { caseService } from '../cases';
import { sniff } from './evidence-intake';
import { evidenceService } from './evidence.service';

const OWNER = 'adc-memorial';

/** A generated photo (shapes only, no real person or place) with a camera and capture time in its EXIF. */
async function demoPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
    <rect width="800" height="600" fill="#cfd8dc"/><rect x="80" y="320" width="640" height="200" fill="#78909c"/>
    <rect x="140" y="200" width="180" height="120" fill="#b0bec5"/><rect x="460" y="160" width="220" height="160" fill="#90a4ae"/>
    <circle cx="650" cy="90" r="50" fill="#ffca28"/></svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: 'Demo Camera', Model: 'Generated', DateTime: '2013:03:05 10:15:00' } })
    .toBuffer();
}

/** A generated one-page PDF with document info (author, title) for the sanitised copy to drop. */
async function demoPdf(): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { Title: 'Complaint to the prosecutor (demo)', Author: 'Demo caseworker', Subject: 'Demo evidence' } });
    const parts: Buffer[] = [];
    doc.on('data', (b: Buffer) => parts.push(b));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
    doc.fontSize(18).text('Complaint to the prosecutor', { align: 'center' }).moveDown();
    doc.fontSize(11).text('A generated demonstration document. It names no real person and describes no real event.');
    doc.end();
  });
}

/** Two files of the demo coalition's first ADC Memorial case: a photo and a PDF, both of its own making. */
export async function seedDemoEvidence(deps: AppDeps, demo: DemoDirectory): Promise<void> {
  const caseId = Object.entries(demo.refs).find(([key]) => key.startsWith('case:ADC'))?.[1];
  const userId = demo.users[`caseworker@${OWNER}.example.org`];
  if (!caseId || !userId) return;
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'coalition-seed-'));
  try {
    const files: [string, Buffer, boolean][] = [['site-of-the-raid.jpg', await demoPhoto(), false], ['complaint-to-the-prosecutor.pdf', await demoPdf(), true]];
    for (const [fileName, bytes, containsPersonalData] of files) {
      const file = path.join(dir, fileName);
      await fs.promises.writeFile(file, bytes, { mode: 0o600 });
      const sniffed = await sniff(file);
      if (!sniffed) throw new Error(`the demo file ${fileName} was not recognised`);
      await withServiceContext(deps, userId, async (ctx) => {
        const c = await caseService.writable(ctx, caseId);
        await evidenceService.intake(ctx, { caseId, owner: c.ownerOrganisationId, facts: await caseService.facts(ctx, c) }, {
          file, size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex'), sniffed, fileName,
          eventId: null, description: 'Generated for the demo', containsPersonalData,
        });
      });
    }
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
