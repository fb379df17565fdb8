import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Code, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isUiLanguage, LANGUAGE_NAMES, LANGUAGES, setLanguage } from '../../core/i18n';
import type { EmailFrequency } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { NOTIFICATION_PREFERENCES_QUERY, ROTATE_CALENDAR_FEED, SET_NOTIFICATION_PREFERENCES } from './notification-operations';

const FREQUENCIES: EmailFrequency[] = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'];

/** Email frequency and language of the account (the language also becomes the interface's), and the calendar feed. */
export function NotificationPreferencesCard() {
  const { t } = useTranslation('notifications');
  const { data, error, refetch } = useQuery(NOTIFICATION_PREFERENCES_QUERY);
  const prefs = data?.notificationPreferences;
  const [email, setEmail] = useState<EmailFrequency>('IMMEDIATE');
  const [language, setLang] = useState<string>(currentLanguage());
  const [saved, setSaved] = useState(false);
  const [save, saveState] = useMutation(SET_NOTIFICATION_PREFERENCES);
  const [rotate, rotateState] = useMutation(ROTATE_CALENDAR_FEED);
  useEffect(() => {
    if (!prefs) return;
    setEmail(prefs.email);
    if (isUiLanguage(prefs.language)) setLang(prefs.language);
  }, [prefs]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await save({ variables: { email, language } });
    } catch {
      return;
    }
    if (isUiLanguage(language)) await setLanguage(language);
    setSaved(true);
  };

  const rotateFeed = async () => {
    try {
      await rotate();
    } catch {
      return;
    }
    await refetch();
  };

  const feedUrl = prefs?.calendarFeedPath ? new URL(prefs.calendarFeedPath, window.location.origin).toString() : null;

  return (
    <Card withBorder component="section" aria-labelledby="notification-prefs-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="notification-prefs-title">
          {t('prefs.title')}
        </Title>
        {error ? <ErrorAlert error={error} /> : null}
        <form onSubmit={(e) => void submit(e)}>
          <Stack gap="sm">
            <NativeSelect
              label={t('prefs.email')}
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value as EmailFrequency)}
              data={FREQUENCIES.map((f) => ({ value: f, label: t(`prefs.frequency.${f}`) }))}
              data-testid="prefs-email"
            />
            <NativeSelect
              label={t('prefs.language')}
              value={language}
              onChange={(e) => setLang(e.currentTarget.value)}
              data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
              data-testid="prefs-language"
            />
            {saveState.error ? <ErrorAlert error={saveState.error} /> : null}
            {saved ? (
              <Alert color="green" role="status">
                {t('prefs.saved')}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" loading={saveState.loading} disabled={!prefs}>
                {t('prefs.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        <Stack gap={4}>
          <Text fw={600}>{t('prefs.calendar')}</Text>
          <Text size="sm" c="dimmed">
            {t('prefs.calendarHelp')}
          </Text>
          {feedUrl ? <Code data-testid="calendar-feed">{feedUrl}</Code> : <Text size="sm">{t('prefs.calendarNone')}</Text>}
          {rotateState.error ? <ErrorAlert error={rotateState.error} /> : null}
          <Group>
            <Button variant="light" onClick={() => void rotateFeed()} loading={rotateState.loading}>
              {feedUrl ? t('prefs.rotate') : t('prefs.create')}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Card>
  );
}
