// node bench/lighthouse-trace.mjs [CLIENT_DIST]   (after `npm run build`; RUNS=3 by default, DETAIL=1 prints every run)
//
// Where the dashboard's Total Blocking Time comes from. Lighthouse's mobile profile simulates a 4x slower CPU
// from an unthrottled trace, so every main-thread task over 12.5 ms here counts, with 4 x its length - 50 ms.
// This loads the dashboard of the demo caseworker in Debian's Chromium with a Chrome trace (timeline and V8
// CPU samples) and prints each such task: its top-level parts (script evaluation, microtasks, style, layout)
// and, from the samples inside it, React's phase (a sync render, a concurrent render, a commit, passive
// effects) and the components on the stack. Names are readable with an unminified build:
// `cd client && npx vite build --minify false --outDir /tmp/dist-plain`, then pass /tmp/dist-plain.
import { chromium } from 'playwright-core';
import { CHROMIUM, sessionCookie, startProduct } from './lib/lighthouse-product.mjs';
const dist = process.argv[2];
const product = await startProduct(dist ? { clientDist: dist, logLevel: 'error', stdout: 'ignore' } : { logLevel: 'error', stdout: 'ignore' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const RUNS = Number(process.env.RUNS ?? 3);
try {
  const cookie = await sessionCookie(product.url);
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    await context.addCookies(cookie.split('; ').map((c) => { const i = c.indexOf('='); return { name: c.slice(0, i), value: c.slice(i + 1), url: product.url }; }));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', 'v8', 'disabled-by-default-v8.cpu_profiler'] }, transferMode: 'ReportEvents' });
    await page.goto(`${product.url}/dashboard?lang=en`);
    await page.waitForSelector('[data-testid="stat-value"]', { timeout: 60000 });
    // The answers' renders and their effects come after the first figures: three more seconds of trace.
    await page.waitForTimeout(3000);
    await cdp.send('Tracing.end');
    await done;
    // The renderer's main thread: the one that recorded the first contentful paint.
    const fcp = events.find((e) => e.name === 'firstContentfulPaint');
    const pid = fcp?.pid ?? events.find((e) => e.name === 'TracingStartedInBrowser')?.pid;
    const tid = fcp?.tid;
    const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    const nav = events.find((e) => e.name === 'navigationStart' && e.pid === pid);
    const t0 = nav?.ts ?? mine[0].ts;
    // V8's CPU samples (ProfileChunk events), timed on the trace's clock.
    const nodes = new Map(); const parent = new Map(); const samples = [];
    let st = null;
    for (const e of events.filter((e) => (e.name === 'Profile' || e.name === 'ProfileChunk') && e.pid === pid)) {
      if (e.name === 'Profile') { st = e.args.data.startTime; continue; }
      const d = e.args.data; const cp = d.cpuProfile ?? {};
      for (const n of cp.nodes ?? []) { nodes.set(n.id, n); if (n.parent) parent.set(n.id, n.parent); }
      const deltas = d.timeDeltas ?? [];
      (cp.samples ?? []).forEach((id, i) => { st += deltas[i]; samples.push({ id, t: st }); });
    }
    const attribute = (from, to) => {
      const comp = new Map(); const phase = new Map();
      for (const s of samples) {
        if (s.t < from || s.t > to) continue;
        let m = nodes.get(s.id); let c = null; let ph = null;
        while (m) {
          const fn = m.callFrame.functionName;
          if (!c && /^[A-Z][A-Za-z0-9]+$/.test(fn) && !/^(Promise|Object|Array)$/.test(fn)) c = fn;
          if (/^(commitRoot|commitRootImpl|flushPassiveEffects|performSyncWorkOnRoot|performWorkOnRoot|renderRootSync|renderRootConcurrent|workLoopConcurrentByScheduler|flushSyncWorkAcrossRoots_impl)$/.test(fn)) ph = fn;
          m = nodes.get(parent.get(m.id));
        }
        const leaf = nodes.get(s.id).callFrame.functionName;
        if (leaf === '(idle)' || leaf === '(program)') continue;
        comp.set(c ?? '-', (comp.get(c ?? '-') ?? 0) + 1); phase.set(ph ?? '-', (phase.get(ph ?? '-') ?? 0) + 1);
      }
      const f = (mp) => [...mp.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k}:${v}`).join(' ');
      return `{${f(phase)}} {${f(comp)}}`;
    };
    const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > 12000);
    let excess = 0;
    const lines = [];
    for (const task of tasks) {
      const end = task.ts + task.dur;
      const kids = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
      // top-level children only
      const top = []; let until = 0;
      for (const k of kids) { if (k.ts >= until) { top.push(k); until = k.ts + k.dur; } }
      const parts = top.filter((k) => k.dur > 1000).map((k) => {
        const d = k.args?.data ?? k.args?.beginData ?? {};
        const url = (d.url ?? d.stackTrace?.[0]?.url ?? '').replace(/.*\//, '');
        const fn = d.functionName ?? d.type ?? '';
        return `${k.name}${fn ? '(' + fn + ')' : ''}${url ? '[' + url + ']' : ''} ${(k.dur / 1000).toFixed(0)}`;
      });
      excess += Math.max(0, (task.dur * 4) / 1000 - 50);
      lines.push(`  @${((task.ts - t0) / 1000).toFixed(0)} ${(task.dur / 1000).toFixed(0)}ms: ${parts.join(', ')}  ${attribute(task.ts, end)}`);
    }
    console.log(`run ${run}: FCP @${fcp ? ((fcp.ts - t0) / 1000).toFixed(0) : '?'}; tasks >12ms: ${tasks.length}; 4x-excess ≈ ${excess.toFixed(0)} ms`);
    if (process.env.DETAIL || run === RUNS - 1) console.log(lines.join('\n'));
    await context.close();
  }
} finally { await browser.close(); await product.stop(); }
