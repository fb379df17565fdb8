import { useQuery } from '@apollo/client';
import { Anchor, Badge, Box, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { SEARCH_QUERY } from './search-operations';
import { SearchField } from './search-box';
import { SearchSnippet } from './search-snippet';

type Kind = 'Case' | 'Statement' | 'Briefing';
const KINDS: Kind[] = ['Case', 'Statement', 'Briefing'];
const PATHS: Record<Kind, string> = { Case: '/cases', Statement: '/statements', Briefing: '/briefings' };

/** The results of the app bar's search, grouped by kind, each with its snippet of readable text. */
export function SearchPage() {
  const { t } = useTranslation(['search', 'statements', 'briefings']);
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const { data, loading, error } = useQuery(SEARCH_QUERY, { variables: { query, first: 50 }, skip: !query });

  // On a phone the app bar shows a button to this page instead of the field: the page carries its own.
  const field = (
    <Box hiddenFrom="sm">
      <SearchField key={query} initial={query} testId="search-page-field" />
    </Box>
  );
  if (!query)
    return (
      <Stack>
        {field}
        <Text>{t('empty')}</Text>
      </Stack>
    );
  if (loading && !data) return <PageLoader />;
  if (error) return <ErrorAlert error={error} />;
  const hits = data?.search.hits ?? [];

  return (
    <Stack>
      {field}
      <Title order={2}>{t('title', { query })}</Title>
      <Text size="sm" c="dimmed" data-testid="search-total">
        {t('total', { count: data?.search.totalCount ?? 0 })}
      </Text>
      {hits.length === 0 && <Text>{t('none')}</Text>}
      {KINDS.map((kind) => {
        const group = hits.filter((h) => h.node.__typename === kind);
        if (group.length === 0) return null;
        return (
          <Stack key={kind} gap="xs" data-testid={`search-group-${kind}`}>
            <Title order={3}>{t(`kinds.${kind}`)}</Title>
            {group.map((hit) => {
              const node = hit.node;
              return (
                <Stack key={node.id} gap={2}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`${PATHS[kind]}/${node.id}`}>
                      {node.title}
                    </Anchor>
                    {node.__typename === 'Case' && <Badge variant="light">{node.reference}</Badge>}
                    {node.__typename === 'Statement' && <Badge variant="outline">{t(`statements:status.${node.statementStatus}`)}</Badge>}
                    {node.__typename === 'Briefing' && <Badge variant="outline">{t(`briefings:status.${node.briefingStatus}`)}</Badge>}
                  </Group>
                  {hit.snippet && <SearchSnippet text={hit.snippet} />}
                </Stack>
              );
            })}
          </Stack>
        );
      })}
    </Stack>
  );
}
