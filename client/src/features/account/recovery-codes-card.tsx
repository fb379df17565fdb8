import { useMutation } from '@apollo/client';
import { Alert, Button, Card, Code, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../core/apollo-client';
import { useSession } from '../../core/session';
import { ErrorAlert } from '../../layout/error-alert';
import { DISABLE_TOTP, GENERATE_RECOVERY_CODES } from './account-operations';

function isBadField(error: unknown, field: string): boolean {
  if (errorCode(error) !== 'BAD_USER_INPUT') return false;
  return (error as { graphQLErrors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }).graphQLErrors?.[0]?.extensions?.['field'] === field;
}

function download(codes: string[], heading: string): void {
  const blob = new Blob([`${heading}\n\n${codes.join('\n')}\n`], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'coalition-recovery-codes.txt';
  a.click();
  URL.revokeObjectURL(url);
}

/** New recovery codes, shown once (held in memory only), and TOTP turned off; both need the password. */
export function RecoveryCodesCard() {
  const { t } = useTranslation('account');
  const session = useSession();
  const [password, setPassword] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [generate, generateState] = useMutation(GENERATE_RECOVERY_CODES);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    generateState.reset();
    const result = await generate({ variables: { currentPassword: password } }).catch(() => null);
    if (result?.data) {
      setCodes(result.data.generateRecoveryCodes);
      setPassword('');
    }
  };
  if (!session.me?.totpEnabled) return null;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3}>{t('recovery.title')}</Title>
        <Text size="sm">{t('recovery.intro')}</Text>
        {codes ? (
          <Alert color="yellow" title={t('recovery.shownOnce')} role="status">
            <Stack gap="xs">
              <SimpleGrid cols={2} spacing="xs" data-testid="recovery-codes">
                {codes.map((c) => (
                  <Code key={c}>{c}</Code>
                ))}
              </SimpleGrid>
              <Group>
                <Button size="xs" onClick={() => download(codes, t('recovery.fileHeading'))}>
                  {t('recovery.download')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setCodes(null)}>
                  {t('recovery.done')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <form onSubmit={(e) => void submit(e)}>
            <Group align="flex-end">
              <PasswordInput
                label={t('password.current')}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={isBadField(generateState.error, 'currentPassword') ? t('password.wrongCurrent') : null}
              />
              <Button type="submit" loading={generateState.loading} disabled={!password}>
                {t('recovery.generate')}
              </Button>
            </Group>
            {isBadField(generateState.error, 'currentPassword') ? null : <ErrorAlert error={generateState.error} />}
          </form>
        )}
        <DisableTotpForm />
      </Stack>
    </Card>
  );
}

function DisableTotpForm() {
  const { t } = useTranslation('account');
  const session = useSession();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [disable, state] = useMutation(DISABLE_TOTP);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    state.reset();
    const result = await disable({ variables: { currentPassword: password, code: code.trim() } }).catch(() => null);
    if (result?.data?.disableTotp) await session.refresh();
  };
  const wrongPassword = isBadField(state.error, 'currentPassword');
  const wrongCode = isBadField(state.error, 'code');
  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack gap="xs">
        <Title order={4}>{t('totp.disableTitle')}</Title>
        <Text size="sm">{t('totp.disableIntro')}</Text>
        <Group align="flex-start">
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={wrongPassword ? t('password.wrongCurrent') : null}
          />
          <TextInput
            label={t('totp.disableCode')}
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={wrongCode ? t('totp.disableWrongCode') : null}
          />
        </Group>
        {wrongPassword || wrongCode ? null : <ErrorAlert error={state.error} />}
        <Group>
          <Button type="submit" color="red" variant="light" loading={state.loading} disabled={!password || !code.trim()}>
            {t('totp.disable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
