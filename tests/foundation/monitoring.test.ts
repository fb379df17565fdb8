import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp } from '../../server/test/support/test-app';

const ROOT = path.resolve(__dirname, '../..');
const PROMETHEUS = path.join(ROOT, 'deploy/prometheus');
const hasPromtool = spawnSync('promtool', ['--version'], { stdio: 'ignore' }).status === 0;
const promtoolIt = hasPromtool ? it : it.skip;

function promtool(args: string[], cwd: string): { status: number | null; out: string } {
  const result = spawnSync('promtool', args, { cwd, encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

interface Panel {
  title: string;
  targets: { expr: string }[];
}

/** Metric names an expression reads (PromQL functions, keywords and label names left out). */
function metricNames(expr: string): string[] {
  const withoutLabels = expr.replace(/\{[^}]*\}/g, '').replace(/\[[^\]]*\]/g, '');
  const words = withoutLabels.match(/[a-z_][a-z0-9_]*/g) ?? [];
  const promql = new Set(['sum', 'by', 'rate', 'increase', 'histogram_quantile', 'time', 'le', 'route', 'and', 'or', 'without']);
  return words.filter((w) => !promql.has(w) && w.includes('_'));
}

describe('monitoring an administrator can use', () => {
  promtoolIt('the alert rules are valid and fire when they should (promtool check and test rules)', () => {
    const check = promtool(['check', 'rules', 'alerts.yml'], PROMETHEUS);
    expect(check.out).toContain('SUCCESS');
    expect(check.status).toBe(0);
    const test = promtool(['test', 'rules', 'alerts.test.yml'], PROMETHEUS);
    expect(test.out).toContain('SUCCESS');
    expect(test.status).toBe(0);

    // The scrape configuration, with the token file the operator adds beside it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-prometheus-'));
    try {
      for (const file of ['prometheus.yml', 'alerts.yml']) fs.copyFileSync(path.join(PROMETHEUS, file), path.join(dir, file));
      fs.writeFileSync(path.join(dir, 'metrics-token'), 'a-token-of-at-least-16-characters\n');
      const config = promtool(['check', 'config', 'prometheus.yml'], dir);
      expect(config.out).toContain('is valid prometheus config file syntax');
      expect(config.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every metric the Grafana dashboard and the alerts read is one the server exposes', async () => {
    const dashboard = JSON.parse(fs.readFileSync(path.join(ROOT, 'deploy/grafana/coalition-dashboard.json'), 'utf8')) as { panels: Panel[] };
    const alerts = fs.readFileSync(path.join(PROMETHEUS, 'alerts.yml'), 'utf8');
    const alertExprs = [...alerts.matchAll(/expr: (\|\n(?:\s{10}.*\n)+|.*)/g)].map((m) => m[1]);
    const read = new Set([...dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)), ...alertExprs].flatMap(metricNames));
    // Scraped from other exporters, not from Coalition.
    for (const outside of ['node_filesystem_avail_bytes', 'node_filesystem_size_bytes']) read.delete(outside);

    const app = await startTestApp();
    try {
      await fetch(`${app.url}/health`);
      const exposition = await (await fetch(`${app.url}/metrics`)).text();
      const exposed = new Set([...exposition.matchAll(/^# TYPE (\S+) (\S+)/gm)].flatMap(([, name, type]) => (type === 'histogram' ? [`${name}_bucket`, `${name}_count`, `${name}_sum`] : [name])));
      exposed.add('up');
      expect([...read].filter((name) => !exposed.has(name))).toEqual([]);
      expect(read.has('coalition_backup_last_success_timestamp_seconds')).toBe(true);
      // An erasure whose vault rewrite failed leaves erased persons readable from older backups: alerted on.
      expect(read.has('coalition_key_vault_failures_total')).toBe(true);
    } finally {
      await app.close();
    }
  });
});
