import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ensureBuilt, ROOT } from '../support/server-process';

// The first page a member opens (sign-in, then the shell) must stay light on slow connections in the field:
// at most 350 KiB of gzipped JavaScript, and every other page loaded on demand.
const BUDGET = 350 * 1024;
/** The lazily loaded pages declared in client/src/app.tsx, far more than this. */
const MIN_LAZY_CHUNKS = 10;

function distDir(): string {
  if (process.env.CLIENT_DIST) return path.resolve(process.env.CLIENT_DIST);
  ensureBuilt();
  return path.join(ROOT, 'client/dist');
}

/** Static `import ... from "x"` / `import "x"` / `export ... from "x"` of a built ES module; not `import("x")`. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) found.push(match[1]!);
  return found;
}

describe('built client bundle', () => {
  let dist: string;
  let initial: Set<string>;
  let allChunks: string[];

  beforeAll(() => {
    dist = distDir();
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(entries.length).toBeGreaterThan(0);
    // Follow static imports from the entry: the browser fetches all of them before the first render.
    initial = new Set<string>();
    const queue = [...entries, ...preloads].map((url) => path.join(dist, url.replace(/^\//, '')));
    while (queue.length > 0) {
      const file = path.normalize(queue.pop()!);
      if (initial.has(file)) continue;
      initial.add(file);
      const code = fs.readFileSync(file, 'utf8');
      for (const spec of staticImports(code)) queue.push(path.resolve(path.dirname(file), spec));
    }
    const assets = path.join(dist, 'assets');
    allChunks = fs
      .readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => path.join(assets, f));
  });

  it('loads at most 350 KiB of gzipped JavaScript on the first page', () => {
    const sizes = [...initial].map((file) => ({
      file: path.basename(file),
      gzip: zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length,
    }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    if (total > BUDGET) console.log('initial JavaScript (gzip bytes):', sizes);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  it('splits the routes into chunks that the first page does not load', () => {
    const lazy = allChunks.filter((file) => !initial.has(path.normalize(file)));
    expect(lazy.length).toBeGreaterThan(MIN_LAZY_CHUNKS);
    // The heavy pages in particular (charts, import parsing) come only when visited.
    for (const pageName of ['dashboard-page', 'import-page', 'case-list-page', 'case-detail-page']) {
      const chunk = allChunks.find((file) => path.basename(file).startsWith(`${pageName}-`));
      expect({ pageName, found: !!chunk }).toEqual({ pageName, found: true });
      expect({ pageName, initial: initial.has(path.normalize(chunk!)) }).toEqual({ pageName, initial: false });
    }
  });
});
