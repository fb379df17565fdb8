import { useMutation } from '@apollo/client';
import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../../core/apollo-client';
import { useSession } from '../../core/session';
import { ErrorAlert } from '../../layout/error-alert';
import { LanguageSwitch } from '../../layout/language-switch';
import { ACCEPT_INVITATION, ACCEPT_INVITATION_AS_ME } from './admin-operations';
import { PageTitle } from '../../layout/page-title';

const MIN_PASSWORD = 12;

/**
 * Reached from the link an ADMIN passed on. Signed out, it creates a new account and signs it in; an
 * email that already has an account is accepted signed in to that account (the server never signs
 * an existing account in from an invitation).
 */
export function InviteAcceptPage() {
  const session = useSession();
  if (session.loading) return null;
  return session.me ? <AcceptAsMe email={session.me.email} /> : <AcceptWithNewAccount />;
}

function AcceptAsMe({ email }: { email: string }) {
  const { token = '' } = useParams();
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const session = useSession();
  const [accept, { loading, error }] = useMutation(ACCEPT_INVITATION_AS_ME);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await accept({ variables: { token } }).catch(() => null);
    if (!result?.data) return;
    await session.refresh();
    navigate('/dashboard', { replace: true });
  };
  const code = errorCode(error);
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder p="lg" w={460} maw="100%">
        <form onSubmit={(e) => void submit(e)} aria-labelledby="invite-title" noValidate>
          <Stack gap="sm">
            <PageTitle id="invite-title">
              {t('accept.title')}
            </PageTitle>
            <LanguageSwitch />
            <Text size="sm">{t('accept.asMeIntro', { email })}</Text>
            {code === 'NOT_FOUND' ? (
              <Alert color="red" title={t('accept.invalidTitle')} role="alert">
                {t('accept.invalidAsMe', { email })}
              </Alert>
            ) : code === 'CONFLICT' ? (
              <Alert color="orange" title={t('accept.alreadyTitle')} role="alert">
                {t('accept.already')}
              </Alert>
            ) : (
              <ErrorAlert error={error} />
            )}
            <Button type="submit" loading={loading}>
              {t('accept.asMeSubmit', { email })}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

function AcceptWithNewAccount() {
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
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder p="lg" w={460} maw="100%">
        <form onSubmit={(e) => void submit(e)} aria-labelledby="invite-title" noValidate>
          <Stack gap="sm">
            <PageTitle id="invite-title">
              {t('accept.title')}
            </PageTitle>
            <LanguageSwitch />
            <Text size="sm">{t('accept.intro')}</Text>
            {code === 'NOT_FOUND' ? (
              <Alert color="red" title={t('accept.invalidTitle')} role="alert">
                {t('accept.invalid')}
              </Alert>
            ) : code === 'UNAUTHENTICATED' ? (
              <Alert color="red" title={t('accept.existingTitle')} role="alert">
                {t('accept.existing')}{' '}
                <Anchor component={Link} to={`/login?next=${encodeURIComponent(`/invite/${token}`)}`}>
                  {t('accept.signInToAccept')}
                </Anchor>
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
            <Anchor component={Link} to={`/login?next=${encodeURIComponent(`/invite/${token}`)}`} size="sm">
              {t('accept.haveAccount')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
