import { authorize, requireActor } from '../../core/auth/policy';
import { BackgroundMaintenance } from '../../core/db/background-maintenance';
import type { AppContext } from '../../core/graphql/context';
import { caseFilterJson, parseCaseFilter } from '../cases';
import type { CaseFilter } from '../cases/dto/case.input';
import { Bucket, CaseStatistics, Flow } from './case-statistics.type';
import { hasTextFilter, statisticsPolicy, statisticsScope, SUPPRESSION_THRESHOLD } from './statistics.policy';

interface RawBucket {
  key: string;
  count: number | null;
  suppressed: boolean;
}

interface RawStatistics {
  totalCases: RawBucket;
  crossBorderCases: RawBucket;
  figures: RawBucket[];
  byStatus: RawBucket[];
  byCategory: RawBucket[];
  byCountry: RawBucket[];
  byMonth: RawBucket[];
  flows: RawBucket[];
}

/**
 * Brings the rollup up to date outside the request, at most every 30 s per process, so a dashboard read
 * after a change is live once and a lookup again within about 30 s.
 */
const rollupRefresh = new BackgroundMaintenance(`SELECT case_statistics_refresh()`, 30_000, 'statistics rollup refresh');

const bucket = (b: RawBucket): Bucket => Object.assign(new Bucket(), { key: b.key, count: b.count === null ? null : Number(b.count), suppressed: b.suppressed });

export class StatisticsService {
  /** One SQL statement; counts only. See docs/STATISTICS.md for what suppression protects. */
  async caseStatistics(ctx: AppContext, filter: CaseFilter | null | undefined): Promise<CaseStatistics> {
    authorize(statisticsPolicy, ctx.actor, 'read', null);
    const actor = requireActor(ctx.actor);
    const values = parseCaseFilter(filter);
    if (hasTextFilter(values)) authorize(statisticsPolicy, actor, 'searchText', null);
    const scope = statisticsScope(actor);
    const json = caseFilterJson(values) ?? '{}';
    // Text counts only cases whose text the viewer may read, the coordinator's too: row-level security
    // decides, and the coalition function refuses text filters (migration StatisticsDisclosure).
    const asViewer = scope === 'member' || hasTextFilter(values);
    // The rollup (migration StatisticsRollup) answers the unfiltered coalition-wide question and a
    // member's own organisation in one lookup; it returns NULL when it has no answer or changes are
    // pending, and COALESCE evaluates the live aggregation only then. One statement either way.
    const live = asViewer ? `case_statistics_agg($1::jsonb, ${scope === 'member' ? 'false' : 'true'}, 0)` : `case_statistics_coalition($1::jsonb)`;
    const [row] = (await ctx.db.query(
      `SELECT coalesce(r.s, ${live}) AS s, r.s IS NULL AS live
         FROM (SELECT case_statistics_from_rollup($1::jsonb, $2) AS s OFFSET 0) r`,
      [json, asViewer ? 'member' : 'coalition'],
    )) as { s: RawStatistics; live: boolean }[];
    if (row.live) rollupRefresh.request(ctx.deps);
    return this.fromRaw(row.s, scope === 'liaison' ? SUPPRESSION_THRESHOLD : 0);
  }

  private fromRaw(raw: RawStatistics, threshold: number): CaseStatistics {
    const figures = Object.fromEntries(raw.figures.map((f) => [f.key, f]));
    const figure = (key: string) => (figures[key]?.suppressed ? 0 : Number(figures[key]?.count ?? 0));
    return Object.assign(new CaseStatistics(), {
      totalCases: raw.totalCases.suppressed ? 0 : Number(raw.totalCases.count),
      totalSuppressed: raw.totalCases.suppressed,
      crossBorderCases: raw.crossBorderCases.suppressed ? 0 : Number(raw.crossBorderCases.count),
      crossBorderSuppressed: raw.crossBorderCases.suppressed,
      byStatus: raw.byStatus.map(bucket),
      byCategory: raw.byCategory.map(bucket),
      byCountry: raw.byCountry.map(bucket),
      byMonth: raw.byMonth.map(bucket),
      flows: raw.flows.map((f) => {
        const [from, to] = f.key.split('>');
        return Object.assign(new Flow(), { fromCountryCode: from, toCountryCode: to, count: f.count === null ? null : Number(f.count), suppressed: f.suppressed });
      }),
      figures: { detained: figure('detained'), deported: figure('deported'), injured: figure('injured'), childrenAffected: figure('childrenAffected') },
      figuresSuppressed: raw.figures.filter((f) => f.suppressed).map((f) => f.key),
      suppressionThreshold: threshold,
    });
  }
}

export const statisticsService = new StatisticsService();
