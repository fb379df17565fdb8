import { useMutation, useQuery } from '@apollo/client';
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { ChangeError } from '../../layout/change-error';
import { ConfirmModal } from '../../layout/confirm-modal';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { INVITATIONS_QUERY, REVOKE_INVITATION } from './admin-operations';

/** Invitations not yet accepted: their organisation's ADMINs can revoke one whose link went astray. */
export function PendingInvitations({ organisationId, canManage }: { organisationId: string; canManage: boolean }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const { data, loading, error } = useQuery(INVITATIONS_QUERY, { variables: { organisationId } });
  const [revoke, revokeState] = useMutation(REVOKE_INVITATION, { refetchQueries: [INVITATIONS_QUERY] });
  const [revoking, setRevoking] = useState<{ id: string; email: string } | null>(null);
  const invitations = data?.invitations ?? [];

  const confirmRevoke = async () => {
    if (!revoking) return;
    const target = revoking;
    setRevoking(null);
    await revoke({ variables: { id: target.id } }).catch(() => null);
  };

  if (loading && !data) return <PageLoader />;
  return (
    <Stack gap="xs">
      <Title order={3}>{t('invite.pendingTitle')}</Title>
      <ErrorAlert error={error} />
      <ChangeError error={revokeState.error} title={t('invite.revokeFailed')} conflict={t('invite.noLongerPending')} />
      {invitations.length === 0 ? (
        <Text c="dimmed">{t('invite.pendingNone')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600} type="native" tabIndex={0}>
          <Table aria-label={t('invite.pendingTitle')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.email')}</Table.Th>
                <Table.Th>{t('members.roles')}</Table.Th>
                <Table.Th>{t('invite.expires')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((i) => (
                <Table.Tr key={i.id} data-testid={`invitation-${i.email}`}>
                  <Table.Td>{i.email}</Table.Td>
                  <Table.Td>{i.roles.map((r) => t(`roles.${r}`)).join(', ')}</Table.Td>
                  <Table.Td>{format.dateTime(i.expiresAt)}</Table.Td>
                  <Table.Td>
                    {canManage ? (
                      <Button
                        size="xs"
                        color="red"
                        variant="subtle"
                        aria-label={t('invite.revokeOf', { email: i.email })}
                        onClick={() => setRevoking({ id: i.id, email: i.email })}
                      >
                        {t('invite.revoke')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        {t('invite.pendingHint')}
      </Text>
      <ConfirmModal
        opened={!!revoking}
        title={t('invite.revokeTitle')}
        text={t('invite.revokeConfirm', { email: revoking?.email ?? '' })}
        confirmLabel={t('invite.revokeYes')}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setRevoking(null)}
      />
    </Stack>
  );
}
