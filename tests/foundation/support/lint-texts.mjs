// Lints each { file, code } read as JSON from stdin as if it were that file in the tree, with the project's
// eslint.config.mjs, and prints the rule ids each one broke. A separate process because ESLint loads its
// flat config with a dynamic import, which jest's CommonJS runtime cannot do.
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });
let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  out.push(result.messages.map((m) => m.ruleId ?? m.message));
}
process.stdout.write(JSON.stringify(out));
