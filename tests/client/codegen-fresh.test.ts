import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../../client/codegen';

// client/src/gql is committed; it must be what graphql-codegen makes from the committed server schema and
// the client's operations today. Stale output means the client was typed against another schema.
const CLIENT = path.resolve(__dirname, '../../client');
const OUTPUT = './src/gql/';

describe('generated GraphQL types', () => {
  it('client/src/gql is what graphql-codegen generates now (run `npm run codegen` when this fails)', async () => {
    expect(config.generates[OUTPUT]).toBeDefined();
    // Generated in memory (saveToFile false) with the committed config, so nothing in the tree changes.
    // generate() is typed loosely (its own FIXME); these are the fields of its FileOutput.
    const files: { filename: string; content: string }[] = await generate(
      { ...config, cwd: CLIENT, silent: true, verbose: false },
      false,
    );
    const generatedDir = path.resolve(CLIENT, OUTPUT);
    const generated = new Map(files.map((f) => [path.resolve(CLIENT, f.filename), f.content]));
    expect(generated.size).toBeGreaterThan(0);
    const committed = fs.readdirSync(generatedDir).map((f) => path.join(generatedDir, f));
    expect([...generated.keys()].sort()).toEqual(committed.sort());
    const stale = [...generated]
      .filter(([file, content]) => fs.readFileSync(file, 'utf8') !== content)
      .map(([file]) => path.relative(CLIENT, file));
    expect(stale).toEqual([]);
  });
});
