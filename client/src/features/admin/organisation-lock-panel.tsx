import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import { ConfirmModal } from '../../layout/confirm-modal';
import { ErrorAlert } from '../../layout/error-alert';
import { LOCK_ORGANISATION, ORGANISATION_LOCK_QUERY, SET_ORGANISATION_REQUIRE_TOTP, UNLOCK_ORGANISATION } from './admin-operations';

/**
 * The emergency lock of one organisation (docs/OPERATIONS.md, "Lock an organisation"): its ADMIN or the
 * coordinator locks after a confirmation; only its ADMIN unlocks and sets the TOTP requirement, and the
 * server asks them for a session begun with TOTP (the refusal says so).
 */
export function OrganisationLockPanel({ organisationId, isAdmin }: { organisationId: string; isAdmin: boolean }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const session = useSession();
  const { data, error } = useQuery(ORGANISATION_LOCK_QUERY, { variables: { id: organisationId } });
  const [lock, lockState] = useMutation(LOCK_ORGANISATION);
  const [unlock, unlockState] = useMutation(UNLOCK_ORGANISATION);
  const [setRequireTotp, requireState] = useMutation(SET_ORGANISATION_REQUIRE_TOTP);
  const [confirming, setConfirming] = useState(false);
  const org = data?.organisation;

  const confirmLock = async () => {
    const ok = await lock({ variables: { id: organisationId } }).catch(() => null);
    if (!ok) return;
    setConfirming(false);
    // A member's own session ended with the lock: the session refresh shows the sign-in page.
    await session.refresh();
  };

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3}>{t('lock.title')}</Title>
        <ErrorAlert error={error} />
        {org?.locked ? (
          <Alert color="red" role="status" title={t('lock.lockedTitle')}>
            {org.lockedAt ? t('lock.lockedSince', { at: format.dateTime(org.lockedAt as string) }) : null}
            {isAdmin ? null : <div>{t('lock.unlockNeedsTotp')}</div>}
          </Alert>
        ) : (
          <Text size="sm">{t('lock.explain')}</Text>
        )}
        <ErrorAlert error={unlockState.error ?? requireState.error} />
        <Group>
          {org && !org.locked ? (
            <Button color="red" onClick={() => setConfirming(true)}>
              {t('lock.lock')}
            </Button>
          ) : null}
          {org?.locked && isAdmin ? (
            <Button loading={unlockState.loading} onClick={() => void unlock({ variables: { id: organisationId } }).catch(() => null)}>
              {t('lock.unlock')}
            </Button>
          ) : null}
        </Group>
        {org && isAdmin ? (
          <Switch
            checked={org.requireTotp === true}
            label={t('lock.requireTotp')}
            description={t('lock.requireTotpHelp')}
            disabled={requireState.loading}
            onChange={(e) => void setRequireTotp({ variables: { id: organisationId, required: e.currentTarget.checked } }).catch(() => null)}
          />
        ) : null}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('lock.confirmTitle')}
        text={t('lock.confirmText')}
        confirmLabel={t('lock.confirmYes')}
        loading={lockState.loading}
        error={lockState.error}
        onConfirm={() => void confirmLock()}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
}
