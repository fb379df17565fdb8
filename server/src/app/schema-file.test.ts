import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from './emit-schema.script';

// Reads only files inside the repository: the API contract, kept outside it, is compared by
// `npm run check:contract`, so a clone on its own still runs this test.
const committed = path.join(__dirname, '../../schema.graphql');

describe('the served schema', () => {
  it('is the committed server/schema.graphql (run `npm run schema` after changing resolvers)', async () => {
    expect(await printAppSchema()).toBe(fs.readFileSync(committed, 'utf8'));
  });
});
