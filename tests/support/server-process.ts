import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'server/dist/main.js');

/** Builds shared, server and client once if their output is missing (CI builds before testing). */
export function ensureBuilt(): void {
  if (fs.existsSync(MAIN) && fs.existsSync(path.join(ROOT, 'client/dist/index.html'))) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code after SIGTERM (or the given signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * `node server/dist/main.js` as `npm start` runs it, with the given
 * environment (no DATABASE_URL: the embedded database in DATA_DIR).
 * Resolves once GET /health answers 200.
 */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
  /** `root`: another installation's folder (an assembled image), whose server/dist/main.js runs there. */
  options: { root?: string } = {},
): Promise<ServerProcess & { startMs: number }> {
  if (!options.root) ensureBuilt();
  const root = options.root ?? ROOT;
  const port = await freePort();
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('COALITION_') && !k.startsWith('TEST_') && k !== 'DATABASE_URL'),
  );
  const started = Date.now();
  const child = spawn(process.execPath, [options.root ? path.join(root, 'server/dist/main.js') : MAIN], {
    cwd: root,
    env: { ...clean, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`server not healthy after ${timeoutMs} ms:\n${log}`);
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    startMs: Date.now() - started,
    output: () => log,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      const code = await exited;
      // A test asserts the code; the reason is in the server's log, which it would otherwise never show.
      if (signal === 'SIGTERM' && code !== 0) console.error(`server exited with ${code} after SIGTERM:\n${log}`);
      return code;
    },
  };
}

/** A GraphQL request to a server process, with the session cookie it sets (if any). */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  const setCookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('coalition_session='));
  return { ...body, cookie: setCookie };
}
