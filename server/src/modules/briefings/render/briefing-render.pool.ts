import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BriefingDocument } from '../briefing-document';
import type { RenderedFile } from './briefing-files';

type Reply = { id: number; files: RenderedFile[]; threadId: number } | { id: number; error: string };

/** Rendered files, and the thread that rendered them (not the server's: tests check it). */
export interface OffThreadRender {
  files: RenderedFile[];
  threadId: number;
}

let worker: Worker | null = null;
let idle: NodeJS.Timeout | null = null;
let nextId = 0;
/** A worker with nothing to render for this long ends: an idle thread would keep a test run (or a stopping process) alive. */
const IDLE_MS = 2_000;
const pending = new Map<number, { resolve: (r: OffThreadRender) => void; reject: (e: Error) => void }>();

/** The compiled worker beside this file; from source (tests, `-r @swc-node/register`) the .ts one, loaded the same way. */
function workerFile(): { file: string; execArgv: string[] } {
  const js = path.join(__dirname, 'briefing-render.worker.js');
  if (fs.existsSync(js)) return { file: js, execArgv: [] };
  return { file: path.join(__dirname, 'briefing-render.worker.ts'), execArgv: ['-r', '@swc-node/register'] };
}

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function theWorker(): Worker {
  if (worker) return worker;
  const { file, execArgv } = workerFile();
  const started = new Worker(file, { execArgv });
  // It must not keep the process alive: a stopping server waits for no render it is not awaiting.
  started.unref();
  started.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (pending.size === 0) {
      idle = setTimeout(() => {
        if (worker === started && pending.size === 0) {
          worker = null;
          void started.terminate();
        }
      }, IDLE_MS);
      idle.unref();
    }
    if ('error' in reply) p.reject(new Error(`briefing render failed: ${reply.error}`));
    else {
      // Buffers arrive as plain Uint8Arrays.
      const files = reply.files.map((f) => ({ ...f, bytes: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) }));
      p.resolve({ files, threadId: reply.threadId });
    }
  });
  // A crashed worker fails what it had; the next render starts a new one.
  const lost = (error: Error) => {
    if (worker === started) worker = null;
    failAll(error);
  };
  started.on('error', lost);
  started.on('exit', (code) => lost(new Error(`briefing render worker exited with ${code}`)));
  worker = started;
  return started;
}

/**
 * Renders a briefing's four files on a worker thread (one, started on first use, renders one document
 * after another), so the event loop keeps answering other requests meanwhile.
 */
export function renderBriefingFilesOffThread(document: BriefingDocument): Promise<OffThreadRender> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    if (idle) clearTimeout(idle);
    idle = null;
    pending.set(id, { resolve, reject });
    theWorker().postMessage({ id, document });
  });
}
