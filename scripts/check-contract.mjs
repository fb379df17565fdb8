#!/usr/bin/env node
// Runs the API contract's own check against the committed server/schema.graphql (pass-through arguments such
// as `--part NAME` reach it). The contract is maintained outside this repository, in a folder beside the
// clone; CONTRACT_DIR points elsewhere. Without it this check fails loudly instead of passing: a missing
// contract must never look like a conforming schema. `npm run check` does not depend on it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const dir = path.resolve(process.env.CONTRACT_DIR ?? path.join(process.cwd(), '..', 'shared', 'contract'));
const check = path.join(dir, 'check.mjs');
if (!existsSync(check)) {
  console.error(`check:contract: no API contract at ${dir} (expected ${check}).`);
  console.error('Put the contract folder there or set CONTRACT_DIR; the schema was NOT checked.');
  process.exit(2);
}
const result = spawnSync(process.execPath, [check, ...process.argv.slice(2), 'server/schema.graphql'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
