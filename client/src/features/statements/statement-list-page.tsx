import { useQuery } from '@apollo/client';
import { Anchor, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import type { StatementStatus } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { STATEMENTS_QUERY } from './statement-operations';
import { StatementStatusBadge } from './statement-status-badge';
import { PageTitle } from '../../layout/page-title';

const STATUSES: StatementStatus[] = ['DRAFT', 'OPEN_FOR_SIGNATURE', 'PUBLISHED', 'WITHDRAWN'];
const PAGE = 25;

function isStatus(value: string | null): value is StatementStatus {
  return !!value && (STATUSES as string[]).includes(value);
}

export function StatementListPage() {
  const { t } = useTranslation('statements');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : null;
  const { data, loading, error, fetchMore } = useQuery(STATEMENTS_QUERY, {
    variables: { filter: status ? { status: [status] } : null, first: PAGE },
  });
  // Who may create: the ADMIN or CASEWORKER of the initiating organisation (statement.policy.ts).
  const canCreate = session.orgsWithRole('ADMIN', 'CASEWORKER').length > 0;
  const connection = data?.statements;

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        statements: {
          ...fetchMoreResult.statements,
          edges: [...previous.statements.edges, ...fetchMoreResult.statements.edges],
        },
      }),
    });

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>{t('list.title')}</PageTitle>
        {canCreate ? (
          <Button component={Link} to="/statements/new">
            {t('list.new')}
          </Button>
        ) : null}
      </Group>
      <NativeSelect
        label={t('list.filterStatus')}
        w={260}
        value={status ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setParams(value ? { status: value } : {}, { replace: true });
        }}
        data={[{ value: '', label: t('list.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
      />
      <ErrorAlert error={error} />
      {loading && !connection ? <PageLoader /> : null}
      {connection ? (
        connection.edges.length === 0 ? (
          <Text c="dimmed">{t('list.empty')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={700} type="native" tabIndex={0}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('list.count', { count: connection.totalCount })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('list.columns.title')}</Table.Th>
                    <Table.Th>{t('list.columns.status')}</Table.Th>
                    <Table.Th>{t('list.columns.initiator')}</Table.Th>
                    <Table.Th>{t('list.columns.signatures')}</Table.Th>
                    <Table.Th>{t('list.columns.date')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/statements/${node.id}`}>
                          {node.title}
                        </Anchor>
                        {node.status === 'PUBLISHED' ? (
                          <Text size="xs">
                            <Anchor component={Link} to={`/p/${node.slug}`}>
                              {t('list.publicPage')}
                            </Anchor>
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <StatementStatusBadge status={node.status} />
                      </Table.Td>
                      <Table.Td>{node.initiator.name}</Table.Td>
                      <Table.Td data-testid="signature-count">{format.number(node.signatureCount)}</Table.Td>
                      <Table.Td>
                        {node.status === 'PUBLISHED'
                          ? t('list.publishedOn', { date: format.date(node.publishedAt) })
                          : node.status === 'OPEN_FOR_SIGNATURE' && node.signatureDeadline
                            ? t('list.deadline', { date: format.date(node.signatureDeadline) })
                            : t('list.updatedOn', { date: format.date(node.updatedAt) })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {connection.pageInfo.hasNextPage ? (
              <Button variant="default" onClick={() => void loadMore()} style={{ alignSelf: 'flex-start' }}>
                {tc('actions.loadMore')}
              </Button>
            ) : null}
          </>
        )
      ) : null}
    </Stack>
  );
}
