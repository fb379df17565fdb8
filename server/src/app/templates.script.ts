import 'reflect-metadata';
import { loadConfig } from '../core/config/config';
import { buildPgliteTemplate } from '../core/db/pglite-template';
import { createLogger } from '../core/observability/logger';
import { buildDemoTemplate } from '../seed/demo-template';
import { bootCoalition } from './boot';

/**
 * Run by `npm run build -w server` after tsc: the schema template (core/db/pglite-template.ts), then the demo
 * template made from it (seed/demo-template.ts). Without them a server still starts, only slower: it creates
 * and seeds its database itself.
 */
async function main(): Promise<void> {
  const schema = await buildPgliteTemplate();
  process.stdout.write(`PGlite template: ${schema}\n`);
  const log = createLogger('error');
  const demo = await buildDemoTemplate((config) => bootCoalition(config, log), loadConfig);
  process.stdout.write(`demo template: ${demo}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `could not build the PGlite templates (the server will create and seed its database instead): ${String(error)}\n`,
  );
});
