import { useMutation } from '@apollo/client';
import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorCode } from '../../core/apollo-client';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../layout/error-alert';
import { LanguageSwitch } from '../../layout/language-switch';

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

const MIN_PASSWORD = 12;

/** Sets a new password from the emailed link; every session of the account ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [reset, { loading, error, data }] = useMutation(RESET_PASSWORD);
  const tooShort = password.length < MIN_PASSWORD;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (tooShort || password !== repeat) return;
    await reset({ variables: { token, newPassword: password } }).catch(() => null);
  };
  const invalidLink = errorCode(error) === 'NOT_FOUND';
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" w={420} maw="100%">
        <Stack>
          <Title order={2}>{t('auth.resetTitle')}</Title>
          {data?.resetPassword ? (
            <Alert color="green" role="status">
              {t('auth.resetDone')}
            </Alert>
          ) : (
            <form onSubmit={(e) => void submit(e)} noValidate>
              <Stack>
                <PasswordInput
                  label={t('auth.newPassword')}
                  description={t('auth.newPasswordHint', { count: MIN_PASSWORD })}
                  autoComplete="new-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={touched && tooShort ? t('auth.newPasswordHint', { count: MIN_PASSWORD }) : null}
                />
                <PasswordInput
                  label={t('auth.repeatPassword')}
                  autoComplete="new-password"
                  required
                  value={repeat}
                  onChange={(e) => setRepeat(e.currentTarget.value)}
                  error={touched && repeat !== password ? t('auth.passwordsDiffer') : null}
                />
                {invalidLink ? (
                  <Alert color="red" role="alert">
                    {t('auth.resetInvalid')}{' '}
                    <Anchor component={Link} to="/forgot-password">
                      {t('auth.resetAskAgain')}
                    </Anchor>
                  </Alert>
                ) : (
                  <ErrorAlert error={error} />
                )}
                <Button type="submit" loading={loading}>
                  {t('auth.resetSubmit')}
                </Button>
              </Stack>
            </form>
          )}
          <Anchor component={Link} to="/login" size="sm">
            {t('auth.backToSignIn')}
          </Anchor>
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
