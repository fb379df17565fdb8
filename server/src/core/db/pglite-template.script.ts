import { buildPgliteTemplate } from './pglite-template';

// Run by `npm run build -w server` after tsc: see pglite-template.ts.
buildPgliteTemplate().then(
  (file) => process.stdout.write(`PGlite template: ${file}\n`),
  (error: unknown) => {
    process.stderr.write(`could not build the PGlite template (the server will create its database instead): ${String(error)}\n`);
  },
);
