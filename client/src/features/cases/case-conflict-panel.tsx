import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import type { CaseFormValues, ConflictRow, EditableField } from './case-form-values';

/** One form value as a reader expects it (translated enums, formatted dates, country names). */
export function useDisplayValue() {
  const { t } = useTranslation('cases');
  const format = useFormat();
  return (field: EditableField, value: CaseFormValues[EditableField]): string => {
    if (Array.isArray(value)) return value.length ? value.map((c) => t(`category.${c}`)).join(', ') : '—';
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    if (value === '' || value === null) return '—';
    if (field === 'status') return t(`status.${value}`);
    if (field === 'visibility') return t(`visibility.${value}`);
    if (field === 'incidentDate') return format.date(String(value));
    if (field === 'countryCode') return `${format.country(String(value).toUpperCase())} (${String(value).toUpperCase()})`;
    if (typeof value === 'number') return format.number(value);
    return String(value);
  };
}

export interface CaseConflictPanelProps {
  rows: ConflictRow[];
  serverVersion: number;
  /** Re-apply the fields the user changed on top of the server's version. */
  onKeepMine: () => void;
  /** Take the server's version and drop the user's edits. */
  onTakeTheirs: () => void;
}

/** Shown when updateCase answered CONFLICT: what changed on the server meanwhile, next to what the user typed. */
export function CaseConflictPanel({ rows, serverVersion, onKeepMine, onTakeTheirs }: CaseConflictPanelProps) {
  const { t } = useTranslation('cases');
  const display = useDisplayValue();
  return (
    <Alert color="orange" title={t('conflict.title')} role="alert" data-testid="conflict-panel">
      <Stack gap="sm">
        <Text size="sm">{t('conflict.explain', { version: serverVersion })}</Text>
        {rows.length === 0 ? (
          <Text size="sm">{t('conflict.noFieldChanges')}</Text>
        ) : (
          <Table withTableBorder aria-label={t('conflict.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('conflict.field')}</Table.Th>
                <Table.Th>{t('conflict.theirs')}</Table.Th>
                <Table.Th>{t('conflict.mine')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.field}>
                  <Table.Td>{t(`fieldNames.${row.field}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{display(row.field, row.theirs)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                    {display(row.field, row.mine)}
                    {row.mineChanged ? null : (
                      <Text size="xs" c="dimmed">
                        {t('conflict.untouched')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          <Button onClick={onKeepMine}>{t('conflict.keepMine')}</Button>
          <Button variant="default" onClick={onTakeTheirs}>
            {t('conflict.takeTheirs')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('conflict.keepMineHint')}
        </Text>
      </Stack>
    </Alert>
  );
}
