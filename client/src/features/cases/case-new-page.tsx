import { useMutation } from '@apollo/client';
import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorCode } from '../../core/apollo-client';
import { useSession } from '../../core/session';
import { usePersistentState } from '../../core/use-persistent-state';
import { ErrorAlert } from '../../layout/error-alert';
import { CaseForm } from './case-form';
import { emptyCaseFormValues, formFieldOf, toCreateInput, type CaseFormValues, type FieldErrors } from './case-form-values';
import { CREATE_CASE_MUTATION } from './case-operations';
import { serverFieldError } from './validation-message';
import { PageTitle } from '../../layout/page-title';

export function CaseNewPage() {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const session = useSession();
  const organisations = session.orgsWithRole('ADMIN', 'CASEWORKER');
  // Keyed by user: a draft must never show up for the next person signing in on this tab.
  // With several organisations the user picks one; a case filed under the wrong one would reach the wrong people.
  const [values, setValues, clear] = usePersistentState<CaseFormValues>(
    `case-new.${session.me?.id ?? 'anonymous'}`,
    emptyCaseFormValues(organisations.length === 1 ? organisations[0].id : ''),
  );
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [create, { loading, error }] = useMutation(CREATE_CASE_MUTATION);

  if (organisations.length === 0) {
    return (
      <Alert color="gray" title={t('new.title')}>
        {t('new.notAllowed')}
      </Alert>
    );
  }

  // A draft may name an organisation the user no longer belongs to: make them choose again.
  const formValues = organisations.some((o) => o.id === values.organisationId) ? values : { ...values, organisationId: '' };

  const submit = async (v: CaseFormValues) => {
    setServerErrors({});
    try {
      const result = await create({ variables: { input: toCreateInput(v) } });
      clear();
      const id = result.data?.createCase.id;
      navigate(id ? `/cases/${id}` : '/cases');
    } catch (e) {
      // A taken reference answers CONFLICT with extensions.field; input errors name their field too.
      const fieldError = serverFieldError(e);
      const ext = (e as { graphQLErrors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> }).graphQLErrors?.[0];
      if (fieldError) setServerErrors({ [formFieldOf(fieldError.field) ?? 'title']: fieldError.message });
      else if (errorCode(e) === 'CONFLICT' && ext?.extensions?.['field'] === 'reference') setServerErrors({ reference: ext.message });
    }
  };

  return (
    <Stack gap="md">
      <PageTitle>{t('new.title')}</PageTitle>
      {/* An error the form shows beside its field needs no second, vaguer alert. */}
      {Object.keys(serverErrors).length === 0 ? <ErrorAlert error={error} /> : null}
      <CaseForm
        mode="create"
        values={formValues}
        onChange={(v) => {
          setValues(v);
          if (Object.keys(serverErrors).length) setServerErrors({});
        }}
        organisations={organisations}
        serverErrors={serverErrors}
        submitting={loading}
        onSubmit={(v) => void submit(v)}
        onCancel={() => {
          clear();
          navigate('/cases');
        }}
      />
    </Stack>
  );
}
