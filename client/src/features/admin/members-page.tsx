import { useMutation, useQuery } from '@apollo/client';
import { Alert, Badge, Button, Card, Code, CopyButton, Group, MultiSelect, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationName } from '../../core/organisation-name';
import { useFormat } from '../../core/format';
import { useSession, type OrgRoleName } from '../../core/session';
import type { InviteMemberMutation } from '../../gql/graphql';
import { ChangeError } from '../../layout/change-error';
import { ConfirmModal } from '../../layout/confirm-modal';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { INVITATIONS_QUERY, INVITE_MEMBER, MEMBERS_QUERY, ORG_ROLES, ORGANISATIONS_QUERY, REMOVE_MEMBER, RESET_MEMBER_TOTP, REVOKE_INVITATION, SET_MEMBER_ROLES } from './admin-operations';
import { PageTitle } from '../../layout/page-title';
import { OrganisationLockPanel } from './organisation-lock-panel';

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

function MemberTable({ organisationId, canManage }: { organisationId: string; canManage: boolean }) {
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

type Invitation = InviteMemberMutation['inviteMember'];

function InviteForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<string[]>(['VIEWER']);
  // Held only in memory: the token is never readable again, and is gone once this page is left.
  const [issued, setIssued] = useState<Invitation | null>(null);
  const [invite, { loading, error, reset }] = useMutation(INVITE_MEMBER, { refetchQueries: [INVITATIONS_QUERY] });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    reset();
    setIssued(null);
    const result = await invite({ variables: { organisationId, email: email.trim(), roles: roles as OrgRoleName[] } }).catch(() => null);
    if (result?.data) {
      setIssued(result.data.inviteMember);
      setEmail('');
    }
  };
  const link = issued?.token ? `${window.location.origin}/invite/${issued.token}` : '';

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3}>{t('invite.title')}</Title>
        <form onSubmit={(e) => void submit(e)}>
          <Group align="flex-end" gap="sm">
            <TextInput label={t('invite.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} miw={260} />
            <MultiSelect
              label={t('invite.roles')}
              required
              data={ORG_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={roles}
              onChange={setRoles}
              miw={260}
            />
            <Button type="submit" loading={loading} disabled={roles.length === 0 || !email.trim()}>
              {t('invite.send')}
            </Button>
          </Group>
        </form>
        <ErrorAlert error={error} />
        {issued && !issued.token ? (
          <Alert color="green" title={t('invite.issuedTitle', { email: issued.email })} role="status">
            <Text size="sm">{t('invite.emailed', { email: issued.email, date: format.dateTime(issued.expiresAt) })}</Text>
          </Alert>
        ) : null}
        {issued && link ? (
          <Alert color="yellow" title={t('invite.issuedTitle', { email: issued.email })} role="status">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('invite.onceWarning')}
              </Text>
              <Text size="sm">{t('invite.passOn', { date: format.dateTime(issued.expiresAt) })}</Text>
              <Code block data-testid="invite-link" style={{ wordBreak: 'break-all' }}>
                {link}
              </Code>
              <Group>
                <CopyButton value={link}>
                  {({ copied, copy }) => (
                    <Button size="xs" color={copied ? 'teal' : 'blue'} onClick={copy}>
                      {copied ? t('invite.copied') : t('invite.copy')}
                    </Button>
                  )}
                </CopyButton>
                <Button size="xs" variant="default" onClick={() => setIssued(null)}>
                  {t('invite.done')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Invitations not yet accepted: their organisation's ADMINs can revoke one whose link went astray. */
function PendingInvitations({ organisationId, canManage }: { organisationId: string; canManage: boolean }) {
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
