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

interface Pending {
  resolve: (r: OffThreadRender) => void;
  reject: (e: Error) => void;
}

/** One worker and the renders sent to it: a thread that ends fails only its own renders, never a newer thread's. */
interface RenderThread {
  worker: Worker;
  pending: Map<number, Pending>;
}

let current: RenderThread | null = null;
let idle: NodeJS.Timeout | null = null;
let nextId = 0;
/** A worker with nothing to render for this long ends: an idle thread would keep a test run (or a stopping process) alive. */
const IDLE_MS = 2_000;

/** The compiled worker beside this file; from source (tests, `-r @swc-node/register`) the .ts one, loaded the same way. */
function workerFile(): { file: string; execArgv: string[] } {
  const js = path.join(__dirname, 'briefing-render.worker.js');
  if (fs.existsSync(js)) return { file: js, execArgv: [] };
  return { file: path.join(__dirname, 'briefing-render.worker.ts'), execArgv: ['-r', '@swc-node/register'] };
}

/**
 * Ends the current thread if it has nothing to render (what the idle timer does); the next render starts a new one
 * at once, while this one is still exiting. Resolves when it has exited.
 */
export async function retireIdleRenderThread(): Promise<void> {
  const thread = current;
  if (!thread || thread.pending.size > 0) return;
  current = null;
  await thread.worker.terminate();
}

function theThread(): RenderThread {
  if (current) return current;
  const { file, execArgv } = workerFile();
  const thread: RenderThread = { worker: new Worker(file, { execArgv }), pending: new Map() };
  // It must not keep the process alive: a stopping server waits for no render it is not awaiting.
  thread.worker.unref();
  thread.worker.on('message', (reply: Reply) => {
    const p = thread.pending.get(reply.id);
    if (!p) return;
    thread.pending.delete(reply.id);
    if (thread.pending.size === 0 && current === thread) {
      idle = setTimeout(() => void retireIdleRenderThread(), IDLE_MS);
      idle.unref();
    }
    if ('error' in reply) p.reject(new Error(`briefing render failed: ${reply.error}`));
    else {
      // Buffers arrive as plain Uint8Arrays.
      const files = reply.files.map((f) => ({ ...f, bytes: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) }));
      p.resolve({ files, threadId: reply.threadId });
    }
  });
  // A crashed (or retired) worker fails what it had; the next render starts a new one.
  const lost = (error: Error) => {
    if (current === thread) current = null;
    for (const p of thread.pending.values()) p.reject(error);
    thread.pending.clear();
  };
  thread.worker.on('error', lost);
  thread.worker.on('exit', (code) => lost(new Error(`briefing render worker exited with ${code}`)));
  current = thread;
  return thread;
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
    const thread = theThread();
    thread.pending.set(id, { resolve, reject });
    thread.worker.postMessage({ id, document });
  });
}
