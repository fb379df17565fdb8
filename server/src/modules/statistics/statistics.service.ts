import { sql } from 'kysely';
import { authorize, requireActor } from '../../core/auth/policy';
import { BackgroundMaintenance } from '../../core/db/background-maintenance';
import type { AppContext } from '../../core/graphql/context';
import { caseFilterSqlJson, parseCaseFilter } from '../cases';
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
/** The rollup's answer (migration StatisticsRollup), NULL when it has none or changes are pending. */
const caseStatisticsFromRollup = (filter: string, scope: 'member' | 'coalition') =>
  sql<RawStatistics | null>`case_statistics_from_rollup(${filter}::jsonb, ${scope})`;

/** Live counts over the cases the caller may read (migration StatisticsDisclosure); `coalition` counts every organisation's. */
const caseStatisticsAgg = (filter: string, coalition: boolean) =>
  sql<RawStatistics>`case_statistics_agg(${filter}::jsonb, ${sql.lit(coalition)}, 0)`;

/** Live coalition-wide counts, suppressed for the caller's coalition role; refuses text filters. */
const caseStatisticsCoalition = (filter: string) => sql<RawStatistics>`case_statistics_coalition(${filter}::jsonb)`;

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
    const json = (await caseFilterSqlJson(ctx, values)) ?? '{}';
    // Text counts only cases whose text the viewer may read, the coordinator's too: row-level security
    // decides, and the coalition function refuses text filters (migration StatisticsDisclosure).
    const asViewer = scope === 'member' || hasTextFilter(values);
    // The rollup (migration StatisticsRollup) answers the unfiltered coalition-wide question and a
    // member's own organisation in one lookup; it returns NULL when it has no answer or changes are
    // pending, and COALESCE evaluates the live aggregation only then. One statement either way.
    const live = asViewer ? caseStatisticsAgg(json, scope !== 'member') : caseStatisticsCoalition(json);
    // OFFSET 0 keeps the rollup's lookup a subquery of its own, evaluated once.
    const rollup = ctx.sql.selectNoFrom(caseStatisticsFromRollup(json, asViewer ? 'member' : 'coalition').as('s')).offset(sql.lit(0));
    const row = await ctx.sql
      .selectFrom(rollup.as('r'))
      .select((eb) => [eb.fn.coalesce('r.s', live).as('s'), eb('r.s', 'is', null).as('live')])
      .executeTakeFirstOrThrow();
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
