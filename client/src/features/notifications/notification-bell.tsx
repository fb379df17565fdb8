import { useMutation, useQuery, useSubscription } from '@apollo/client';
import { Anchor, Badge, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../core/format';
import { onLiveReconnect } from '../../core/live-reconnect';
import { ErrorAlert } from '../../layout/error-alert';
import { MARK_NOTIFICATIONS_READ, NOTIFICATION_ADDED_SUBSCRIPTION, NOTIFICATIONS_QUERY } from './notification-operations';

/** The app bar's bell: the unread count, kept live by the subscription, and the latest notifications. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const [opened, setOpened] = useState(false);
  const { data, error, refetch } = useQuery(NOTIFICATIONS_QUERY, { variables: { first: 20 } });
  // A new notification changes the count and the list's order: asking again is simpler than merging.
  useSubscription(NOTIFICATION_ADDED_SUBSCRIPTION, { onData: () => void refetch() });
  useEffect(() => onLiveReconnect(() => void refetch()), [refetch]);
  const [markRead, markState] = useMutation(MARK_NOTIFICATIONS_READ);
  const unread = data?.notifications.unreadCount ?? 0;
  const items = data?.notifications.edges.map((e) => e.node) ?? [];

  const mark = async (ids: string[] | null) => {
    try {
      await markRead({ variables: { ids } });
    } catch {
      return;
    }
    await refetch();
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} withinPortal trapFocus shadow="md">
      <Popover.Target>
        <UnstyledButton
          onClick={() => setOpened((o) => !o)}
          aria-label={t('bell.label', { unread })}
          aria-expanded={opened}
          aria-haspopup="dialog"
          data-testid="notification-bell"
          style={{ minHeight: 44, minWidth: 44, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
        >
          <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" inline>
            <span aria-hidden="true" style={{ fontSize: 20 }}>
              🔔
            </span>
          </Indicator>
          {data ? (
            <span data-testid="notification-unread" hidden>
              {unread}
            </span>
          ) : null}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-label={t('bell.title')}>
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600}>{t('bell.title')}</Text>
            <Group gap={4} wrap="nowrap">
              <Button size="xs" variant="subtle" disabled={unread === 0} loading={markState.loading} onClick={() => void mark(null)}>
                {t('bell.markAllRead')}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setOpened(false)}>
                {t('bell.close')}
              </Button>
            </Group>
          </Group>
          {error ? <ErrorAlert error={error} /> : null}
          {markState.error ? <ErrorAlert error={markState.error} /> : null}
          {items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('bell.none')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={400}>
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="notification-list">
                {items.map((n) => (
                  <li key={n.id}>
                    <Stack gap={2}>
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        {n.readAt ? null : (
                          <Badge size="xs" color="red" variant="light">
                            {t('bell.unread')}
                          </Badge>
                        )}
                        <Anchor component={Link} to={n.link} size="sm" fw={n.readAt ? 400 : 600} onClick={() => {
                          setOpened(false);
                          if (!n.readAt) void mark([n.id]);
                        }}>
                          {n.text}
                        </Anchor>
                      </Group>
                      <Group gap="xs" justify="space-between">
                        <Text size="xs" c="dimmed" component="time" dateTime={n.createdAt}>
                          {format.dateTime(n.createdAt)}
                        </Text>
                        {n.readAt ? null : (
                          <Button size="compact-xs" variant="subtle" onClick={() => void mark([n.id])}>
                            {t('bell.markRead')}
                          </Button>
                        )}
                      </Group>
                    </Stack>
                  </li>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
          <Anchor component={Link} to="/notifications" size="sm" onClick={() => setOpened(false)}>
            {t('bell.all')}
          </Anchor>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
