import { Alert, Button, FileInput, Group, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { MAX_IMPORT_ROWS } from '@coalition/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationName } from '../../core/organisation-name';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import { usePersistentState } from '../../core/use-persistent-state';
import type { ImportFormat } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { ImportTemplateCard } from './import-template-card';
import { detectFormat, parseImport } from './import-rows';
import { CheckedPanel, DonePanel, FailedPanel, ProgressPanel } from './import-stage-panels';
import { useImportRun } from './use-import-run';
import { PageTitle } from '../../layout/page-title';

/** The server refuses request bodies over 12 MB; stay clear of it and say why before sending. */
const MAX_BYTES = 11 * 1024 * 1024;

interface Source {
  /** Null when pasted. */
  fileName: string | null;
  text: string;
}

/** Choosing what to import; the run itself is useImportRun's, its stages are the panels'. */
export function ImportPage() {
  const { t } = useTranslation(['import', 'common']);
  const format = useFormat();
  const session = useSession();
  const organisations = session.orgsWithRole('ADMIN', 'CASEWORKER');
  const [organisationId, setOrganisationId] = usePersistentState<string | null>('import.organisation', null);
  const [source, setSource] = useState<Source>({ fileName: null, text: '' });
  const [file, setFile] = useState<File | null>(null);
  const [chosenFormat, setChosenFormat] = useState<ImportFormat | null>(null);

  const orgId =
    organisationId && organisations.some((o) => o.id === organisationId)
      ? organisationId
      : organisations.length === 1
        ? organisations[0]!.id
        : null;
  const nameOf = useOrganisationName();
  const chosen = organisations.find((o) => o.id === orgId);
  const orgName = chosen ? nameOf(chosen) : '';
  const detected = detectFormat(source.fileName, source.text);
  const importFormat: ImportFormat = chosenFormat ?? detected ?? 'CSV';
  const parsed = useMemo(() => parseImport(importFormat, source.text), [importFormat, source.text]);
  const run = useImportRun({ organisationId: orgId, format: importFormat, text: source.text, parsed });
  const { stage } = run;

  const tooManyRows = (parsed?.rows ?? 0) > MAX_IMPORT_ROWS;
  const tooLarge = useMemo(() => new Blob([source.text]).size > MAX_BYTES, [source.text]);
  const changeSource = (next: Source) => {
    setSource(next);
    setChosenFormat(null);
    run.edit();
  };

  async function chooseFile(chosen: File | null) {
    setFile(chosen);
    if (!chosen) return changeSource({ fileName: null, text: '' });
    changeSource({ fileName: chosen.name, text: await chosen.text() });
  }

  function reset() {
    setFile(null);
    changeSource({ fileName: null, text: '' });
  }

  if (organisations.length === 0) {
    return (
      <Stack>
        <PageTitle>{t('title')}</PageTitle>
        <Alert color="yellow">{t('noOrganisation')}</Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={960}>
      <PageTitle>{t('title')}</PageTitle>
      <Text>{t('intro')}</Text>
      <ImportTemplateCard />

      <Select
        label={t('organisation')}
        placeholder={t('organisationPlaceholder')}
        data={organisations.map((o) => ({ value: o.id, label: nameOf(o) }))}
        value={orgId}
        onChange={(value) => {
          setOrganisationId(value);
          run.edit();
        }}
        allowDeselect={false}
        disabled={run.locked}
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
        disabled={run.locked}
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
          disabled={run.locked}
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
            run.edit();
          }}
          disabled={run.locked}
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
        <Button onClick={run.check} disabled={!orgId || !source.text.trim() || run.locked || tooManyRows || tooLarge} loading={stage.kind === 'checking'}>
          {t('check')}
        </Button>
      </Group>
      <ErrorAlert error={run.requestError} />

      {stage.kind === 'checked' ? <CheckedPanel stage={stage} organisationName={orgName} onImport={run.start} /> : null}
      {stage.kind === 'importing' ? <ProgressPanel stage={stage} /> : null}
      {stage.kind === 'failed' ? <FailedPanel stage={stage} onRetry={run.retry} onStartOver={reset} /> : null}
      {stage.kind === 'done' ? <DonePanel stage={stage} organisationName={orgName} onAnother={reset} /> : null}
    </Stack>
  );
}
