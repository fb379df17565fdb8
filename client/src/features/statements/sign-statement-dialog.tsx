import { useMutation } from '@apollo/client';
import { Alert, Button, Code, Group, Modal, NativeSelect, Paper, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import { signStatementInputSchema, statementContentHash } from '@coalition/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationName } from '../../core/organisation-name';
import { errorCode } from '../../core/apollo-client';
import { useSession } from '../../core/session';
import type { StatementDetailFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { useLanguageName } from './language-name';
import { SIGN_STATEMENT, STATEMENT_QUERY } from './statement-operations';
import { validationMessage } from './validation-message';

type Version = StatementDetailFragment['currentVersion'];

interface Props {
  statement: StatementDetailFragment;
  /** The version the signatory is reading: fixed when the dialog opened, so the text cannot change under them. */
  version: Version;
  onClose: () => void;
}

/**
 * Signing binds the exact text. The dialog shows every translation of the version as stored,
 * recomputes its content hash here in the browser with the shared code, and sends that hash:
 * if the server's text were different from what is displayed, the hashes would not match.
 */
export function SignStatementDialog({ statement, version, onClose }: Props) {
  const orgName = useOrganisationName();
  const { t } = useTranslation('statements');
  const { t: tc } = useTranslation();
  const session = useSession();
  const languageName = useLanguageName();
  const orgs = session.orgsWithRole('SIGNATORY', 'ADMIN');
  const [organisationId, setOrganisationId] = useState(orgs[0]?.id ?? '');
  const [signatoryName, setSignatoryName] = useState('');
  const [signatoryTitle, setSignatoryTitle] = useState('');
  const [issues, setIssues] = useState<{ code: string; message: string; path: PropertyKey[]; maximum?: unknown }[]>([]);
  const [sign, { loading, error }] = useMutation(SIGN_STATEMENT, {
    refetchQueries: [{ query: STATEMENT_QUERY, variables: { id: statement.id } }],
    awaitRefetchQueries: true,
  });

  const computed = useMemo(
    () => statementContentHash(version.translations.map((tr) => ({ language: tr.language, title: tr.title, body: tr.body }))),
    [version],
  );
  const matches = computed === version.contentHash;
  const outdated = statement.currentVersion.number !== version.number;
  const already = statement.signatures.find((s) => s.organisation.id === organisationId);
  const conflict = errorCode(error) === 'CONFLICT';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!matches || outdated) return;
    const parsed = signStatementInputSchema.safeParse({
      statementId: statement.id,
      organisationId,
      contentHash: computed,
      signatoryName,
      signatoryTitle,
    });
    if (!parsed.success) {
      setIssues(parsed.error.issues as typeof issues);
      return;
    }
    setIssues([]);
    try {
      await sign({ variables: { input: parsed.data } });
      onClose();
    } catch {
      // shown below
    }
  };
  const fieldError = (path: string) => {
    const issue = issues.find((i) => i.path.join('.') === path);
    return issue ? validationMessage(issue, t) : undefined;
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('sign.title', { n: version.number })}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('sign.intro')}</Text>
          <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
            <Stack data-testid="sign-text">
              {version.translations.map((tr) => (
                <Paper key={tr.language} withBorder p="sm" lang={tr.language.toLowerCase()}>
                  <Text size="xs" c="dimmed">
                    {languageName(tr.language)}
                  </Text>
                  <Title order={4}>{tr.title}</Title>
                  {/* The raw text, exactly as hashed and signed. */}
                  <Text component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {tr.body}
                  </Text>
                </Paper>
              ))}
            </Stack>
          </ScrollArea.Autosize>
          <Stack gap={4}>
            <Text size="sm">
              {t('sign.serverHash')} <Code data-testid="server-hash">{version.contentHash}</Code>
            </Text>
            <Text size="sm">
              {t('sign.browserHash')} <Code data-testid="browser-hash">{computed}</Code>
            </Text>
          </Stack>
          {matches ? (
            <Alert color="green" data-testid="hash-match" role="status">
              ✓ {t('sign.hashMatches')}
            </Alert>
          ) : (
            <Alert color="red" data-testid="hash-mismatch" role="alert" title={t('sign.hashMismatchTitle')}>
              {t('sign.hashMismatch')}
            </Alert>
          )}
          {outdated ? (
            <Alert color="orange" role="alert" title={t('sign.outdatedTitle')}>
              {t('sign.outdated', { n: statement.currentVersion.number })}
            </Alert>
          ) : null}
          <NativeSelect
            label={t('sign.organisation')}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
            data={orgs.map((o) => ({ value: o.id, label: orgName(o) }))}
            error={fieldError('organisationId')}
          />
          {already ? (
            <Text size="sm" c="dimmed">
              {already.current ? t('sign.replacesCurrent') : t('sign.replacesOutdated', { n: already.versionNumber })}
            </Text>
          ) : null}
          <TextInput
            label={t('sign.signatoryName')}
            description={t('sign.signatoryNameHint')}
            required
            value={signatoryName}
            onChange={(e) => setSignatoryName(e.currentTarget.value)}
            error={fieldError('signatoryName')}
          />
          <TextInput
            label={t('sign.signatoryTitle')}
            description={t('sign.signatoryTitleHint')}
            value={signatoryTitle}
            onChange={(e) => setSignatoryTitle(e.currentTarget.value)}
            error={fieldError('signatoryTitle')}
          />
          {conflict ? (
            <Alert color="orange" role="alert" title={t('sign.conflictTitle')}>
              {t('sign.conflict')}
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={!matches || outdated || !organisationId}>
              {t('sign.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
