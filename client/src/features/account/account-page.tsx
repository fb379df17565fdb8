import { useMutation } from '@apollo/client';
import { Alert, Badge, Button, Card, Code, Group, Image, List, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../core/apollo-client';
import { graphql } from '../../gql';
import { useSession } from '../../core/session';
import { ErrorAlert } from '../../layout/error-alert';
import { RecoveryCodesCard } from './recovery-codes-card';
import { SessionsCard } from './sessions-card';
import { NotificationPreferencesCard } from '../notifications/notification-preferences-card';
import { PageTitle } from '../../layout/page-title';

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const SETUP_TOTP = graphql(`
  mutation SetupTotp {
    setupTotp {
      secret
      otpauthUrl
    }
  }
`);

const CONFIRM_TOTP = graphql(`
  mutation ConfirmTotp($code: String!) {
    confirmTotp(code: $code)
  }
`);

const MIN_PASSWORD = 12;

/** The input field a BAD_USER_INPUT answer names, so the form can show it beside that field in the interface language. */
function badField(error: unknown): string | undefined {
  if (errorCode(error) !== 'BAD_USER_INPUT') return undefined;
  const field = (error as { graphQLErrors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }).graphQLErrors?.[0]?.extensions?.['field'];
  return typeof field === 'string' ? field : undefined;
}

export function AccountPage() {
  const { t } = useTranslation('account');
  const { me } = useSession();
  return (
    <Stack gap="md" maw={720}>
      <PageTitle>{t('title')}</PageTitle>
      {me ? (
        <Card withBorder>
          <Text fw={600}>{me.displayName}</Text>
          <Text size="sm" c="dimmed">
            {me.email}
          </Text>
        </Card>
      ) : null}
      <NotificationPreferencesCard />
      <PasswordForm />
      <TotpSetup />
      <RecoveryCodesCard />
      <SessionsCard />
    </Stack>
  );
}

function PasswordForm() {
  const { t } = useTranslation('account');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState(false);
  const [change, { loading, error, reset }] = useMutation(CHANGE_PASSWORD);
  const tooShort = next.length < MIN_PASSWORD;
  const wrongCurrent = badField(error) === 'currentPassword';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setDone(false);
    reset();
    if (!current || tooShort || next !== repeat) return;
    const result = await change({ variables: { currentPassword: current, newPassword: next } }).catch(() => null);
    if (result?.data?.changePassword) {
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
      setTouched(false);
    }
  };
  return (
    <Card withBorder>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={3}>{t('password.title')}</Title>
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={touched && !current ? t('required') : wrongCurrent ? t('password.wrongCurrent') : null}
          />
          <PasswordInput
            label={t('password.new')}
            description={t('password.hint', { count: MIN_PASSWORD })}
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={touched && tooShort ? t('password.tooShort', { count: MIN_PASSWORD }) : null}
          />
          <PasswordInput
            label={t('password.repeat')}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={touched && repeat !== next ? t('password.mismatch') : null}
          />
          {wrongCurrent ? null : <ErrorAlert error={error} />}
          {done ? (
            <Alert color="green" role="status">
              {t('password.changed')}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={loading}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function TotpSetup() {
  const { t } = useTranslation('account');
  const session = useSession();
  const [setup, setupState] = useMutation(SETUP_TOTP);
  const [confirm, confirmState] = useMutation(CONFIRM_TOTP);
  const [code, setCode] = useState('');
  const [qr, setQr] = useState<string | null>(null);
  const pending = setupState.data?.setupTotp ?? null;
  const enabled = session.me?.totpEnabled ?? false;

  // Rendered in the browser: the secret never goes to any other service.
  useEffect(() => {
    if (!pending) return;
    let live = true;
    QRCode.toDataURL(pending.otpauthUrl, { margin: 1, width: 220, errorCorrectionLevel: 'M' })
      .then((url) => live && setQr(url))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [pending]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    confirmState.reset();
    const result = await confirm({ variables: { code: code.replace(/\s/g, '') } }).catch(() => null);
    if (result?.data?.confirmTotp) {
      setCode('');
      await session.refresh();
    }
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>{t('totp.title')}</Title>
          <Badge color={enabled ? 'green' : 'gray'} variant="light" data-testid="totp-state">
            {enabled ? t('totp.enabled') : t('totp.disabled')}
          </Badge>
        </Group>
        {enabled ? (
          <Text size="sm">{t('totp.enabledHint')}</Text>
        ) : pending ? (
          <form onSubmit={(e) => void submit(e)}>
            <Stack gap="sm">
              <List type="ordered" size="sm">
                <List.Item>{t('totp.step1')}</List.Item>
                <List.Item>{t('totp.step2')}</List.Item>
              </List>
              {qr ? <Image src={qr} alt={t('totp.qrAlt')} w={220} h={220} /> : null}
              <Text size="sm">{t('totp.secretLabel')}</Text>
              <Code block data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
                {pending.secret}
              </Code>
              <TextInput
                label={t('totp.code')}
                description={t('totp.codeHint')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                required
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                maw={220}
                error={badField(confirmState.error) === 'code' ? t('totp.wrongCode') : null}
              />
              {badField(confirmState.error) === 'code' ? null : <ErrorAlert error={confirmState.error} title={t('totp.confirmFailed')} />}
              <Group>
                <Button type="submit" loading={confirmState.loading} disabled={code.replace(/\s/g, '').length !== 6}>
                  {t('totp.confirm')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('totp.intro')}</Text>
            <ErrorAlert error={setupState.error} />
            <Button onClick={() => void setup().catch(() => null)} loading={setupState.loading}>
              {t('totp.start')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
