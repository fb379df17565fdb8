import { Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { LazyBucketChart, WhenVisible } from './lazy-chart';

export interface BucketRow {
  key: string;
  label: string;
  /** Null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

interface BucketCardProps {
  title: string;
  rows: BucketRow[];
  threshold: number;
  /** Keep the given order (months) instead of largest first. */
  keepOrder?: boolean;
  horizontalBars?: boolean;
}

/**
 * One breakdown: a bar chart of the counts that may be shown, the suppressed buckets listed in words
 * ("fewer than 5") because a bar would have to pretend a number, and the full table for screen readers.
 */
export function BucketCard({ title, rows, threshold, keepOrder = false, horizontalBars = false }: BucketCardProps) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const headingId = useId();
  const shown = rows.filter((r): r is BucketRow & { count: number } => !r.suppressed && r.count !== null);
  const ordered = keepOrder ? shown : [...shown].sort((a, b) => b.count - a.count);
  const suppressed = rows.filter((r) => r.suppressed);
  const fewer = t('fewerThan', { threshold });
  // The table is built when first opened, not at start: a closed <details> shows nothing (nor to screen
  // readers), and four tables of rows nobody has asked for were part of the dashboard's first long task.
  // onClick (mouse, Enter, Space) renders it in the same event, before the browser draws the opened box;
  // onToggle catches other openings (find-in-page).
  const [opened, setOpened] = useState(false);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {title}
        </Title>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('noData')}</Text>
        ) : (
          <>
            {ordered.length > 0 ? (
              <div aria-hidden="true">
                <WhenVisible minHeight={horizontalBars ? Math.max(120, ordered.length * 32 + 40) : 240}>
                  <LazyBucketChart
                    rows={ordered.map((r) => ({ label: r.label, count: r.count }))}
                    horizontalBars={horizontalBars}
                  />
                </WhenVisible>
              </div>
            ) : null}
            {suppressed.length > 0 ? (
              <Group gap={6} wrap="wrap" data-testid="suppressed-list">
                <Text size="sm" fw={500}>
                  {t('suppressedList', { fewer })}
                </Text>
                <Text size="sm">{suppressed.map((r) => r.label).join(', ')}</Text>
              </Group>
            ) : null}
            <details onToggle={(event) => event.currentTarget.open && setOpened(true)}>
              <summary onClick={() => setOpened(true)}>
                <Text span size="sm">
                  {t('showNumbers')}
                </Text>
              </summary>
              {opened ? (
                <Table striped mt="xs" aria-labelledby={headingId}>
                  <VisuallyHidden component="caption">{title}</VisuallyHidden>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('table.item')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('cases')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {(keepOrder ? rows : [...ordered, ...suppressed]).map((r) => (
                      <Table.Tr key={r.key}>
                        <Table.Td>{r.label}</Table.Td>
                        <Table.Td ta="right">{r.suppressed || r.count === null ? fewer : format.number(r.count)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : null}
            </details>
          </>
        )}
      </Stack>
    </Card>
  );
}
