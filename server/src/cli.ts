#!/usr/bin/env node
import 'reflect-metadata';
import { runCli } from './app/cli/commands';

// The operators' entry: `coalition COMMAND` (a bin of the package) or `node server/dist/cli.js COMMAND` in the image.
runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`coalition: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
