import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { LazyFlowChart, WhenVisible } from './lazy-chart';

export interface FlowRow {
  fromCountryCode: string;
  toCountryCode: string;
  /** Null (or absent) when suppressed. */
  count?: number | null;
  suppressed: boolean;
}

/**
 * Deportations from the incident's country to the destination: a Sankey of the flows that may be shown
 * (sources on the left, destinations on the right, so RU→TJ and TJ→RU never make a cycle), and a table of
 * every flow where the suppressed ones read "fewer than 5" instead of being drawn.
 */
export function FlowCard({ flows, threshold }: { flows: FlowRow[]; threshold: number }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const headingId = useId();
  const { ref, width } = useElementSize();
  const fewer = t('fewerThan', { threshold });

  const drawable = flows.filter((f): f is FlowRow & { count: number } => !f.suppressed && f.count != null && f.count > 0);
  const sources = [...new Set(drawable.map((f) => f.fromCountryCode))];
  const targets = [...new Set(drawable.map((f) => f.toCountryCode))];
  const nodes = [
    ...sources.map((code) => ({ name: format.country(code), side: 'from' as const })),
    ...targets.map((code) => ({ name: format.country(code), side: 'to' as const })),
  ];
  const links = drawable.map((f) => ({
    source: sources.indexOf(f.fromCountryCode),
    target: sources.length + targets.indexOf(f.toCountryCode),
    value: f.count,
  }));
  const sorted = [...flows].sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.fromCountryCode.localeCompare(b.fromCountryCode));

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('charts.flows')}
        </Title>
        {flows.length === 0 ? (
          <Text c="dimmed">{t('flows.none')}</Text>
        ) : (
          <>
            <div ref={ref} aria-hidden="true">
              {drawable.length > 0 && width > 0 ? (
                <WhenVisible minHeight={Math.max(160, nodes.length * 40)}>
                  <LazyFlowChart width={width} nodes={nodes} links={links} />
                </WhenVisible>
              ) : null}
            </div>
            {drawable.length === 0 ? <Text size="sm">{t('flows.allSuppressed', { fewer })}</Text> : null}
            <Table striped aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('flows.from')}</Table.Th>
                  <Table.Th scope="col">{t('flows.to')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('cases')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((f) => (
                  <Table.Tr key={`${f.fromCountryCode}-${f.toCountryCode}`}>
                    <Table.Td>{format.country(f.fromCountryCode)}</Table.Td>
                    <Table.Td>{format.country(f.toCountryCode)}</Table.Td>
                    <Table.Td ta="right">{f.suppressed || f.count == null ? fewer : format.number(f.count)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Card>
  );
}
