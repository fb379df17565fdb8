import { Anchor, Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import { IMPORT_COLUMNS } from '@coalition/shared';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EXAMPLE_ROW, templateCsv } from './import-rows';

/** The CSV template to download and what each of its columns means. */
export function ImportTemplateCard() {
  const { t } = useTranslation('import');
  const templateUrl = useMemo(() => URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' })), []);
  useEffect(() => () => URL.revokeObjectURL(templateUrl), [templateUrl]);
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('template.title')}
        </Title>
        <Text size="sm">{t('template.help')}</Text>
        <Anchor href={templateUrl} download="coalition-cases-template.csv" w="fit-content">
          {t('template.download')}
        </Anchor>
        <details>
          <summary>
            <Text span size="sm">
              {t('template.columns')}
            </Text>
          </summary>
          <Table mt="xs" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('template.column')}</Table.Th>
                <Table.Th scope="col">{t('template.meaning')}</Table.Th>
                <Table.Th scope="col">{t('template.example')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {IMPORT_COLUMNS.map((column) => (
                <Table.Tr key={column}>
                  <Table.Td>
                    <Code>{column}</Code>
                  </Table.Td>
                  <Table.Td>{t(`columns.${column}`)}</Table.Td>
                  <Table.Td>{EXAMPLE_ROW[column] ? <Code>{EXAMPLE_ROW[column]}</Code> : null}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </details>
      </Stack>
    </Card>
  );
}
