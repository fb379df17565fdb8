import { useMutation } from '@apollo/client';
import { Alert, Button, Card, Code, CopyButton, Group, MultiSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { type OrgRoleName } from '../../core/session';
import type { InviteMemberMutation } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { INVITATIONS_QUERY, INVITE_MEMBER, ORG_ROLES } from './admin-operations';

type Invitation = InviteMemberMutation['inviteMember'];

/** Invites someone into the organisation with chosen roles: the invitation is emailed, and its link shown once, to copy. */
export function InviteForm({ organisationId }: { organisationId: string }) {
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
