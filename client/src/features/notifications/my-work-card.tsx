import { useQuery } from '@apollo/client';
import { Anchor, Badge, Card, List, Stack, Text, Title } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../core/format';
import { ErrorAlert } from '../../layout/error-alert';
import { MY_WORK_QUERY } from './notification-operations';

interface WorkItem {
  key: string;
  to: string;
  label: ReactNode;
  overdue?: boolean;
}

/**
 * "Waiting for me" on the dashboard: what the viewer should act on, each item linking to it. Memoised (it
 * takes no props): the answers of the dashboard's own queries re-render the page, not this.
 */
export const MyWorkCard = memo(function MyWorkCard() {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const { data, error, loading } = useQuery(MY_WORK_QUERY, { fetchPolicy: 'cache-and-network' });
  const work = data?.myWork;
  const groups: { key: string; title: string; items: WorkItem[] }[] = work
    ? [
        {
          key: 'statements',
          title: t('work.statementsToSign'),
          items: work.statementsToSign.map((s) => ({ key: s.id, to: `/statements/${s.id}`, label: s.title })),
        },
        {
          key: 'briefings',
          title: t('work.briefingsToDecide'),
          items: work.briefingsToDecide.map((b) => ({ key: b.id, to: `/briefings/${b.id}`, label: b.title })),
        },
        {
          key: 'tasks',
          title: t('work.tasksDue'),
          items: work.tasksDue.map((task) => ({
            key: task.id,
            to: `/cases/${task.case.id}`,
            label: t('work.task', { title: task.title, reference: task.case.reference, due: format.dateTime(task.dueAt) }),
            overdue: Date.parse(task.dueAt) < Date.now(),
          })),
        },
        {
          key: 'shares',
          title: t('work.newShares'),
          items: work.newShares.map((c) => ({ key: c.id, to: `/cases/${c.id}`, label: c.reference })),
        },
      ].filter((g) => g.items.length > 0)
    : [];

  return (
    <Card withBorder component="section" aria-labelledby="my-work-title" data-testid="my-work">
      <Stack gap="xs">
        <Title order={2} size="h4" id="my-work-title">
          {t('work.title')}
        </Title>
        {error ? <ErrorAlert error={error} /> : null}
        {work && groups.length === 0 ? <Text c="dimmed">{t('work.none')}</Text> : null}
        {!work && loading ? <Text c="dimmed">{t('work.loading')}</Text> : null}
        {groups.map((g) => (
          <Stack gap={2} key={g.key}>
            <Title order={3} size="h6">
              {g.title}
            </Title>
            <List size="sm">
              {g.items.map((item) => (
                <List.Item key={item.key}>
                  <Anchor component={Link} to={item.to}>
                    {item.label}
                  </Anchor>
                  {item.overdue ? (
                    <Badge color="red" size="xs" ml="xs">
                      {t('tasks.overdue')}
                    </Badge>
                  ) : null}
                </List.Item>
              ))}
            </List>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
});
