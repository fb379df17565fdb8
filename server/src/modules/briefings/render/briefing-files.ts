import crypto from 'node:crypto';
import { ExportFormat } from '@coalition/shared';
import type { BriefingDocument } from '../briefing-document';
import { renderBriefingPdf } from './briefing-pdf.renderer';
import { renderBriefingCsv, renderBriefingJson, renderBriefingXlsx } from './briefing-tabular.renderer';

export const FILE_TYPES: Record<ExportFormat, { mime: string; extension: string }> = {
  [ExportFormat.PDF]: { mime: 'application/pdf', extension: 'pdf' },
  [ExportFormat.CSV]: { mime: 'text/csv; charset=utf-8', extension: 'csv' },
  [ExportFormat.JSON]: { mime: 'application/json; charset=utf-8', extension: 'json' },
  [ExportFormat.XLSX]: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
};

export interface RenderedFile {
  format: ExportFormat;
  bytes: Buffer;
  sha256: string;
}

/** The four files of a released briefing, each with the sha256 of exactly the bytes that will be served. */
export async function renderBriefingFiles(d: BriefingDocument): Promise<RenderedFile[]> {
  const rendered: [ExportFormat, Buffer][] = [
    [ExportFormat.PDF, await renderBriefingPdf(d)],
    [ExportFormat.CSV, renderBriefingCsv(d)],
    [ExportFormat.JSON, renderBriefingJson(d)],
    [ExportFormat.XLSX, await renderBriefingXlsx(d)],
  ];
  return rendered.map(([format, bytes]) => ({ format, bytes, sha256: crypto.createHash('sha256').update(bytes).digest('hex') }));
}
