import { useQuery } from '@apollo/client';
import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { REFERRAL_STATISTICS_QUERY } from './referral-operations';

/** Referrals by status, by route (country to country) and the median time to acceptance; suppressed figures read "fewer than 5". */
export function ReferralStatsCard() {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const { data } = useQuery(REFERRAL_STATISTICS_QUERY);
  const stats = data?.referralStatistics;
  if (!stats) return null;
  const count = (n: number | null | undefined) => (n === null || n === undefined ? t('stats.suppressed') : String(n));
  return (
    <Card withBorder data-testid="referral-stats">
      <Stack gap="xs">
        <Title order={4}>{t('stats.title')}</Title>
        <Group gap="md">
          {stats.byStatus.map((s) => (
            <Text key={s.status} size="sm">
              {t(`status.${s.status}`)}: <b>{count(s.count)}</b>
            </Text>
          ))}
        </Group>
        {stats.medianHoursToAcceptance !== null && stats.medianHoursToAcceptance !== undefined ? (
          <Text size="sm">{t('stats.median', { hours: stats.medianHoursToAcceptance })}</Text>
        ) : null}
        {stats.byRoute.length > 0 ? (
          <Table aria-label={t('stats.byRoute')}>
            <Table.Tbody>
              {stats.byRoute.map((r) => (
                <Table.Tr key={`${r.fromCountryCode}-${r.toCountryCode}`}>
                  <Table.Td>
                    {format.country(r.fromCountryCode)} → {format.country(r.toCountryCode)}
                  </Table.Td>
                  <Table.Td>{count(r.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Card>
  );
}
