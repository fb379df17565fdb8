import { useQuery } from '@apollo/client';
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { useOrganisationName } from '../../core/organisation-name';
import { ErrorAlert } from '../../layout/error-alert';
import { actionLabel } from '../audit/audit-labels';
import { CASE_HISTORY_QUERY } from './case-operations';

const PAGE_SIZE = 20;

/**
 * Who changed what, when (Case.history): the audit log's entries about the case, newest first. The server
 * names a user only to their own organisation's members; anyone else reads "a member of" it.
 */
export function CaseHistoryPanel({ caseId, revision }: { caseId: string; revision: unknown }) {
  const { t } = useTranslation('cases');
  const { t: ta } = useTranslation('audit');
  const format = useFormat();
  const orgName = useOrganisationName();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, fetchMore, refetch } = useQuery(CASE_HISTORY_QUERY, { variables: { id: caseId, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  // The page read the case again (after a change it made): the change is in the history now.
  const seenRevision = useRef(revision);
  useEffect(() => {
    if (seenRevision.current === revision) return;
    seenRevision.current = revision;
    void refetch();
  }, [revision, refetch]);
  const history = data?.case?.history;
  const entries = history?.edges.map((e) => e.node) ?? [];

  const who = (entry: (typeof entries)[number]): string => {
    if (entry.actor) return entry.organisation ? t('history.actorOf', { actor: entry.actor, organisation: orgName(entry.organisation) }) : entry.actor;
    if (entry.organisation) return t('history.memberOf', { organisation: orgName(entry.organisation) });
    return t('history.anotherOrganisation');
  };

  const loadMore = async () => {
    const after = history?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          if (!previous.case || !fetchMoreResult.case) return previous;
          const more = fetchMoreResult.case.history;
          return { case: { ...previous.case, history: { ...more, edges: [...previous.case.history.edges, ...more.edges] } } };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="case-history-title" data-testid="case-history">
      <Title order={3} id="case-history-title">
        {t('history.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('history.intro')}
      </Text>
      {error ? <ErrorAlert error={error} /> : null}
      {history && entries.length === 0 ? <Text c="dimmed">{t('history.none')}</Text> : null}
      {entries.length > 0 ? (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.at')}</Table.Th>
              <Table.Th>{t('history.action')}</Table.Th>
              <Table.Th>{t('history.who')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry, i) => (
              <Table.Tr key={history?.edges[i]?.cursor ?? i}>
                <Table.Td>
                  <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                </Table.Td>
                <Table.Td>{actionLabel(ta, entry.action)}</Table.Td>
                <Table.Td>{who(entry)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {history?.pageInfo.hasNextPage ? (
        <Button variant="light" onClick={() => void loadMore()} loading={loadingMore} style={{ alignSelf: 'flex-start' }}>
          {t('history.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
