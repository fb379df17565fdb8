import { useQuery } from '@apollo/client';
import { isCountryCode } from '@coalition/shared';
import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useOrganisationName } from '../../core/organisation-name';
import { useFormat } from '../../core/format';
import { CountryPicker } from '../../layout/country-picker';
import { useSession } from '../../core/session';
import type { CaseCategory, CaseFilter, CaseOrder, CaseOrderField, CaseStatus } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { CaseBadges, StatusBadge } from './case-badges';
import { CASE_CATEGORIES, CASE_STATUSES } from './case-enums';
import { CASE_LIST_QUERY } from './case-operations';
import { PageTitle } from '../../layout/page-title';

const PAGE_SIZE = 25;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filter the URL describes; unknown or malformed parameters are ignored rather than sent. */
function filterFromParams(params: URLSearchParams): CaseFilter {
  const filter: CaseFilter = {};
  const search = params.get('search')?.trim();
  if (search) filter.search = search;
  const status = params.get('status');
  if (status && (CASE_STATUSES as string[]).includes(status)) filter.status = [status as CaseStatus];
  const category = params.get('category');
  if (category && (CASE_CATEGORIES as string[]).includes(category)) filter.categories = [category as CaseCategory];
  const country = params.get('country')?.trim().toUpperCase();
  if (country && isCountryCode(country)) filter.countryCode = country;
  const crossBorder = params.get('crossBorder');
  if (crossBorder === 'yes' || crossBorder === 'no') filter.crossBorder = crossBorder === 'yes';
  const { from, to } = dateRange(params);
  if (from.value) filter.occurredFrom = from.value;
  if (to.value) filter.occurredTo = to.value;
  return filter;
}

type DateProblem = 'invalidDate' | 'toBeforeFrom' | null;

/** The date range the URL asks for: a malformed date, or an end before the start, is reported and not applied. */
export function dateRange(params: URLSearchParams): { from: { value: string; problem: DateProblem }; to: { value: string; problem: DateProblem } } {
  const check = (raw: string | null) => {
    if (!raw) return { value: '', problem: null };
    const valid = DATE.test(raw) && !Number.isNaN(new Date(`${raw}T00:00:00Z`).getTime()) && new Date(`${raw}T00:00:00Z`).toISOString().startsWith(raw);
    return valid ? { value: raw, problem: null } : { value: '', problem: 'invalidDate' as const };
  };
  const from = check(params.get('from'));
  const to = check(params.get('to'));
  if (from.value && to.value && to.value < from.value) return { from, to: { value: '', problem: 'toBeforeFrom' } };
  return { from, to };
}

type SortKey = 'case' | 'owner' | 'incidentDate' | 'status';
type Sort = { key: SortKey; direction: 'ascending' | 'descending' } | null;

/** The server's column for each sortable header. */
const SORT_FIELDS: Record<SortKey, CaseOrderField> = { case: 'REFERENCE', owner: 'OWNER', incidentDate: 'INCIDENT_DATE', status: 'STATUS' };

/** The order the URL asks for (`sort=status.desc`); anything else is the default, newest first. */
export function sortFromParams(params: URLSearchParams): Sort {
  const [key, direction] = (params.get('sort') ?? '').split('.');
  if (!(key in SORT_FIELDS) || (direction !== 'asc' && direction !== 'desc')) return null;
  return { key: key as SortKey, direction: direction === 'asc' ? 'ascending' : 'descending' };
}

export function CaseListPage() {
  const orgName = useOrganisationName();
  const { t } = useTranslation('cases');
  const { t: tc } = useTranslation();
  const { t: ts } = useTranslation('search');
  const format = useFormat();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  // A person's name is personal data: kept in the page's state, never in the URL (history, logs, shared links).
  const [personName, setPersonName] = useState('');
  const [personNameInput, setPersonNameInput] = useState('');
  const filter = useMemo(() => ({ ...filterFromParams(params), ...(personName ? { personName } : {}) }), [params, personName]);
  const [search, setSearch] = useState(params.get('search') ?? '');
  const [loadingMore, setLoadingMore] = useState(false);
  const canCreate = session.orgsWithRole('ADMIN', 'CASEWORKER').length > 0;

  // The debounced effects below read the URL as it is when their timer fires, not when typing started:
  // a debounced search must not undo a filter chosen meanwhile, nor restart because another one changed.
  const latest = useRef({ params, setParams });
  latest.current = { params, setParams };
  const setParam = useCallback((key: string, value: string, replace = false) => {
    latest.current.setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace },
    );
  }, []);

  // Typing is kept in the URL once the user pauses, replacing the entry so Back leaves the list, not each keystroke.
  useEffect(() => {
    if ((latest.current.params.get('search') ?? '') === search) return;
    const timer = setTimeout(() => setParam('search', search.trim(), true), 400);
    return () => clearTimeout(timer);
  }, [search, setParam]);
  // Back and forward change the URL under the search box: follow it, but only when the search itself changed.
  const seen = useRef({ search: params.get('search') ?? '' });
  useEffect(() => {
    const now = { search: params.get('search') ?? '' };
    if (now.search !== seen.current.search) setSearch((s) => (s.trim() === now.search ? s : now.search));
    seen.current = now;
  }, [params]);

  // The server orders and pages: each next page continues the same order (its cursor holds it).
  const sort = sortFromParams(params);
  const orderBy: CaseOrder | null = sort ? { field: SORT_FIELDS[sort.key], direction: sort.direction === 'ascending' ? 'ASC' : 'DESC' } : null;
  const { data, previousData, loading, error, fetchMore } = useQuery(CASE_LIST_QUERY, { variables: { filter, first: PAGE_SIZE, orderBy } });
  // The previous answer stays on screen, dimmed, while a changed filter loads: no jump to a spinner on every keystroke.
  const connection = (data ?? previousData)?.cases;
  const stale = !data && !!previousData;

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        // The cache keeps one list per filter; the next page is appended to it.
        updateQuery: (previous, { fetchMoreResult }) => ({
          cases: {
            ...fetchMoreResult.cases,
            edges: [...previous.cases.edges, ...fetchMoreResult.cases.edges.filter((e) => !previous.cases.edges.some((p) => p.node.id === e.node.id))],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  const countryParam = params.get('country')?.trim().toUpperCase() ?? '';
  const countryCode = isCountryCode(countryParam) ? countryParam : '';
  const range = dateRange(params);
  const dateError = (problem: DateProblem) => (problem ? t(`list.${problem}`) : undefined);

  const rows = connection?.edges ?? [];
  const sortHeader = (key: SortKey, label: string) => {
    const active = sort?.key === key ? sort.direction : undefined;
    return (
      <Table.Th aria-sort={active ?? 'none'}>
        <UnstyledButton
          onClick={() => setParam('sort', `${key}.${active === 'ascending' ? 'desc' : 'asc'}`)}
          fw={700}
          fz="sm"
          data-testid={`sort-${key}`}
        >
          {label} {active === 'ascending' ? '▲' : active === 'descending' ? '▼' : '⇅'}
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <PageTitle>{t('list.title')}</PageTitle>
        {canCreate ? (
          <Button component={Link} to="/cases/new">
            {t('list.new')}
          </Button>
        ) : null}
      </Group>
      <form role="search" aria-label={t('list.filters')} onSubmit={(e) => { e.preventDefault(); setParam('search', search.trim()); setPersonName(personNameInput.trim()); }}>
        <Stack gap="xs">
          <TextInput type="search" label={t('list.search')} placeholder={t('list.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
          <SimpleGrid cols={{ base: 2, md: 6 }}>
            <NativeSelect
              label={t('fields.status')}
              value={params.get('status') ?? ''}
              onChange={(e) => setParam('status', e.currentTarget.value)}
              data={[{ value: '', label: t('list.any') }, ...CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            />
            <NativeSelect
              label={t('fields.category')}
              value={params.get('category') ?? ''}
              onChange={(e) => setParam('category', e.currentTarget.value)}
              data={[{ value: '', label: t('list.any') }, ...CASE_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))]}
            />
            <CountryPicker
              label={t('list.country')}
              placeholder={t('list.any')}
              value={countryCode}
              onChange={(code) => setParam('country', code)}
              error={countryParam && !countryCode ? t('list.unknownCountry', { code: countryParam }) : undefined}
            />
            <NativeSelect
              label={t('crossBorder')}
              value={params.get('crossBorder') ?? ''}
              onChange={(e) => setParam('crossBorder', e.currentTarget.value)}
              data={[
                { value: '', label: t('list.any') },
                { value: 'yes', label: t('list.crossBorderYes') },
                { value: 'no', label: t('list.crossBorderNo') },
              ]}
            />
            <TextInput type="date" label={t('list.from')} value={params.get('from') ?? ''} onChange={(e) => setParam('from', e.currentTarget.value)} error={dateError(range.from.problem)} />
            <TextInput type="date" label={t('list.to')} value={params.get('to') ?? ''} onChange={(e) => setParam('to', e.currentTarget.value)} error={dateError(range.to.problem)} />
          </SimpleGrid>
          <TextInput
            type="search"
            label={ts('personName')}
            description={ts('personNameHint')}
            value={personNameInput}
            onChange={(e) => setPersonNameInput(e.currentTarget.value)}
            onBlur={() => setPersonName(personNameInput.trim())}
            autoComplete="off"
            data-testid="person-name-filter"
          />
          {params.toString() !== '' || personName ? (
            <Group>
              <Button variant="subtle" size="xs" onClick={() => { setSearch(''); setPersonName(''); setPersonNameInput(''); setParams(new URLSearchParams()); }}>
                {t('list.clear')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
      <ErrorAlert error={error} />
      {loading && !data && !previousData ? <PageLoader /> : null}
      {connection ? (
        <>
          <Text aria-live="polite" aria-busy={stale} data-testid="case-total" c={stale ? 'dimmed' : undefined}>
            {t('list.total', { count: connection.totalCount, formatted: format.number(connection.totalCount) })}
          </Text>
          {connection.edges.length === 0 ? (
            <Text c="dimmed">{t('list.empty')}</Text>
          ) : (
            <>
            <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('list.title')} aria-busy={stale} style={{ opacity: stale ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  {sortHeader('case', t('list.case'))}
                  {sortHeader('owner', t('fields.owner'))}
                  {sortHeader('incidentDate', t('fields.incidentDate'))}
                  {sortHeader('status', t('fields.status'))}
                  <Table.Th>{t('list.access')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {node.reference}
                      </Text>
                      <Anchor component={Link} to={`/cases/${node.id}`}>
                        {node.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{orgName(node.ownerOrganisation)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{node.incidentDate ? format.date(node.incidentDate) : t('unknownDate')}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={node.status} />
                    </Table.Td>
                    <Table.Td>
                      <CaseBadges visibility={node.visibility} crossBorder={node.crossBorder} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            </>
          )}
          {connection.pageInfo.hasNextPage && !stale ? (
            <Group justify="center">
              <Button variant="light" loading={loadingMore} onClick={() => void loadMore()}>
                {tc('actions.loadMore')}
              </Button>
            </Group>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
