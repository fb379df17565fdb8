import { sql } from 'kysely';
import { CompiledShapes, compileOnce } from './compile-once';
import { SessionClient } from './session-client';
import { sessionKysely, type Sql } from './session-kysely';

describe('compileOnce', () => {
  let client: SessionClient;
  let db: Sql;

  beforeAll(async () => {
    client = new SessionClient({ connectionString: process.env.COALITION_TEST_DATABASE_URL });
    await client.connect();
    db = sessionKysely(client, { prepared: false });
  });

  afterAll(async () => {
    await client.end();
  });

  it('builds once and sends every call its own values, in the places the stand-ins took', async () => {
    let builds = 0;
    const standIns: [string[], number[]] = [[], []];
    const pairs = compileOnce(standIns, (q, words, counts) => {
      builds += 1;
      return q.selectNoFrom([sql<string>`unnest(${words}::text[])`.as('word'), sql<number>`unnest(${counts}::int[])`.as('n')]);
    });
    expect((await pairs(db, ['a', 'b'], [1, 2])).rows).toEqual([
      { word: 'a', n: 1 },
      { word: 'b', n: 2 },
    ]);
    expect((await pairs(db, ['c'], [3])).rows).toEqual([{ word: 'c', n: 3 }]);
    expect(builds).toBe(1);
  });

  it('refuses a query with a parameter that is not a stand-in (its value would be frozen into every call)', async () => {
    const standIns: [string[]] = [[]];
    const frozen = compileOnce(standIns, (q, words) => q.selectNoFrom([sql<string>`unnest(${words}::text[])`.as('word'), sql<string>`${'fixed'}::text`.as('f')]));
    await expect(frozen(db, ['a'])).rejects.toThrow('each parameter of a compile-once query must be one of its stand-ins');
  });

  it('CompiledShapes: builds each key once, sends each call its own values, keeps the key\'s constants, forgets the oldest key', async () => {
    const builds: number[] = [];
    const shapes = new CompiledShapes([{}] as const, 2);
    // The limit is the key's (text), the prefix a constant parameter of the key, the word the call's value.
    const words = (limit: number, prefix: string, word: string) =>
      shapes.compile(JSON.stringify([limit, prefix]), [word], (w) => {
        builds.push(limit);
        return [db.selectNoFrom(sql<string>`${prefix}::text || ${w}::text`.as('v')).limit(limit)];
      });
    const run = async (limit: number, prefix: string, word: string) => (await db.executeQuery(words(limit, prefix, word)[0])).rows;
    expect(await run(1, 'a-', 'x')).toEqual([{ v: 'a-x' }]);
    expect(await run(1, 'a-', 'y')).toEqual([{ v: 'a-y' }]);
    expect(await run(1, 'b-', 'y')).toEqual([{ v: 'b-y' }]);
    expect(builds).toEqual([1, 1]);
    expect(await run(2, 'a-', 'z')).toEqual([{ v: 'a-z' }]);
    // Two keys kept: [1, 'a-'], the oldest, went when [2, 'a-'] came.
    expect(await run(1, 'a-', 'w')).toEqual([{ v: 'a-w' }]);
    expect(builds).toEqual([1, 1, 2, 1]);
  });
});
