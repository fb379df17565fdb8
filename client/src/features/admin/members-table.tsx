import { useMutation, useQuery } from '@apollo/client';
import { Badge, Button, Group, MultiSelect, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, type OrgRoleName } from '../../core/session';
import { ChangeError } from '../../layout/change-error';
import { ConfirmModal } from '../../layout/confirm-modal';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { MEMBERS_QUERY, ORG_ROLES, REMOVE_MEMBER, RESET_MEMBER_TOTP, SET_MEMBER_ROLES } from './admin-operations';

/** An organisation's members and their roles: its ADMINs change roles, remove a member or reset a member's second factor. */
export function MemberTable({ organisationId, canManage }: { organisationId: string; canManage: boolean }) {
  const { t } = useTranslation('admin');
  const session = useSession();
  const { data, loading, error } = useQuery(MEMBERS_QUERY, { variables: { organisationId } });
  const [setRoles, setRolesState] = useMutation(SET_MEMBER_ROLES);
  const [remove, removeState] = useMutation(REMOVE_MEMBER, { refetchQueries: [MEMBERS_QUERY] });
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [resetTotp, resetTotpState] = useMutation(RESET_MEMBER_TOTP, { refetchQueries: [MEMBERS_QUERY] });
  const [resetting, setResetting] = useState<{ id: string; name: string } | null>(null);
  // The server decides the limits (single-organisation members; admins' accounts need the coordinator).
  const canResetTotp = canManage || session.isCoordinator;
  const confirmResetTotp = async () => {
    if (!resetting) return;
    const ok = await resetTotp({ variables: { organisationId, userId: resetting.id } }).catch(() => null);
    if (ok) setResetting(null);
  };
  const [editing, setEditing] = useState<Record<string, OrgRoleName[]>>({});
  const roleOptions = ORG_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));

  const saveRoles = async (userId: string) => {
    const roles = editing[userId];
    if (!roles) return;
    const ok = await setRoles({ variables: { organisationId, userId, roles } }).catch(() => null);
    if (ok) {
      setEditing((e) => without(e, userId));
      // Our own roles may have changed: the navigation and permissions follow the session.
      if (userId === session.me?.id) await session.refresh();
    }
  };
  const confirmRemove = async () => {
    if (!removing) return;
    const target = removing;
    setRemoving(null);
    const ok = await remove({ variables: { organisationId, userId: target.id } }).catch(() => null);
    if (ok && target.id === session.me?.id) await session.refresh();
  };

  if (loading && !data) return <PageLoader />;
  return (
    <Stack gap="xs">
      <Title order={3}>{t('members.list')}</Title>
      <ErrorAlert error={error} />
      <ChangeError error={setRolesState.error ?? removeState.error} title={t('members.changeFailed')} conflict={t('members.lastAdmin')} />
      <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
        <Table aria-label={t('members.list')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.name')}</Table.Th>
              <Table.Th>{t('members.email')}</Table.Th>
              <Table.Th>{t('members.roles')}</Table.Th>
              <Table.Th>{t('members.totp')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.members ?? []).map((m) => {
              const value = editing[m.user.id] ?? m.roles;
              const dirty = !!editing[m.user.id];
              return (
                <Table.Tr key={m.user.id} data-testid={`member-${m.user.email}`}>
                  <Table.Td>{m.user.displayName}</Table.Td>
                  <Table.Td>{m.user.email}</Table.Td>
                  <Table.Td miw={260}>
                    <MultiSelect
                      aria-label={t('members.rolesOf', { name: m.user.displayName })}
                      readOnly={!canManage}
                      data={roleOptions}
                      value={value}
                      onChange={(roles) => setEditing((e) => ({ ...e, [m.user.id]: roles as OrgRoleName[] }))}
                      error={dirty && value.length === 0 ? t('members.needRole') : null}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Badge variant="light" color={m.user.totpEnabled ? 'green' : 'gray'}>
                        {m.user.totpEnabled ? t('members.totpOn') : t('members.totpOff')}
                      </Badge>
                      {canResetTotp && m.user.totpEnabled && m.user.id !== session.me?.id ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={t('members.resetTotpOf', { name: m.user.displayName })}
                          onClick={() => {
                            resetTotpState.reset();
                            setResetting({ id: m.user.id, name: m.user.displayName });
                          }}
                        >
                          {t('members.resetTotp')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" display={canManage ? undefined : 'none'}>
                      {dirty ? (
                        <>
                          <Button size="xs" disabled={value.length === 0} loading={setRolesState.loading} onClick={() => void saveRoles(m.user.id)}>
                            {t('members.saveRoles')}
                          </Button>
                          <Button size="xs" variant="default" onClick={() => setEditing((e) => without(e, m.user.id))}>
                            {t('members.cancel')}
                          </Button>
                        </>
                      ) : (
                        <Button
                          size="xs"
                          color="red"
                          variant="subtle"
                          aria-label={t('members.removeOf', { name: m.user.displayName })}
                          onClick={() => setRemoving({ id: m.user.id, name: m.user.displayName })}
                        >
                          {t('members.remove')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={!!removing}
        title={t('members.removeTitle')}
        text={t('members.removeConfirm', { name: removing?.name ?? '' })}
        confirmLabel={t('members.removeYes')}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(null)}
      />
      <ConfirmModal
        opened={!!resetting}
        title={t('members.resetTotpTitle')}
        text={t('members.resetTotpConfirm', { name: resetting?.name ?? '' })}
        confirmLabel={t('members.resetTotpYes')}
        loading={resetTotpState.loading}
        error={resetTotpState.error}
        onConfirm={() => void confirmResetTotp()}
        onClose={() => setResetting(null)}
      />
    </Stack>
  );
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}
