import { useMutation, useQuery } from '@apollo/client';
import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationName } from '../../core/organisation-name';
import { useFormat } from '../../core/format';
import type { CaseDetailQuery, ShareAccess } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { AccessConfirmDialog, type AccessConfirmation } from './access-confirm-dialog';
import { ORGANISATIONS_QUERY, SHARE_CASE_MUTATION, UNSHARE_CASE_MUTATION } from './case-operations';

type CaseData = NonNullable<CaseDetailQuery['case']>;

/** Who else reads the case; the owner's admins and caseworkers (myAccess.canShare) add and remove shares. */
export function CaseSharesPanel({ kase, onChanged }: { kase: CaseData; onChanged: () => void }) {
  const orgName = useOrganisationName();
  const { t } = useTranslation('cases');
  const format = useFormat();
  const canShare = kase.myAccess.canShare;
  const orgs = useQuery(ORGANISATIONS_QUERY, { skip: !canShare });
  const [organisationId, setOrganisationId] = useState('');
  const [access, setAccess] = useState<ShareAccess>('READ');
  const [personalData, setPersonalData] = useState(false);
  const [share, shareState] = useMutation(SHARE_CASE_MUTATION);
  const [unshare, unshareState] = useMutation(UNSHARE_CASE_MUTATION);

  const sharedIds = new Set(kase.shares.map((s) => s.organisation.id));
  const candidates = (orgs.data?.organisations ?? []).filter((o) => o.id !== kase.ownerOrganisation.id && !sharedIds.has(o.id));

  const { t: ta } = useTranslation('access');
  const [confirming, setConfirming] = useState<AccessConfirmation | null>(null);

  /** A share that adds a reader, or hands over personal data, is confirmed first, naming the organisation. */
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!organisationId) return;
    const org = candidates.find((o) => o.id === organisationId);
    const readsNow = kase.readers.some((r) => r.organisation.id === organisationId);
    if (!org || (readsNow && !personalData)) {
      void send();
      return;
    }
    const name = orgName(org);
    const notes = [];
    if (personalData) notes.push(ta('confirm.shareNames', { name }));
    if (kase.visibility === 'RESTRICTED') notes.push(ta('confirm.shareDormant'));
    setConfirming({
      title: ta('confirm.shareTitle'),
      lines: [access === 'WRITE' ? ta('confirm.shareChanges', { name }) : ta('confirm.shareReads', { name })],
      notes,
    });
  };

  const send = async () => {
    setConfirming(null);
    try {
      await share({ variables: { caseId: kase.id, organisationId, access, personalData } });
    } catch {
      return;
    }
    setOrganisationId('');
    setAccess('READ');
    setPersonalData(false);
    onChanged();
  };

  const remove = async (orgId: string) => {
    try {
      await unshare({ variables: { caseId: kase.id, organisationId: orgId } });
    } catch {
      return;
    }
    onChanged();
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="case-shares-title">
      <Title order={3} id="case-shares-title">
        {t('shares.title')}
      </Title>
      {kase.visibility === 'RESTRICTED' && kase.shares.length > 0 ? (
        <Alert color="yellow">{t('shares.dormant')}</Alert>
      ) : null}
      {kase.shares.length === 0 ? (
        <Text c="dimmed">{t('shares.none')}</Text>
      ) : (
        <Table aria-label={t('shares.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('shares.organisation')}</Table.Th>
              <Table.Th>{t('shares.access')}</Table.Th>
              <Table.Th>{t('shares.personalData')}</Table.Th>
              <Table.Th>{t('shares.grantedAt')}</Table.Th>
              {canShare ? <Table.Th>{t('shares.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kase.shares.map((s) => (
              <Table.Tr key={s.organisation.id}>
                <Table.Td>{orgName(s.organisation)}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`access.${s.access}`)}</Badge>
                </Table.Td>
                <Table.Td>{s.personalData ? t('shares.personalDataYes') : t('shares.personalDataNo')}</Table.Td>
                <Table.Td>{format.date(s.grantedAt)}</Table.Td>
                {canShare ? (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={unshareState.loading}
                      onClick={() => void remove(s.organisation.id)}
                      aria-label={t('shares.removeFor', { name: orgName(s.organisation) })}
                    >
                      {t('shares.remove')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorAlert error={unshareState.error} />
      {canShare ? (
        <Paper withBorder p="sm">
          <form onSubmit={submit} aria-label={t('shares.add')}>
            <Stack gap="xs">
              <Group align="flex-end" wrap="wrap">
                <NativeSelect
                  label={t('shares.organisation')}
                  value={organisationId}
                  onChange={(e) => setOrganisationId(e.currentTarget.value)}
                  data={[{ value: '', label: t('shares.choose') }, ...candidates.map((o) => ({ value: o.id, label: orgName(o) }))]}
                  miw={260}
                />
                <NativeSelect
                  label={t('shares.access')}
                  value={access}
                  onChange={(e) => setAccess(e.currentTarget.value as ShareAccess)}
                  data={(['READ', 'WRITE'] as const).map((a) => ({ value: a, label: t(`access.${a}`) }))}
                />
                <Switch label={t('shares.personalDataSwitch')} checked={personalData} onChange={(e) => setPersonalData(e.currentTarget.checked)} mb={8} />
                <Button type="submit" disabled={!organisationId} loading={shareState.loading}>
                  {t('shares.add')}
                </Button>
              </Group>
              <Text size="sm" c="dimmed">
                {personalData ? t('shares.personalDataHint') : t('shares.pseudonymsOnly')}
                {kase.visibility === 'RESTRICTED' ? ` ${t('shares.widens')}` : ''}
              </Text>
              <ErrorAlert error={shareState.error ?? orgs.error} />
            </Stack>
          </form>
        </Paper>
      ) : null}
      <AccessConfirmDialog confirmation={confirming} loading={shareState.loading} onConfirm={() => void send()} onCancel={() => setConfirming(null)} />
    </Stack>
  );
}
