import { useQuery } from '@apollo/client';
import { Alert, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationName } from '../../core/organisation-name';
import { useSession } from '../../core/session';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { ORGANISATIONS_QUERY } from './admin-operations';
import { PageTitle } from '../../layout/page-title';
import { OrganisationLockPanel } from './organisation-lock-panel';
import { MemberTable } from './members-table';
import { InviteForm } from './invite-form';
import { PendingInvitations } from './pending-invitations';

export function MembersPage() {
  const orgName = useOrganisationName();
  const { t } = useTranslation('admin');
  const session = useSession();
  const orgs = useQuery(ORGANISATIONS_QUERY, { skip: !session.isCoordinator });
  // A coordinator manages every organisation; anyone else the ones they are ADMIN of.
  const choices = session.isCoordinator ? (orgs.data?.organisations ?? []) : session.orgsWithRole('ADMIN');
  const [picked, setPicked] = useState('');
  const organisationId = choices.some((o) => o.id === picked) ? picked : (choices[0]?.id ?? '');
  // The coordinator reads every organisation's members; only the organisation's own ADMINs change them.
  const canManage = session.orgsWithRole('ADMIN').some((o) => o.id === organisationId);

  if (session.isCoordinator && orgs.loading && !orgs.data) return <PageLoader />;
  if (choices.length === 0) {
    return (
      <Stack>
        <PageTitle>{t('members.title')}</PageTitle>
        <Alert color="gray">{t('members.notAllowed')}</Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <PageTitle>{t('members.title')}</PageTitle>
      <ErrorAlert error={orgs.error} />
      <NativeSelect
        label={t('members.organisation')}
        value={organisationId}
        onChange={(e) => setPicked(e.currentTarget.value)}
        data={choices.map((o) => ({ value: o.id, label: orgName(o) }))}
        maw={480}
      />
      {canManage ? null : (
        <Alert color="gray" role="status">
          {t('members.readOnly')}
        </Alert>
      )}
      <MemberTable key={organisationId} organisationId={organisationId} canManage={canManage} />
      {canManage ? <InviteForm key={`invite-${organisationId}`} organisationId={organisationId} /> : null}
      <PendingInvitations key={`pending-${organisationId}`} organisationId={organisationId} canManage={canManage} />
      <OrganisationLockPanel key={`lock-${organisationId}`} organisationId={organisationId} isAdmin={canManage} />
    </Stack>
  );
}
