import { useMutation, useQuery } from '@apollo/client';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../../core/apollo-client';
import { useSession } from '../../core/session';
import { usePersistentState } from '../../core/use-persistent-state';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { CaseConflictPanel } from './case-conflict-panel';
import { CaseForm } from './case-form';
import {
  caseToFormValues,
  changedFields,
  diffConflict,
  formFieldOf,
  rebaseEdits,
  toUpdateInput,
  type CaseFormValues,
  type ConflictRow,
  type FieldErrors,
} from './case-form-values';
import { CASE_DETAIL_QUERY, ORGANISATIONS_QUERY, UPDATE_CASE_MUTATION } from './case-operations';
import { AccessConfirmDialog, type AccessConfirmation } from './access-confirm-dialog';
import { newReadersOnVisibility, widens } from './case-access';
import { useOrganisationName } from '../../core/organisation-name';
import { serverFieldError } from './validation-message';
import { PageTitle } from '../../layout/page-title';

/** The user's edit in progress: the version it started from, that version's values, and the form. */
interface EditDraft {
  baseVersion: number;
  base: CaseFormValues;
  values: CaseFormValues;
}

interface Conflict {
  rows: ConflictRow[];
  theirs: CaseFormValues;
  version: number;
}

export function CaseEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  // The server's current version matters here, not a cached one.
  const { data, loading, error, refetch } = useQuery(CASE_DETAIL_QUERY, { variables: { id }, fetchPolicy: 'network-only' });
  const userId = useSession().me?.id ?? 'anonymous';
  const [draft, setDraft, clear] = usePersistentState<EditDraft | null>(`case-edit.${userId}.${id}`, null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [rebased, setRebased] = useState<number | null>(null);
  // A draft found in storage on arrival was typed earlier (often before an expired session): say so.
  const [restored, setRestored] = useState(() => draft !== null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [update, updateState] = useMutation(UPDATE_CASE_MUTATION);
  const kase = data?.case;
  const { t: ta } = useTranslation('access');
  const orgName = useOrganisationName();
  // Every organisation: the readers a COALITION case would gain. Only the owner's writers change visibility.
  const everyOrganisation = useQuery(ORGANISATIONS_QUERY, { skip: !kase?.myAccess.canShare });
  const [confirming, setConfirming] = useState<{ confirmation: AccessConfirmation; values: CaseFormValues } | null>(null);

  // A draft restored after an expired session is kept as it was, even if the case moved on: saving then shows the conflict.
  useEffect(() => {
    if (kase && !draft) setDraft({ baseVersion: kase.version, base: caseToFormValues(kase), values: caseToFormValues(kase) });
  }, [kase, draft, setDraft]);

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!kase) {
    return (
      <Alert color="gray" title={t('detail.notFoundTitle')} role="alert">
        {t('detail.notFound')}
      </Alert>
    );
  }
  if (!kase.myAccess.canEdit) {
    return (
      <Alert color="gray" title={t('edit.notAllowedTitle')} role="alert">
        {t('edit.notAllowed')}
      </Alert>
    );
  }
  if (!draft) return <PageLoader />;

  const leave = () => {
    clear();
    navigate(`/cases/${id}`);
  };

  const submit = async (values: CaseFormValues, confirmed = false) => {
    setServerErrors({});
    setConfirming(null);
    const input = toUpdateInput(draft.base, values);
    if (Object.keys(input).length === 0) {
      leave();
      return;
    }
    // Widening visibility is confirmed first, naming the organisations that will start reading the case.
    if (!confirmed && input.visibility && widens(kase.visibility, input.visibility)) {
      const added = newReadersOnVisibility(kase, input.visibility, everyOrganisation.data?.organisations ?? []);
      setConfirming({ values, confirmation: { title: ta('confirm.visibilityTitle'), lines: added.map((o) => ta('confirm.visibilityReads', { name: orgName(o) })) } });
      return;
    }
    try {
      await update({ variables: { id, input, version: draft.baseVersion } });
      leave();
    } catch (e) {
      if (errorCode(e) === 'CONFLICT') {
        const fresh = await refetch();
        const current = fresh.data.case;
        if (!current) return;
        const theirs = caseToFormValues(current);
        setConflict({ rows: diffConflict(draft.base, theirs, values), theirs, version: current.version });
        return;
      }
      const fieldError = serverFieldError(e);
      if (fieldError) setServerErrors({ [formFieldOf(fieldError.field) ?? 'title']: fieldError.message });
    }
  };

  const keepMine = () => {
    if (!conflict) return;
    setDraft({ baseVersion: conflict.version, base: conflict.theirs, values: rebaseEdits(draft.base, conflict.theirs, draft.values) });
    setRebased(conflict.version);
    setRestored(false);
    setConflict(null);
    updateState.reset();
  };
  const takeTheirs = () => {
    if (!conflict) return;
    setDraft({ baseVersion: conflict.version, base: conflict.theirs, values: conflict.theirs });
    setRebased(null);
    setRestored(false);
    setConflict(null);
    updateState.reset();
  };

  const pending = changedFields(draft.base, draft.values).length;
  const startOver = () => {
    setDraft({ baseVersion: kase.version, base: caseToFormValues(kase), values: caseToFormValues(kase) });
    setRestored(false);
    setRebased(null);
  };

  return (
    <Stack gap="md">
      <Stack gap={0}>
        <Text c="dimmed" ff="monospace">
          {kase.reference}
        </Text>
        <PageTitle>{t('edit.title')}</PageTitle>
        <Anchor component={Link} to={`/cases/${id}`} size="sm">
          {t('edit.backToCase')}
        </Anchor>
      </Stack>
      {conflict ? <CaseConflictPanel rows={conflict.rows} serverVersion={conflict.version} onKeepMine={keepMine} onTakeTheirs={takeTheirs} /> : null}
      {rebased !== null && !conflict ? (
        <Alert color="blue" role="status" data-testid="rebased-notice">
          {t('conflict.rebased', { version: rebased, count: pending })}
        </Alert>
      ) : null}
      {restored && !conflict && pending > 0 ? (
        <Alert color="blue" role="status" data-testid="restored-notice">
          <Group justify="space-between">
            <Text size="sm">{t('edit.restored', { count: pending })}</Text>
            <Button size="xs" variant="default" onClick={startOver}>
              {t('edit.startOver')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {updateState.error && errorCode(updateState.error) !== 'CONFLICT' && Object.keys(serverErrors).length === 0 ? <ErrorAlert error={updateState.error} /> : null}
      <CaseForm
        mode="edit"
        base={draft.base}
        values={draft.values}
        onChange={(values) => {
          setDraft({ ...draft, values });
          if (Object.keys(serverErrors).length) setServerErrors({});
        }}
        serverErrors={serverErrors}
        submitting={updateState.loading}
        onSubmit={(values) => void submit(values)}
        onCancel={leave}
      />
      <AccessConfirmDialog
        confirmation={confirming?.confirmation ?? null}
        loading={updateState.loading}
        onConfirm={() => confirming && void submit(confirming.values, true)}
        onCancel={() => setConfirming(null)}
      />
    </Stack>
  );
}
