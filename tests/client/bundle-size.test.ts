import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ROOT } from '../support/server-process';

// Budgets for a phone on a slow link, in Brotli bytes as the server sends them (the build precompresses
// every asset, server/src/core/http/static-client.ts): the sign-in page's JavaScript at most 120 KiB, the
// dashboard's at most 250 KiB before any chart is on screen (the chart libraries load when one is visible).
const LOGIN_BUDGET = 120 * 1024;
const DASHBOARD_BUDGET = 250 * 1024;
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
  let assets: string;
  let entry: string[];
  let allChunks: string[];
  let localeChunk: (lang: string, ns: string) => string;

  /** A set of chunks and everything they import statically: what the browser fetches before running them. */
  function closure(files: string[]): Set<string> {
    const found = new Set<string>();
    const queue = files.map((file) => path.normalize(file));
    while (queue.length > 0) {
      const file = path.normalize(queue.pop()!);
      if (found.has(file)) continue;
      found.add(file);
      const code = fs.readFileSync(file, 'utf8');
      for (const spec of staticImports(code)) queue.push(path.resolve(path.dirname(file), spec));
    }
    return found;
  }
  const brotli = (files: Set<string>): number => [...files].reduce((sum, file) => sum + fs.statSync(`${file}.br`).size, 0);
  const chunk = (prefix: string): string => {
    const found = allChunks.find((file) => path.basename(file).startsWith(`${prefix}-`) && /-[\w-]{8}\.js$/.test(path.basename(file)));
    expect({ prefix, found: !!found }).toEqual({ prefix, found: true });
    return found!;
  };

  beforeAll(() => {
    dist = distDir();
    assets = path.join(dist, 'assets');
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(entries.length).toBeGreaterThan(0);
    entry = [...entries, ...preloads].map((url) => path.join(dist, url.replace(/^\//, '')));
    allChunks = fs
      .readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => path.join(assets, f));
    const entryCode = entry.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    localeChunk = (lang, ns) => {
      const match = new RegExp(`"\\.\\./locales/${lang}/${ns}\\.json":\\(\\)=>\\w+\\(\\(\\)=>import\\("\\./([^"]+)"\\)`).exec(entryCode);
      expect({ lang, ns, found: !!match }).toEqual({ lang, ns, found: true });
      return path.join(assets, match![1]!);
    };
  });

  it('precompresses every built script, style and page with Brotli and gzip', () => {
    const compressible = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:js|css|html)$/.test(f));
    expect(compressible.length).toBeGreaterThan(MIN_LAZY_CHUNKS);
    for (const file of compressible) {
      expect({ file, br: fs.existsSync(path.join(dist, `${file}.br`)), gz: fs.existsSync(path.join(dist, `${file}.gz`)) }).toEqual({ file, br: true, gz: true });
    }
  });

  it.each(['en', 'ru'])('loads at most 120 KiB of compressed JavaScript for the sign-in page (%s)', (lang) => {
    const files = closure([...entry, localeChunk(lang, 'common'), localeChunk(lang, 'shell')]);
    const total = brotli(files);
    if (total > LOGIN_BUDGET) console.log('sign-in JavaScript (brotli bytes):', [...files].map((f) => [path.basename(f), fs.statSync(`${f}.br`).size]));
    expect(total).toBeLessThanOrEqual(LOGIN_BUDGET);
    // No GraphQL client and no chart library before sign-in.
    for (const file of files) expect(fs.readFileSync(file, 'utf8')).not.toMatch(/recharts|ApolloClient|InMemoryCache/);
  });

  it.each(['en', 'ru'])('loads at most 250 KiB of compressed JavaScript for the dashboard before a chart is visible (%s)', (lang) => {
    const pages = ['apollo-boundary', 'app-layout', 'dashboard-page'].map(chunk);
    const locales = ['common', 'shell', 'dashboard'].map((ns) => localeChunk(lang, ns));
    const files = closure([...entry, ...pages, ...locales]);
    const total = brotli(files);
    if (total > DASHBOARD_BUDGET) console.log('dashboard JavaScript (brotli bytes):', [...files].map((f) => [path.basename(f), fs.statSync(`${f}.br`).size]));
    expect(total).toBeLessThanOrEqual(DASHBOARD_BUDGET);
    const charts = closure([chunk('bucket-chart'), chunk('flow-chart')]);
    for (const file of [chunk('bucket-chart'), chunk('flow-chart')]) expect(files.has(path.normalize(file))).toBe(false);
    expect(brotli(charts)).toBeGreaterThan(20 * 1024);
  });

  it('splits the routes into chunks that the first page does not load', () => {
    const initial = closure(entry);
    const lazy = allChunks.filter((file) => !initial.has(path.normalize(file)));
    expect(lazy.length).toBeGreaterThan(MIN_LAZY_CHUNKS);
    for (const pageName of ['dashboard-page', 'import-page', 'case-list-page', 'case-detail-page', 'app-layout', 'apollo-boundary']) {
      const found = chunk(pageName);
      expect({ pageName, initial: initial.has(path.normalize(found)) }).toEqual({ pageName, initial: false });
    }
  });
});
