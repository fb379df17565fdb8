import { Alert, Anchor, Button, Group, List, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorCode } from '../../core/apollo-client';
import { useFormat } from '../../core/format';
import { ErrorAlert } from '../../layout/error-alert';
import { problemText, valueNamer, type CodeNames } from './import-row-problems';
import type { ImportStage, RowError } from './use-import-run';

type StageOf<K extends ImportStage['kind']> = Extract<ImportStage, { kind: K }>;

/** The dry run's answer: the rows it refused, or the go-ahead to import. */
export function CheckedPanel({ stage, organisationName, onImport }: { stage: StageOf<'checked'>; organisationName: string; onImport: () => void }) {
  const { t } = useTranslation('import');
  if (stage.errors.length > 0) return <RowErrors errors={stage.errors} title={t('dryRun.bad', { count: stage.errors.length })} />;
  return (
    <Alert color="green" title={t('dryRun.good', { count: stage.rows })}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('dryRun.nothingYet', { organisation: organisationName })}</Text>
        <Button onClick={onImport}>{t('importButton', { count: stage.rows })}</Button>
      </Stack>
    </Alert>
  );
}

export function ProgressPanel({ stage }: { stage: StageOf<'importing'> }) {
  const { t } = useTranslation('import');
  const format = useFormat();
  return (
    <Stack gap={4}>
      <Text size="sm" id="import-progress-label">
        {t('progress', { done: format.number(stage.done), total: format.number(stage.total) })}
      </Text>
      <Progress value={stage.total ? (stage.done / stage.total) * 100 : 100} animated aria-labelledby="import-progress-label" size="lg" />
    </Stack>
  );
}

/** A batch failed: how far the import got, why, and retrying the rest or starting over. */
export function FailedPanel({ stage, onRetry, onStartOver }: { stage: StageOf<'failed'>; onRetry: () => void; onStartOver: () => void }) {
  const { t } = useTranslation('import');
  const format = useFormat();
  return (
    <Stack gap="sm">
      <Alert color="red" title={t('failed.title')} role="alert">
        {t('failed.partial', { done: format.number(stage.done), total: format.number(stage.total) })}
      </Alert>
      <ErrorAlert error={stage.error} />
      {stage.error && !errorCode(stage.error) ? <Text size="sm">{t('failed.uncertain')}</Text> : null}
      {stage.errors.length > 0 ? <RowErrors errors={stage.errors} title={t('dryRun.bad', { count: stage.errors.length })} /> : null}
      <Group>
        <Button onClick={onRetry}>{t('failed.retry')}</Button>
        <Button variant="light" onClick={onStartOver}>
          {t('failed.startOver')}
        </Button>
      </Group>
    </Stack>
  );
}

export function DonePanel({ stage, organisationName, onAnother }: { stage: StageOf<'done'>; organisationName: string; onAnother: () => void }) {
  const { t } = useTranslation('import');
  return (
    <Alert color="green" title={t('done.title', { count: stage.created, organisation: organisationName })}>
      <Stack gap="sm" align="flex-start">
        {stage.cases.length > 0 ? (
          <>
            <Text size="sm">{t('done.newest')}</Text>
            <List size="sm">
              {stage.cases.map((c) => (
                <List.Item key={c.id}>
                  <Anchor component={Link} to={`/cases/${c.id}`}>
                    {c.reference}: {c.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
        <Group>
          <Anchor component={Link} to="/cases">
            {t('done.allCases')}
          </Anchor>
          <Button variant="light" onClick={onAnother}>
            {t('done.another')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function RowErrors({ errors, title }: { errors: RowError[]; title: string }) {
  const { t } = useTranslation('import');
  const { t: tCases } = useTranslation('cases');
  const format = useFormat();
  const names: CodeNames = { value: valueNamer(tCases), country: format.country };
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t('dryRun.nothingImported')}</Text>
        {/* A fixed layout with narrow number columns: long values and messages wrap inside the box instead of widening it. */}
        <Table withTableBorder bg="var(--mantine-color-body)" aria-label={t('dryRun.tableLabel')} layout="fixed" data-testid="import-row-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="4.5rem">{t('dryRun.row')}</Table.Th>
              <Table.Th scope="col" w="4.5rem">{t('dryRun.line')}</Table.Th>
              <Table.Th scope="col">{t('dryRun.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={`${e.row}-${i}`}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{e.line ?? '—'}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {e.problems ? (
                    e.problems.length === 1 ? (
                      problemText(t, e.problems[0]!, names)
                    ) : (
                      <List size="sm" spacing={2}>
                        {e.problems.map((p, j) => (
                          <List.Item key={j}>{problemText(t, p, names)}</List.Item>
                        ))}
                      </List>
                    )
                  ) : (
                    <>
                      <Text size="xs" c="dimmed" component="span">
                        {t('dryRun.serverText')}{' '}
                      </Text>
                      <span lang="en">{e.message}</span>
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Alert>
  );
}
