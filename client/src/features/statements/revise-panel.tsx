import { useMutation } from '@apollo/client';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { reviseStatementInputSchema } from '@coalition/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../core/apollo-client';
import { usePersistentState } from '../../core/use-persistent-state';
import type { Language, StatementDetailFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { DiffView } from './diff-view';
import { useLanguageName } from './language-name';
import { REVISE_STATEMENT, STATEMENT_QUERY } from './statement-operations';
import { TranslationsEditor, translationErrors, translationInputs, type TranslationDraft } from './translations-editor';
import { validationMessage } from './validation-message';

interface Draft {
  baseVersion: number;
  translations: TranslationDraft[];
  changeNote: string;
}

function fromVersion(version: StatementDetailFragment['currentVersion']): Draft {
  return {
    baseVersion: version.number,
    translations: version.translations.map((tr) => ({ language: tr.language, title: tr.title, body: tr.body, addressees: tr.addressees?.join('\n') ?? '' })),
    changeNote: '',
  };
}

/**
 * A new version based on the version the user started from. If someone else revised meanwhile the
 * server answers CONFLICT: the user's text stays, and they choose to rebase it on the new version
 * (after looking at the difference) or to drop it and start from the new version.
 */
export function RevisePanel({
  statement,
  onDone,
  refetch,
}: {
  statement: StatementDetailFragment;
  onDone: () => void;
  refetch: () => Promise<unknown>;
}) {
  const { t } = useTranslation('statements');
  const { t: tc } = useTranslation();
  const languageName = useLanguageName();
  const [draft, setDraft, clearDraft] = usePersistentState<Draft>(
    `statement-revise-${statement.id}`,
    fromVersion(statement.currentVersion),
  );
  const [issues, setIssues] = useState<{ code: string; message: string; path: PropertyKey[]; maximum?: unknown }[]>([]);
  const [compareLanguage, setCompareLanguage] = useState<Language | null>(null);
  const [revise, { loading, error, reset }] = useMutation(REVISE_STATEMENT, {
    refetchQueries: [{ query: STATEMENT_QUERY, variables: { id: statement.id } }],
  });
  const current = statement.currentVersion;
  const conflict = errorCode(error) === 'CONFLICT';
  // Known before submitting too: the live subscription brings new versions in.
  const stale = draft.baseVersion !== current.number;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const translations = translationInputs(draft.translations, statement.primaryLanguage);
    const parsed = reviseStatementInputSchema.safeParse({ ...draft, translations });
    if (!parsed.success) {
      setIssues(parsed.error.issues as typeof issues);
      return;
    }
    setIssues([]);
    try {
      await revise({
        variables: {
          id: statement.id,
          baseVersion: draft.baseVersion,
          translations,
          changeNote: parsed.data.changeNote,
        },
      });
      clearDraft();
      onDone();
    } catch (caught) {
      // The draft stays; on CONFLICT fetch the version that won so the user can compare.
      if (errorCode(caught) === 'CONFLICT') await refetch().catch(() => undefined);
    }
  };

  const keepMine = () => {
    setDraft((d) => ({ ...d, baseVersion: current.number }));
    reset();
  };
  const takeTheirs = () => {
    setDraft(fromVersion(current));
    reset();
  };
  const cancel = () => {
    clearDraft();
    onDone();
  };

  const languages = draft.translations.map((tr) => tr.language).filter((l) => current.translations.some((c) => c.language === l));
  const lang = compareLanguage && languages.includes(compareLanguage) ? compareLanguage : languages[0];
  const theirs = current.translations.find((tr) => tr.language === lang);
  const mine = draft.translations.find((tr) => tr.language === lang);
  const translationIssues = translationErrors(issues.map((i) => ({ ...i, message: validationMessage(i, t) })));
  const generalIssues = issues.filter((i) => i.path.join('.') === 'translations');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="revise-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Title order={3} id="revise-title">
            {t('revise.title', { n: draft.baseVersion })}
          </Title>
          {statement.status === 'OPEN_FOR_SIGNATURE' && statement.signatures.some((s) => s.current) ? (
            <Alert color="yellow">{t('revise.signaturesWarning')}</Alert>
          ) : null}
          {conflict || stale ? (
            <Alert color="orange" role="alert" title={t('revise.conflictTitle')} data-testid="revise-conflict">
              <Stack gap="xs">
                <Text size="sm">{t('revise.conflict', { base: draft.baseVersion, current: current.number })}</Text>
                {lang && theirs && mine ? (
                  <>
                    <NativeSelect
                      size="xs"
                      label={t('revise.compareLanguage')}
                      value={lang}
                      onChange={(e) => setCompareLanguage(e.currentTarget.value as Language)}
                      data={languages.map((l) => ({ value: l, label: languageName(l) }))}
                      w={220}
                    />
                    <Text size="sm" fw={600}>
                      {t('revise.compareHeading', { n: current.number })}
                    </Text>
                    <Paper p="xs" withBorder bg="white">
                      <DiffView before={`${theirs.title}\n\n${theirs.body}`} after={`${mine.title}\n\n${mine.body}`} />
                    </Paper>
                  </>
                ) : null}
                <Group>
                  <Button size="xs" onClick={keepMine}>
                    {t('revise.keepMine', { n: current.number })}
                  </Button>
                  <Button size="xs" variant="default" onClick={takeTheirs}>
                    {t('revise.takeTheirs', { n: current.number })}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : null}
          <TranslationsEditor
            value={draft.translations}
            onChange={(translations) => setDraft((d) => ({ ...d, translations }))}
            required={statement.primaryLanguage}
            errors={translationIssues}
            lockedAddressees={statement.status === 'OPEN_FOR_SIGNATURE' ? new Set(current.translations.map((tr) => tr.language)) : undefined}
          />
          {generalIssues.length > 0 ? (
            <Alert color="red" role="alert">
              {generalIssues.map((i) => validationMessage(i, t)).join(' ')}
            </Alert>
          ) : null}
          <Textarea
            label={t('revise.changeNote')}
            description={t('revise.changeNoteHint')}
            autosize
            minRows={2}
            value={draft.changeNote}
            onChange={(e) => setDraft((d) => ({ ...d, changeNote: e.currentTarget.value }))}
          />
          {!conflict ? <ErrorAlert error={error} /> : null}
          <Group>
            <Button type="submit" loading={loading} disabled={stale}>
              {t('revise.save')}
            </Button>
            <Button variant="default" onClick={cancel}>
              {tc('actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
