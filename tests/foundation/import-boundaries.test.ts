import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The layer rules in eslint.config.mjs, shown to bite: each deliberate violation below is linted as if it
// were a file at that place in the tree (the file need not exist), beside allowed imports as controls.
const boundary = 'import-x/no-restricted-paths';
const cases: { name: string; file: string; code: string; expect: string | null }[] = [];
const use = (name: string, file: string, imported: string, from: string, expect: string | null): void => {
  cases.push({ name, file, code: `import { ${imported} } from '${from}';\nexport const x = ${imported};\n`, expect });
};

use('core imports a module', 'server/src/core/http/violation.ts', 'casesModule', '../../modules/cases', boundary);
use('core imports the seed', 'server/src/core/db/violation.ts', 'seedDemo', '../../seed/demo-seed', boundary);
use('core imports the composition root', 'server/src/core/graphql/violation.ts', 'appModules', '../../app/app-modules', boundary);
use('a module imports the composition root', 'server/src/modules/statements/violation.ts', 'appModules', '../../app/app-modules', boundary);
use("a module imports another's service file", 'server/src/modules/briefings/violation.ts', 'caseService', '../cases/case.service', boundary);
use("a module imports another's index", 'server/src/modules/briefings/allowed.ts', 'caseService', '../cases', null);
use("a module imports another's entity", 'server/src/modules/briefings/allowed.ts', 'Case', '../cases/case.entity', null);
use("a module imports another's dto", 'server/src/modules/briefings/allowed.ts', 'CaseFilter', '../cases/dto/case.input', null);
use('production code imports a test helper', 'server/src/modules/cases/violation.ts', 'startTestApp', '../../../test/support/test-app', boundary);
use('a test imports a test helper', 'server/src/modules/cases/allowed.test.ts', 'startTestApp', '../../../test/support/test-app', null);
use('the client imports server code', 'client/src/features/violation.ts', 'Case', '../../../server/src/modules/cases/case.entity', boundary);
use('shared imports server code', 'shared/src/violation.ts', 'appModules', '../../server/src/app/app-modules', boundary);
cases.push({
  name: 'a client hook is called conditionally',
  file: 'client/src/features/violation.tsx',
  code: "import { useState } from 'react';\nexport function Bad({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n",
  expect: 'react-hooks/rules-of-hooks',
});

describe('import boundaries (eslint.config.mjs)', () => {
  let results: string[][];
  beforeAll(() => {
    const runner = path.join(__dirname, 'support/lint-texts.mjs');
    const input = JSON.stringify(cases.map(({ file, code }) => ({ file, code })));
    results = JSON.parse(execFileSync(process.execPath, [runner], { input, encoding: 'utf8' })) as string[][];
  });

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const { expect: broken } = cases[i]!;
    if (broken) expect(results[i]).toContain(broken);
    else expect(results[i]).toEqual([]);
  });
});
