import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Group, MultiSelect, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { createStatementInputSchema } from '@coalition/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOrganisationName } from '../../core/organisation-name';
import { useSession } from '../../core/session';
import { usePersistentState } from '../../core/use-persistent-state';
import type { Language } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { useLanguageName } from './language-name';
import { CITABLE_CASES_QUERY, CREATE_STATEMENT } from './statement-operations';
import { TranslationsEditor, translationErrors, translationInputs, type TranslationDraft } from './translations-editor';
import { validationMessage } from './validation-message';
import { PageTitle } from '../../layout/page-title';

interface Draft {
  initiatorOrganisationId: string;
  primaryLanguage: Language;
  addressees: string;
  translations: TranslationDraft[];
  caseIds: string[];
}

const EMPTY: Draft = {
  initiatorOrganisationId: '',
  primaryLanguage: 'EN',
  addressees: '',
  translations: [{ language: 'EN', title: '', body: '' }],
  caseIds: [],
};

export function StatementNewPage() {
  const orgName = useOrganisationName();
  const { t } = useTranslation('statements');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const languageName = useLanguageName();
  const orgs = session.orgsWithRole('ADMIN', 'CASEWORKER');
  const [draft, setDraft, clearDraft] = usePersistentState<Draft>('statement-new', EMPTY);
  const [issues, setIssues] = useState<{ code: string; message: string; path: PropertyKey[]; maximum?: unknown }[]>([]);
  const cases = useQuery(CITABLE_CASES_QUERY, { variables: { search: null } });
  const [create, { loading, error }] = useMutation(CREATE_STATEMENT);

  const initiator = orgs.some((o) => o.id === draft.initiatorOrganisationId)
    ? draft.initiatorOrganisationId
    : (orgs[0]?.id ?? '');
  const primary = draft.translations.some((tr) => tr.language === draft.primaryLanguage)
    ? draft.primaryLanguage
    : draft.translations[0]!.language;
  const patch = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }));

  const caseOptions = useMemo(
    () => (cases.data?.cases.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.reference} · ${node.title}` })),
    [cases.data],
  );

  if (orgs.length === 0) {
    return <Alert color="yellow">{t('new.notAllowed')}</Alert>;
  }

  const fieldError = (path: string) => {
    const issue = issues.find((i) => i.path.join('.') === path);
    return issue ? validationMessage(issue, t) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      initiatorOrganisationId: initiator,
      primaryLanguage: primary,
      addressees: draft.addressees
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
      translations: translationInputs(draft.translations, primary),
      caseIds: draft.caseIds,
    };
    const parsed = createStatementInputSchema.safeParse(input);
    if (!parsed.success) {
      setIssues(parsed.error.issues as typeof issues);
      return;
    }
    setIssues([]);
    try {
      const result = await create({
        variables: { input: { ...parsed.data, primaryLanguage: primary, translations: input.translations } },
      });
      clearDraft();
      navigate(`/statements/${result.data!.createStatement.id}`);
    } catch {
      // shown by ErrorAlert
    }
  };

  const translationIssues = translationErrors(issues.map((i) => ({ ...i, message: validationMessage(i, t) })));
  const generalIssues = issues.filter((i) => i.path.join('.') === 'translations');

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="statement-new-title">
      <Stack maw={900}>
        <PageTitle id="statement-new-title">
          {t('new.title')}
        </PageTitle>
        <Alert color="gray">{t('new.draftKept')}</Alert>
        <NativeSelect
          label={t('new.initiator')}
          description={t('new.initiatorHint')}
          value={initiator}
          onChange={(e) => patch({ initiatorOrganisationId: e.currentTarget.value })}
          data={orgs.map((o) => ({ value: o.id, label: orgName(o) }))}
          error={fieldError('initiatorOrganisationId')}
        />
        <Textarea
          label={t('new.addressees')}
          description={t('new.addresseesHint')}
          required
          autosize
          minRows={2}
          value={draft.addressees}
          onChange={(e) => patch({ addressees: e.currentTarget.value })}
          error={
            fieldError('addressees') ?? issues.filter((i) => i.path[0] === 'addressees').map((i) => validationMessage(i, t))[0]
          }
        />
        <Title order={3}>{t('new.texts')}</Title>
        <TranslationsEditor
          value={draft.translations}
          onChange={(translations) => patch({ translations })}
          primaryLanguage={primary}
          errors={translationIssues}
        />
        {generalIssues.length > 0 ? (
          <Alert color="red" role="alert">
            {generalIssues.map((i) => validationMessage(i, t)).join(' ')}
          </Alert>
        ) : null}
        <NativeSelect
          label={t('new.primaryLanguage')}
          description={t('new.primaryLanguageHint')}
          value={primary}
          onChange={(e) => patch({ primaryLanguage: e.currentTarget.value as Language })}
          data={draft.translations.map((tr) => ({ value: tr.language, label: languageName(tr.language) }))}
        />
        <MultiSelect
          label={t('new.cases')}
          description={t('new.casesHint')}
          placeholder={cases.loading ? tc('loading') : undefined}
          data={caseOptions}
          value={draft.caseIds.filter((id) => caseOptions.length === 0 || caseOptions.some((o) => o.value === id))}
          onChange={(caseIds) => patch({ caseIds })}
          searchable
          clearable
          nothingFoundMessage={t('new.noCases')}
        />
        {issues.length > 0 ? (
          <Alert color="red" role="alert">
            {t('new.invalid')}
          </Alert>
        ) : null}
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('new.create')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              clearDraft();
              setDraft(EMPTY);
              navigate('/statements');
            }}
          >
            {t('new.discard')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
