import { useApolloClient, useMutation } from '@apollo/client';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Code,
  FileInput,
  Group,
  List,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '@coalition/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorCode } from '../../core/apollo-client';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import { usePersistentState } from '../../core/use-persistent-state';
import { graphql } from '../../gql';
import type { ImportFormat } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { batchSizeFor, detectFormat, EXAMPLE_ROW, parseImport, templateCsv, type ImportBatch } from './import-rows';

const IMPORT_CASES = graphql(`
  mutation ImportCases($organisationId: ID!, $format: ImportFormat!, $data: String!, $dryRun: Boolean) {
    importCases(organisationId: $organisationId, format: $format, data: $data, dryRun: $dryRun) {
      created
      dryRun
      errors {
        row
        message
      }
    }
  }
`);

const NEWEST_CASES = graphql(`
  query ImportNewestCases($filter: CaseFilter, $first: Int) {
    cases(filter: $filter, first: $first) {
      edges {
        node {
          id
          reference
          title
          createdAt
        }
      }
    }
  }
`);

/** The server refuses request bodies over 12 MB; stay clear of it and say why before sending. */
const MAX_BYTES = 11 * 1024 * 1024;

/** How many of the newest cases the summary links to. */
const SHOWN_CASES = 20;

interface Source {
  /** Null when pasted. */
  fileName: string | null;
  text: string;
}

interface RowError {
  row: number;
  line: number | null;
  message: string;
}

type Stage =
  | { kind: 'edit' }
  | { kind: 'checking' }
  | { kind: 'checked'; rows: number; errors: RowError[] }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'failed'; done: number; total: number; error: unknown; errors: RowError[]; remaining: ImportBatch[] }
  | { kind: 'done'; created: number; cases: { id: string; reference: string; title: string }[] };

export function ImportPage() {
  const { t } = useTranslation(['import', 'common']);
  const format = useFormat();
  const session = useSession();
  const client = useApolloClient();
  const organisations = session.orgsWithRole('ADMIN', 'CASEWORKER');
  const [organisationId, setOrganisationId] = usePersistentState<string | null>('import.organisation', null);
  const [source, setSource] = useState<Source>({ fileName: null, text: '' });
  const [file, setFile] = useState<File | null>(null);
  const [chosenFormat, setChosenFormat] = useState<ImportFormat | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'edit' });
  const [requestError, setRequestError] = useState<unknown>(null);
  const [importCases] = useMutation(IMPORT_CASES);

  const orgId =
    organisationId && organisations.some((o) => o.id === organisationId)
      ? organisationId
      : organisations.length === 1
        ? organisations[0]!.id
        : null;
  const orgName = organisations.find((o) => o.id === orgId)?.name ?? '';
  const detected = detectFormat(source.fileName, source.text);
  const importFormat: ImportFormat = chosenFormat ?? detected ?? 'CSV';
  const parsed = useMemo(() => parseImport(importFormat, source.text), [importFormat, source.text]);

  const templateUrl = useMemo(() => URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' })), []);
  useEffect(() => () => URL.revokeObjectURL(templateUrl), [templateUrl]);

  const tooManyRows = (parsed?.rows ?? 0) > MAX_IMPORT_ROWS;
  const tooLarge = useMemo(() => new Blob([source.text]).size > MAX_BYTES, [source.text]);
  const busy = stage.kind === 'checking' || stage.kind === 'importing';
  // After an import (or part of one) the same file must not be checked and imported again by accident.
  const locked = busy || stage.kind === 'done' || stage.kind === 'failed';
  const changeSource = (next: Source) => {
    setSource(next);
    setChosenFormat(null);
    setStage({ kind: 'edit' });
    setRequestError(null);
  };

  async function chooseFile(chosen: File | null) {
    setFile(chosen);
    if (!chosen) return changeSource({ fileName: null, text: '' });
    changeSource({ fileName: chosen.name, text: await chosen.text() });
  }

  const withLines = (errors: { row: number; message: string }[], offset = 0): RowError[] =>
    errors.map((e) => ({ row: e.row + offset, line: parsed?.lineOfRow(e.row + offset) ?? null, message: e.message }));

  async function check() {
    if (!orgId) return;
    setRequestError(null);
    setStage({ kind: 'checking' });
    try {
      // The whole file in one dry run: every bad row is listed, and references repeated across the file are caught.
      const { data } = await importCases({
        variables: { organisationId: orgId, format: importFormat, data: source.text, dryRun: true },
      });
      const result = data!.importCases;
      setStage({ kind: 'checked', rows: parsed?.rows ?? 0, errors: withLines(result.errors) });
    } catch (error) {
      setRequestError(error);
      setStage({ kind: 'edit' });
    }
  }

  async function runBatches(batches: ImportBatch[], doneBefore: number, total: number) {
    if (!orgId) return;
    setRequestError(null);
    let done = doneBefore;
    setStage({ kind: 'importing', done, total });
    for (const [i, batch] of batches.entries()) {
      try {
        const { data } = await importCases({
          variables: { organisationId: orgId, format: importFormat, data: batch.data, dryRun: false },
        });
        const result = data!.importCases;
        if (result.errors.length > 0) {
          setStage({
            kind: 'failed',
            done,
            total,
            error: null,
            errors: withLines(result.errors, batch.offset),
            remaining: batches.slice(i),
          });
          return;
        }
        done += result.created;
        setStage({ kind: 'importing', done, total });
      } catch (error) {
        setStage({ kind: 'failed', done, total, error, errors: [], remaining: batches.slice(i) });
        return;
      }
    }
    // Lists and statistics elsewhere in the app were read before these cases existed.
    client.cache.evict({ fieldName: 'cases' });
    client.cache.evict({ fieldName: 'caseStatistics' });
    client.cache.gc();
    let cases: { id: string; reference: string; title: string }[] = [];
    try {
      const { data } = await client.query({
        query: NEWEST_CASES,
        variables: { filter: { ownerOrganisationId: orgId }, first: Math.min(done, SHOWN_CASES) },
        fetchPolicy: 'network-only',
      });
      cases = data.cases.edges.map((e) => e.node);
    } catch {
      // The import itself succeeded; the links are a convenience.
    }
    setStage({ kind: 'done', created: done, cases });
  }

  function startImport() {
    const rows = parsed?.rows ?? 0;
    const batches = parsed ? parsed.batches(batchSizeFor(rows)) : [{ data: source.text, offset: 0, rows }];
    void runBatches(batches, 0, rows);
  }

  function reset() {
    setFile(null);
    changeSource({ fileName: null, text: '' });
  }

  if (organisations.length === 0) {
    return (
      <Stack>
        <Title order={2}>{t('title')}</Title>
        <Alert color="yellow">{t('noOrganisation')}</Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={960}>
      <Title order={2}>{t('title')}</Title>
      <Text>{t('intro')}</Text>

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

      <Select
        label={t('organisation')}
        placeholder={t('organisationPlaceholder')}
        data={organisations.map((o) => ({ value: o.id, label: o.name }))}
        value={orgId}
        onChange={(value) => {
          setOrganisationId(value);
          setStage({ kind: 'edit' });
        }}
        allowDeselect={false}
        disabled={locked}
        required
        maw={480}
      />
      <FileInput
        label={t('file')}
        description={t('fileHelp')}
        placeholder={t('filePlaceholder')}
        accept=".csv,.json,text/csv,application/json"
        value={file}
        onChange={(chosen) => void chooseFile(chosen)}
        clearable
        clearButtonProps={{ 'aria-label': t('clearFile') }}
        disabled={locked}
        maw={480}
      />
      {source.fileName ? null : (
        <Textarea
          label={t('paste')}
          description={t('pasteHelp')}
          value={source.text}
          onChange={(e) => changeSource({ fileName: null, text: e.currentTarget.value })}
          autosize
          minRows={4}
          maxRows={14}
          disabled={locked}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="import-format-label">
          {t('format')}
        </Text>
        <SegmentedControl
          aria-labelledby="import-format-label"
          w="fit-content"
          data={[
            { value: 'CSV', label: 'CSV' },
            { value: 'JSON', label: 'JSON' },
          ]}
          value={importFormat}
          onChange={(value) => {
            setChosenFormat(value as ImportFormat);
            setStage({ kind: 'edit' });
          }}
          disabled={locked}
        />
      </Stack>
      {source.text.trim() && parsed ? <Text size="sm">{t('rowsFound', { count: parsed.rows })}</Text> : null}
      {tooManyRows ? (
        <Alert color="yellow" role="alert">
          {t('tooManyRows', { max: format.number(MAX_IMPORT_ROWS) })}
        </Alert>
      ) : null}
      {tooLarge ? (
        <Alert color="yellow" role="alert">
          {t('tooLarge')}
        </Alert>
      ) : null}

      <Group>
        <Button
          onClick={() => void check()}
          disabled={!orgId || !source.text.trim() || locked || tooManyRows || tooLarge}
          loading={stage.kind === 'checking'}
        >
          {t('check')}
        </Button>
      </Group>
      <ErrorAlert error={requestError} />

      {stage.kind === 'checked' && stage.errors.length > 0 ? (
        <RowErrors errors={stage.errors} title={t('dryRun.bad', { count: stage.errors.length })} />
      ) : null}
      {stage.kind === 'checked' && stage.errors.length === 0 ? (
        <Alert color="green" title={t('dryRun.good', { count: stage.rows })}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('dryRun.nothingYet', { organisation: orgName })}</Text>
            <Button onClick={startImport}>{t('importButton', { count: stage.rows })}</Button>
          </Stack>
        </Alert>
      ) : null}

      {stage.kind === 'importing' ? (
        <Stack gap={4}>
          <Text size="sm" id="import-progress-label">
            {t('progress', { done: format.number(stage.done), total: format.number(stage.total) })}
          </Text>
          <Progress
            value={stage.total ? (stage.done / stage.total) * 100 : 100}
            animated
            aria-labelledby="import-progress-label"
            size="lg"
          />
        </Stack>
      ) : null}

      {stage.kind === 'failed' ? (
        <Stack gap="sm">
          <Alert color="red" title={t('failed.title')} role="alert">
            {t('failed.partial', { done: format.number(stage.done), total: format.number(stage.total) })}
          </Alert>
          <ErrorAlert error={stage.error} />
          {stage.error && !errorCode(stage.error) ? <Text size="sm">{t('failed.uncertain')}</Text> : null}
          {stage.errors.length > 0 ? (
            <RowErrors errors={stage.errors} title={t('dryRun.bad', { count: stage.errors.length })} />
          ) : null}
          <Group>
            <Button onClick={() => void runBatches(stage.remaining, stage.done, stage.total)}>{t('failed.retry')}</Button>
            <Button variant="light" onClick={reset}>
              {t('failed.startOver')}
            </Button>
          </Group>
        </Stack>
      ) : null}

      {stage.kind === 'done' ? (
        <Alert color="green" title={t('done.title', { count: stage.created, organisation: orgName })}>
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
              <Button variant="light" onClick={reset}>
                {t('done.another')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}

function RowErrors({ errors, title }: { errors: RowError[]; title: string }) {
  const { t } = useTranslation('import');
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t('dryRun.nothingImported')}</Text>
        <Table withTableBorder bg="var(--mantine-color-body)" aria-label={t('dryRun.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dryRun.row')}</Table.Th>
              <Table.Th scope="col">{t('dryRun.line')}</Table.Th>
              <Table.Th scope="col">{t('dryRun.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={`${e.row}-${i}`}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{e.line ?? '—'}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Alert>
  );
}
