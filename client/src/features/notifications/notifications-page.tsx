import { useMutation, useQuery, useSubscription } from '@apollo/client';
import { Anchor, Badge, Button, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../core/format';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { PageTitle } from '../../layout/page-title';
import { MARK_NOTIFICATIONS_READ, NOTIFICATION_ADDED_SUBSCRIPTION, NOTIFICATIONS_PAGE_QUERY } from './notification-operations';

const PAGE_SIZE = 25;

/** Every notification of the viewer, newest first, page by page (the bell shows only the latest). */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, loading, fetchMore, refetch } = useQuery(NOTIFICATIONS_PAGE_QUERY, { variables: { first: PAGE_SIZE, unreadOnly } });
  // A new notification goes on top: asking again is simpler than merging it into the pages loaded.
  useSubscription(NOTIFICATION_ADDED_SUBSCRIPTION, { onData: () => void refetch() });
  const [markRead, markState] = useMutation(MARK_NOTIFICATIONS_READ);
  const connection = data?.notifications;
  const items = connection?.edges.map((e) => e.node) ?? [];

  const mark = async (ids: string[] | null) => {
    try {
      await markRead({ variables: { ids } });
    } catch {
      return;
    }
    await refetch();
  };

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          notifications: {
            ...fetchMoreResult.notifications,
            edges: [
              ...previous.notifications.edges,
              ...fetchMoreResult.notifications.edges.filter((e) => !previous.notifications.edges.some((p) => p.node.id === e.node.id)),
            ],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md" maw={820}>
      <PageTitle>{t('page.title')}</PageTitle>
      <Group justify="space-between">
        <Checkbox label={t('page.unreadOnly')} checked={unreadOnly} onChange={(e) => setUnreadOnly(e.currentTarget.checked)} />
        <Button size="xs" variant="light" disabled={(connection?.unreadCount ?? 0) === 0} loading={markState.loading} onClick={() => void mark(null)}>
          {t('bell.markAllRead')}
        </Button>
      </Group>
      <ErrorAlert error={error ?? markState.error} />
      {loading && !connection ? <PageLoader /> : null}
      {connection && items.length === 0 ? <Text c="dimmed">{t('bell.none')}</Text> : null}
      {items.length > 0 ? (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="notifications-page-list">
          {items.map((n) => (
            <Card component="li" key={n.id} withBorder padding="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Group gap="xs" wrap="nowrap">
                    {n.readAt ? null : (
                      <Badge size="xs" color="red" variant="light">
                        {t('bell.unread')}
                      </Badge>
                    )}
                    <Anchor component={Link} to={n.link} fw={n.readAt ? 400 : 600} onClick={() => (n.readAt ? undefined : void mark([n.id]))}>
                      {n.text}
                    </Anchor>
                  </Group>
                  <Text size="xs" c="dimmed" component="time" dateTime={n.createdAt}>
                    {format.dateTime(n.createdAt)}
                  </Text>
                </Stack>
                {n.readAt ? null : (
                  <Button size="compact-xs" variant="subtle" onClick={() => void mark([n.id])}>
                    {t('bell.markRead')}
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      ) : null}
      {connection?.pageInfo.hasNextPage ? (
        <Group>
          <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            {t('page.loadMore')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
