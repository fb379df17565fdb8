import { useMutation } from '@apollo/client';
import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../../core/apollo-client';
import { useSession } from '../../core/session';
import { ErrorAlert } from '../../layout/error-alert';
import { LanguageSwitch } from '../../layout/language-switch';
import { ACCEPT_INVITATION } from './admin-operations';

const MIN_PASSWORD = 12;

/** Reached from the link an ADMIN passed on; works signed out and signs the new member in. */
export function InviteAcceptPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const session = useSession();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const [accept, { loading, error, reset }] = useMutation(ACCEPT_INVITATION);

  const tooShort = password.length > 0 && password.length < MIN_PASSWORD;
  const mismatch = confirm.length > 0 && confirm !== password;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    reset();
    if (!displayName.trim() || password.length < MIN_PASSWORD || password !== confirm) return;
    const result = await accept({ variables: { token, displayName: displayName.trim(), password } }).catch(() => null);
    if (!result?.data) return;
    await session.refresh();
    navigate('/dashboard', { replace: true });
  };

  const code = errorCode(error);
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="lg" w={460} maw="100%">
        <form onSubmit={(e) => void submit(e)} aria-labelledby="invite-title" noValidate>
          <Stack gap="sm">
            <Title order={2} id="invite-title">
              {t('accept.title')}
            </Title>
            <LanguageSwitch />
            <Text size="sm">{t('accept.intro')}</Text>
            {code === 'NOT_FOUND' ? (
              <Alert color="red" title={t('accept.invalidTitle')} role="alert">
                {t('accept.invalid')}
              </Alert>
            ) : code === 'UNAUTHENTICATED' ? (
              <Alert color="red" title={t('accept.existingTitle')} role="alert">
                {t('accept.existing')}
              </Alert>
            ) : code === 'CONFLICT' ? (
              <Alert color="orange" title={t('accept.alreadyTitle')} role="alert">
                {t('accept.already')}
              </Alert>
            ) : (
              <ErrorAlert error={error} />
            )}
            <TextInput
              label={t('accept.displayName')}
              description={t('accept.displayNameHint')}
              required
              autoComplete="name"
              value={displayName}
              error={touched && !displayName.trim() ? t('accept.required') : null}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('accept.password')}
              description={t('accept.passwordHint', { count: MIN_PASSWORD })}
              required
              autoComplete="new-password"
              value={password}
              error={(touched || tooShort) && password.length < MIN_PASSWORD ? t('accept.tooShort', { count: MIN_PASSWORD }) : null}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('accept.confirm')}
              required
              autoComplete="new-password"
              value={confirm}
              error={(touched || mismatch) && confirm !== password ? t('accept.mismatch') : null}
              onChange={(e) => setConfirm(e.currentTarget.value)}
            />
            <Button type="submit" loading={loading}>
              {t('accept.submit')}
            </Button>
            <Anchor component={Link} to="/login" size="sm">
              {t('accept.haveAccount')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
