import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { lazy, memo, Suspense, useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../core/format';
import type { DashboardStatisticsQuery } from '../../gql/graphql';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { BucketCard, type BucketRow } from './bucket-card';
import { filterFromParams, paramsWithFilter, toCaseFilter, type DashboardFilter } from './dashboard-filter-params';
import { FlowCard } from './flow-card';
import { ReferralStatsCard } from '../referrals/referral-stats-card';
import { PageTitle } from '../../layout/page-title';
import { MyWorkCard } from '../notifications/my-work-card';

// The filters' pickers (select, multi-select, country names) load beside the page's first query, not before it:
// they keep the dashboard's first JavaScript within its budget.
const DashboardFilters = lazy(() => import('./dashboard-filters').then((m) => ({ default: memo(m.DashboardFilters) })));

const STATISTICS_QUERY = graphql(`
  query DashboardStatistics($filter: CaseFilter) {
    caseStatistics(filter: $filter) {
      totalCases
      totalSuppressed
      crossBorderCases
      crossBorderSuppressed
      suppressionThreshold
      figures {
        detained
        deported
        injured
        childrenAffected
      }
      figuresSuppressed
      byMonth {
        key
        count
        suppressed
      }
      byCountry {
        key
        count
        suppressed
      }
      byCategory {
        key
        count
        suppressed
      }
      byStatus {
        key
        count
        suppressed
      }
      flows {
        fromCountryCode
        toCountryCode
        count
        suppressed
      }
    }
  }
`);

// The country filter offers the countries of everything the viewer may count, whatever else is filtered.
const COUNTRIES_QUERY = graphql(`
  query DashboardCountries {
    caseStatistics {
      byCountry {
        key
      }
    }
  }
`);

const FIGURES = ['detained', 'deported', 'injured', 'childrenAffected'] as const;

function Stat({ label, value, suppressed = false }: { label: string; value: string; suppressed?: boolean }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed" component="h3" m={0} fw={400}>
        {label}
      </Text>
      <Text fz={suppressed ? 18 : 28} fw={700} lh={1.6} data-testid="stat-value">
        {value}
      </Text>
    </Card>
  );
}

type Statistics = DashboardStatisticsQuery['caseStatistics'];

/**
 * The figures and charts. Memoised and fed a deferred value (DashboardPage), so when the statistics arrive
 * React builds this, the page's largest part, in slices between which the browser stays responsive, and
 * the page around it does not render it again.
 */
const DashboardStatistics = memo(function DashboardStatistics({ stats, loading }: { stats: Statistics; loading: boolean }) {
  const { t } = useTranslation(['dashboard', 'common']);
  const format = useFormat();
  const threshold = stats.suppressionThreshold;
  const fewer = t('fewerThan', { threshold });
  const count = (value: number, suppressed: boolean) => (suppressed ? fewer : format.number(value));
  const rows = (
    buckets: { key: string; count?: number | null; suppressed: boolean }[],
    label: (key: string) => string,
  ): BucketRow[] => buckets.map((b) => ({ key: b.key, label: label(b.key), count: b.count ?? null, suppressed: b.suppressed }));

  return (
    <Stack gap="md" aria-busy={loading} style={{ opacity: loading ? 0.6 : 1 }}>
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} spacing="sm">
        <Stat
          label={t('totals.cases')}
          value={count(stats.totalCases, stats.totalSuppressed)}
          suppressed={stats.totalSuppressed}
        />
        <Stat
          label={t('totals.crossBorder')}
          value={count(stats.crossBorderCases, stats.crossBorderSuppressed)}
          suppressed={stats.crossBorderSuppressed}
        />
        {FIGURES.map((name) => (
          <Stat
            key={name}
            label={t(`figures.${name}`)}
            value={stats.figuresSuppressed.includes(name) ? fewer : format.number(stats.figures[name])}
            suppressed={stats.figuresSuppressed.includes(name)}
          />
        ))}
      </SimpleGrid>
      {stats.figuresSuppressed.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t('suppression.figures', { threshold })}
        </Text>
      ) : null}
      <BucketCard
        title={t('charts.byMonth')}
        rows={rows(
          [...stats.byMonth].sort((a, b) => a.key.localeCompare(b.key)),
          (key) => format.month(key),
        )}
        threshold={threshold}
        keepOrder
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <BucketCard
          title={t('charts.byCountry')}
          rows={rows(stats.byCountry, format.country)}
          threshold={threshold}
          horizontalBars
        />
        <BucketCard
          title={t('charts.byCategory')}
          rows={rows(stats.byCategory, (key) => t(`category.${key}`))}
          threshold={threshold}
          horizontalBars
        />
        <BucketCard
          title={t('charts.byStatus')}
          rows={rows(stats.byStatus, (key) => t(`status.${key}`))}
          threshold={threshold}
          horizontalBars
        />
        <FlowCard flows={stats.flows} threshold={threshold} />
        <ReferralStatsCard />
      </SimpleGrid>
    </Stack>
  );
});

export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const variables = useMemo(() => ({ filter: toCaseFilter(filter) }), [filter]);
  const { data, previousData, loading, error, refetch } = useQuery(STATISTICS_QUERY, { variables });
  const countries = useQuery(COUNTRIES_QUERY);
  // Each change is a history entry, so the back button returns to the previous view.
  const setFilter = useCallback((next: DashboardFilter) => setParams(paramsWithFilter(params, next)), [params, setParams]);
  // The filters' props stay the same objects between answers (the statistics', the countries'), so the
  // memoised pickers are not rendered again for an answer that does not concern them.
  const countryData = countries.data?.caseStatistics.byCountry;
  const countryCodes = useMemo(() => (countryData ?? []).map((b) => b.key), [countryData]);

  const latest = (data ?? previousData)?.caseStatistics;
  const stats = useDeferredValue(latest);
  const threshold = stats?.suppressionThreshold ?? 0;

  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <MyWorkCard />
      {/* One boundary for the filters and the figures below them: the figures' place is not shown (and
          then pushed down) before the filters' pickers have loaded and taken their height. */}
      <Suspense fallback={<PageLoader />}>
        <DashboardFilters
          filter={filter}
          onChange={setFilter}
          countryCodes={countryCodes}
        />
        {threshold > 0 ? (
          <Alert color="gray" variant="light" title={t('suppression.title')}>
            {t('suppression.note', { threshold, max: threshold - 1 })}
          </Alert>
        ) : null}
        <ErrorAlert error={error} />
        {error ? (
          <Group>
            <Button variant="light" onClick={() => void refetch()}>
              {t('common:actions.retry')}
            </Button>
          </Group>
        ) : null}
        {!stats && (loading || latest) ? <PageLoader /> : null}
        {stats ? <DashboardStatistics stats={stats} loading={loading} /> : null}
      </Suspense>
    </Stack>
  );
}
