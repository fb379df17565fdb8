import { useMutation, useQuery } from '@apollo/client';
import { Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import { ErrorAlert } from '../../layout/error-alert';
import { MY_SESSIONS, REVOKE_SESSION } from './account-operations';

/** The viewer's own live sessions; each can be ended (ending this one signs out). */
export function SessionsCard() {
  const { t } = useTranslation('account');
  const format = useFormat();
  const session = useSession();
  const { data, error } = useQuery(MY_SESSIONS, { fetchPolicy: 'cache-and-network' });
  const [revoke, revokeState] = useMutation(REVOKE_SESSION, { refetchQueries: [MY_SESSIONS] });
  const end = async (id: string, current: boolean) => {
    const result = await revoke({ variables: { id } }).catch(() => null);
    if (result?.data?.revokeSession && current) await session.refresh();
  };
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3}>{t('sessions.title')}</Title>
        <Text size="sm">{t('sessions.intro')}</Text>
        <ErrorAlert error={error ?? revokeState.error} />
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('sessions.title')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sessions.browser')}</Table.Th>
                <Table.Th>{t('sessions.started')}</Table.Th>
                <Table.Th>{t('sessions.lastSeen')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.mySessions ?? []).map((s) => (
                <Table.Tr key={s.id} data-testid="session-row">
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {s.userAgent ?? t('sessions.unknownBrowser')}
                    </Text>
                    {s.current ? (
                      <Badge size="sm" variant="light" color="green">
                        {t('sessions.current')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{format.dateTime(s.createdAt)}</Table.Td>
                  <Table.Td>{format.dateTime(s.lastSeenAt)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" color="red" variant="subtle" loading={revokeState.loading} onClick={() => void end(s.id, s.current)}>
                      {s.current ? t('sessions.endThis') : t('sessions.end')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
