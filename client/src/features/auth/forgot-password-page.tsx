import { useMutation } from '@apollo/client';
import { Alert, Anchor, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../layout/error-alert';
import { LanguageSwitch } from '../../layout/language-switch';

const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Asks for a reset link. The answer is the same whether or not the email has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [request, { loading, error, data }] = useMutation(REQUEST_PASSWORD_RESET);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await request({ variables: { email: email.trim() } }).catch(() => null);
  };
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" w={420} maw="100%">
        <Stack>
          <Title order={2}>{t('auth.forgotTitle')}</Title>
          {data?.requestPasswordReset ? (
            <Alert color="green" role="status">
              {t('auth.forgotSent')}
            </Alert>
          ) : (
            <form onSubmit={(e) => void submit(e)}>
              <Stack>
                <Text size="sm">{t('auth.forgotIntro')}</Text>
                <TextInput label={t('auth.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
                <ErrorAlert error={error} />
                <Button type="submit" loading={loading}>
                  {t('auth.forgotSubmit')}
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
