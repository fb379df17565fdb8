import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { printAppSchema } from './emit-schema.script';

const committed = path.join(__dirname, '../../../schema.graphql');
const contract = path.join(__dirname, '../../../../../shared/contract/schema.graphql');

describe('the served schema', () => {
  it('is the committed server/schema.graphql (run `npm run schema` after changing resolvers)', async () => {
    expect(await printAppSchema()).toBe(fs.readFileSync(committed, 'utf8'));
  });

  it('keeps the API contract whole', async () => {
    const served = buildSchema(await printAppSchema());
    const breaks = findBreakingChanges(buildSchema(fs.readFileSync(contract, 'utf8')), served);
    expect(breaks.map((b) => `${b.type}: ${b.description}`)).toEqual([]);
  });
});
