import { Anchor, Button, Center, Paper, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { postGraphql } from '../../core/graphql-fetch';
import { useSession } from '../../core/session';
import { ErrorAlert } from '../../layout/error-alert';
import { LanguageSwitch } from '../../layout/language-switch';
import { PageTitle } from '../../layout/page-title';

// A plain request, not Apollo: the sign-in page stays small (core/graphql-fetch.ts).
const LOGIN = /* GraphQL */ `
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, totpCode: $totpCode) {
      id
    }
  }
`;

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/dashboard';
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (session.me) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLoading(true);
    setError(null);
    try {
      await postGraphql(LOGIN, { email, password, totpCode: totpCode || null });
      await session.refresh();
      navigate(next, { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder p="xl" w={400} maw="100%">
        <form onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
          <Stack>
            <PageTitle id="login-title">
              {t('auth.signInTitle')}
            </PageTitle>
            {params.get('expired') ? <div role="status">{t('auth.expired')}</div> : null}
            <TextInput label={t('auth.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <PasswordInput label={t('auth.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <TextInput
              label={t('auth.totp')}
              description={t('auth.totpHint')}
              autoComplete="one-time-code"
              value={totpCode}
              onChange={(e) => setTotpCode(e.currentTarget.value)}
            />
            {error ? <ErrorAlert error={error} title={t('auth.failed')} /> : null}
            <Button type="submit" loading={loading}>
              {t('auth.signIn')}
            </Button>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('auth.forgotLink')}
            </Anchor>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
