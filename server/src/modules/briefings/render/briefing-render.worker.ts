import { parentPort, threadId } from 'node:worker_threads';
import type { BriefingDocument } from '../briefing-document';
import { renderBriefingFiles } from './briefing-files';

/**
 * The worker thread that renders a released briefing's files (briefing-render.pool.ts): PDF layout,
 * font parsing and the XLSX zip take hundreds of milliseconds, which on the server's thread would hold
 * up every other request (and /health) meanwhile.
 */
parentPort?.on('message', (message: { id: number; document: BriefingDocument }) => {
  renderBriefingFiles(message.document).then(
    (files) => parentPort?.postMessage({ id: message.id, files, threadId }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
