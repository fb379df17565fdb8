import { dbQueriesTotal } from '../../src/core/observability/metrics';

/**
 * What `work` returned and the SQL statements this process sent while it ran (the server of startTestApp runs in
 * the test's process): how tests show a cost is constant, or batched, without a clock.
 */
export async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const before = (await dbQueriesTotal.get()).values[0]?.value ?? 0;
  const result = await work();
  return { result, statements: (await dbQueriesTotal.get()).values[0].value - before };
}
