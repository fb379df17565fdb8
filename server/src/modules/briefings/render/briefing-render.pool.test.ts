import { threadId } from 'node:worker_threads';
import { CaseCategory, CaseStatus, EventType, ExportFormat, PersonRole } from '@coalition/shared';
import type { BriefingDocument } from '../briefing-document';
import { renderBriefingFiles } from './briefing-files';
import { renderBriefingFilesOffThread, retireIdleRenderThread } from './briefing-render.pool';

/** A briefing of 40 cases with long texts: its first render loads the fonts and lays out many pages. */
const LARGE: BriefingDocument = {
  id: '00000000-0000-4000-8000-000000000002',
  title: 'Raids on migrant workers, 2013',
  audience: 'OSCE ODIHR',
  author: 'Anti-Discrimination Centre Memorial',
  date: '2013-12-31',
  approvedBy: ['Anti-Discrimination Centre Memorial'],
  statistics: null,
  cases: Array.from({ length: 40 }, (_, i) => ({
    reference: `ADC-2013-${String(i + 1).padStart(3, '0')}`,
    title: `Рейд ${i + 1} у рынка`,
    summary: 'Задержаны работники рынка; Ҷамъияти ҳуқуқи инсон. '.repeat(40),
    status: CaseStatus.OPEN,
    categories: [CaseCategory.RAID],
    incidentDate: '2013-02-08',
    location: { city: 'St. Petersburg', region: null, countryCode: 'RU' },
    countries: ['RU', 'TJ'],
    figures: { detained: 10, deported: 2, injured: 0, childrenAffected: 1 },
    ownerOrganisation: { id: 'x', name: 'Anti-Discrimination Centre Memorial' },
    persons: [{ pseudonym: 'Person A', role: PersonRole.VICTIM, minor: false, citizenship: 'TJ' }],
    events: [{ type: EventType.DEPORTATION, occurredOn: '2013-02-15', title: 'Deportation', description: 'Person A deported. '.repeat(20), authority: 'FMS' }],
  })),
  statements: [],
};

describe('briefing rendering off the event loop', () => {
  it('renders on a worker thread, not the server\'s: the layout (one synchronous run) never holds its event loop', async () => {
    // Which thread rendered, not how long this one stalled: a stall measured on a shared machine measures its load.
    const { files, threadId: renderer } = await renderBriefingFilesOffThread(LARGE);
    expect(renderer).not.toBe(threadId);
    expect(files.map((f) => f.format)).toEqual([ExportFormat.PDF, ExportFormat.CSV, ExportFormat.JSON, ExportFormat.XLSX]);

    // The same files as on this thread (CSV and JSON byte for byte; the PDF by its size's order).
    const here = await renderBriefingFiles(LARGE);
    for (const format of [ExportFormat.CSV, ExportFormat.JSON]) {
      expect(files.find((f) => f.format === format)!.sha256).toBe(here.find((f) => f.format === format)!.sha256);
    }
    expect(files[0].bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('renders while the idle thread exits: the render goes to a new thread, and the old one\'s exit fails none of it', async () => {
    const one = { ...LARGE, cases: LARGE.cases.slice(0, 1) };
    const first = await renderBriefingFilesOffThread(one);
    // What the idle timer does two seconds after a render, here at once; the next render starts before the old thread has exited.
    const retiring = retireIdleRenderThread();
    const second = renderBriefingFilesOffThread(one);
    await retiring;
    const { files, threadId: renderer } = await second;
    expect(renderer).not.toBe(first.threadId);
    expect(files.map((f) => f.format)).toEqual([ExportFormat.PDF, ExportFormat.CSV, ExportFormat.JSON, ExportFormat.XLSX]);
  });
});
