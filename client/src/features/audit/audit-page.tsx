import { useLazyQuery, useQuery } from '@apollo/client';
import { Alert, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationName } from '../../core/organisation-name';
import { graphql } from '../../gql';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { PageTitle } from '../../layout/page-title';

const AUDIT_ORGANISATIONS = graphql(`
  query AuditOrganisations {
    organisations {
      id
      name
      names {
        language
        name
      }
    }
  }
`);

const AUDIT_LOG = graphql(`
  query AuditLog($organisationId: ID, $after: String, $first: Int) {
    auditLog(organisationId: $organisationId, after: $after, first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          seq
          at
          actor
          action
          entityType
          entityId
          hash
          organisation {
            id
            name
            names {
              language
              name
            }
          }
        }
      }
    }
  }
`);

// A query, not a mutation: it only reads. Run on demand with the network, never from the cache.
const VERIFY_AUDIT_CHAIN = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      ok
      checked
      brokenAt
    }
  }
`);

const PAGE_SIZE = 50;
const ALL = '';

export function AuditPage() {
  const orgName = useOrganisationName();
  const { t } = useTranslation('audit');
  const format = useFormat();
  const session = useSession();
  const adminOrgs = session.orgsWithRole('ADMIN');
  const orgs = useQuery(AUDIT_ORGANISATIONS, { skip: !session.isCoordinator });
  // A coordinator reads every entry; an ADMIN only the entries of the organisations they administer.
  const choices = session.isCoordinator ? (orgs.data?.organisations ?? []) : adminOrgs;
  const [picked, setPicked] = useState<string>(session.isCoordinator ? ALL : (adminOrgs[0]?.id ?? ALL));
  const organisationId = picked === ALL ? null : picked;
  const [actionFilter, setActionFilter] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const allowed = session.isCoordinator || adminOrgs.length > 0;

  const { data, loading, error, fetchMore } = useQuery(AUDIT_LOG, {
    variables: { organisationId, first: PAGE_SIZE },
    skip: !allowed,
    fetchPolicy: 'network-only',
  });

  const entries = useMemo(() => {
    const needle = actionFilter.trim().toLowerCase();
    const all = data?.auditLog.edges.map((e) => e.node) ?? [];
    return needle ? all.filter((n) => `${n.action} ${n.entityType}`.toLowerCase().includes(needle)) : all;
  }, [data, actionFilter]);

  const loadMore = async () => {
    const cursor = data?.auditLog.pageInfo.endCursor;
    if (!cursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: cursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditLog: { ...fetchMoreResult.auditLog, edges: [...previous.auditLog.edges, ...fetchMoreResult.auditLog.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  if (!allowed) {
    return (
      <Stack>
        <PageTitle>{t('title')}</PageTitle>
        <Alert color="gray" role="status">
          {t('notAllowed')}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      {session.isCoordinator ? <VerifyChain /> : null}
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('filters.organisation')}
          value={picked}
          onChange={(e) => setPicked(e.currentTarget.value)}
          data={[...(session.isCoordinator ? [{ value: ALL, label: t('filters.all') }] : []), ...choices.map((o) => ({ value: o.id, label: orgName(o) }))]}
          miw={280}
        />
        <TextInput
          type="search"
          label={t('filters.action')}
          description={t('filters.actionHint')}
          placeholder="briefing.release"
          value={actionFilter}
          onChange={(e) => setActionFilter(e.currentTarget.value)}
          miw={260}
        />
      </Group>
      <ErrorAlert error={error ?? orgs.error} />
      {loading && !data ? (
        <PageLoader />
      ) : (
        <>
          <Text size="sm">{t('shown', { shown: entries.length, total: data?.auditLog.totalCount ?? 0 })}</Text>
          <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
            <Table striped aria-label={t('title')} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>{t('columns.at')}</Table.Th>
                  <Table.Th>{t('columns.actor')}</Table.Th>
                  <Table.Th>{t('columns.action')}</Table.Th>
                  <Table.Th>{t('columns.target')}</Table.Th>
                  <Table.Th>{t('columns.organisation')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((n) => (
                  <Table.Tr key={n.seq}>
                    <Table.Td>{n.seq}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(n.at)}</Table.Td>
                    <Table.Td>{n.actor ?? t('system')}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {n.action}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{n.entityType}</Text>
                      {n.entityId ? (
                        // The full id is in the tooltip; eight characters are enough to tell entries apart at a glance.
                        <Text size="xs" c="dimmed" ff="monospace" title={n.entityId}>
                          {n.entityId.length > 12 ? `${n.entityId.slice(0, 8)}…` : n.entityId}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{(n.organisation ? orgName(n.organisation) : '—')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data?.auditLog.pageInfo.hasNextPage ? (
            <Group>
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                {t('loadMore')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}

function VerifyChain() {
  const { t } = useTranslation('audit');
  const format = useFormat();
  const [verify, { data, loading, error, called }] = useLazyQuery(VERIFY_AUDIT_CHAIN, { fetchPolicy: 'network-only' });
  const result = called && !loading ? data?.verifyAuditChain : undefined;
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="light" loading={loading} onClick={() => void verify().catch(() => null)}>
          {t('verify.run')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('verify.hint')}
        </Text>
      </Group>
      <ErrorAlert error={error} />
      {result ? (
        result.ok ? (
          <Alert color="green" title={t('verify.validTitle')} role="status" data-testid="audit-verification">
            {t('verify.valid', { checked: format.number(result.checked) })}
          </Alert>
        ) : (
          <Alert color="red" title={t('verify.brokenTitle')} role="alert" data-testid="audit-verification">
            {t('verify.broken', { seq: result.brokenAt ?? '?', checked: format.number(result.checked) })}
          </Alert>
        )
      ) : null}
    </Stack>
  );
}
