#!/usr/bin/env node
// Runs the API contract's own check (../shared/contract/check.mjs beside the repository) against the
// committed server/schema.graphql. A clone without the contract beside it says so and passes: the
// schema itself is kept current by server/src/core/graphql/schema-file.test.ts.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const check = path.resolve(process.cwd(), '..', 'shared', 'contract', 'check.mjs');
if (!existsSync(check)) {
  console.warn(`contract check skipped: ${check} is not beside this clone`);
  process.exit(0);
}
const result = spawnSync(process.execPath, [check, 'server/schema.graphql'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
