import DataLoader from 'dataloader';
import { sql } from 'kysely';
import type { LoaderFactory } from '../../core/graphql/loader-registry';

/** A row of case_history(): one audit entry about a case, as the actor may see it. */
export interface CaseHistoryRow {
  case_id: string;
  /** bigint, as text. */
  seq: string;
  at: Date;
  action: string;
  organisation_id: string | null;
  actor_name: string | null;
}

/** One case's page: at most `limit` entries before `before` (a seq; null from the newest). */
export interface CaseHistoryKey {
  caseId: string;
  limit: number;
  before: number | null;
}

/**
 * Pages of Case.history, one statement per distinct (limit, before) in a tick: a list of cases asking
 * each for its first page costs one statement, not one per case. The SQL function answers nothing for a
 * case the actor may not read.
 */
export const caseHistoryPage: LoaderFactory<CaseHistoryKey, CaseHistoryRow[]> = (scope) =>
  new DataLoader<CaseHistoryKey, CaseHistoryRow[], string>(
    async (keys) => {
      const groups = new Map<string, { limit: number; before: number | null; caseIds: string[] }>();
      for (const k of keys) {
        const g = groups.get(`${k.limit}:${k.before}`) ?? { limit: k.limit, before: k.before, caseIds: [] };
        g.caseIds.push(k.caseId);
        groups.set(`${k.limit}:${k.before}`, g);
      }
      const byKey = new Map<string, CaseHistoryRow[]>();
      for (const g of groups.values()) {
        const { rows } = await sql<CaseHistoryRow>`SELECT * FROM case_history(${g.caseIds}::uuid[], ${g.before}, ${g.limit})`.execute(scope.sql);
        for (const r of rows) {
          const key = `${r.case_id}:${g.limit}:${g.before}`;
          byKey.set(key, [...(byKey.get(key) ?? []), r]);
        }
      }
      return keys.map((k) => byKey.get(`${k.caseId}:${k.limit}:${k.before}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.caseId}:${k.limit}:${k.before}` },
  );
