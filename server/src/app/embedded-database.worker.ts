import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../core/config/config';
import { openPglite } from '../core/db/embedded-postgres';
import type { EmbeddedWorkerMessage, EmbeddedWorkerRequest } from '../core/db/embedded-postgres-thread';
import { copyDemoTemplate } from '../seed/demo-template';
import { demoCopiedMessage } from './embedded-database';

/** The worker thread of `startEmbeddedDatabase`: the demo template's copy, then PGlite and its socket server. */
async function main(): Promise<void> {
  const port = parentPort!;
  const post = (message: EmbeddedWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  const { config } = workerData as { config: Config };
  const copied = copyDemoTemplate(config);
  if (copied) post({ type: 'log', level: 'info', fields: copied, msg: demoCopiedMessage });
  // One socket connection: the server's pool of one (PGlite is one backend session).
  const { db, server, conn } = await openPglite(config.dataDir, 1);
  port.on('message', (request: EmbeddedWorkerRequest) => {
    if (request.type === 'dump') {
      void db
        .dumpDataDir('gzip')
        .then((blob) => blob.arrayBuffer())
        .then((bytes) => post({ type: 'dump', id: request.id, bytes }, [bytes]));
    } else {
      void server
        .stop()
        .then(() => db.close())
        .then(() => post({ type: 'stopped' }));
    }
  });
  post({ type: 'ready', conn });
}

// A failure rejects here and reaches the starting thread as the worker's 'error' event.
void main().catch((error: unknown) => {
  throw error;
});
