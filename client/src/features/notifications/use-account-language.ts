import { useMutation, useQuery } from '@apollo/client';
import { useEffect, useRef } from 'react';
import { adoptAccountLanguage, setAccountLanguageSaver } from '../../core/i18n';
import { NOTIFICATION_PREFERENCES_QUERY, SET_NOTIFICATION_PREFERENCES } from './notification-operations';

/**
 * On sign-in the account's language is adopted (a reload keeps the browser's remembered choice, so a choice
 * whose save is still under way is not undone); while signed in every choice of language (the switch, the
 * account menu, the account page) is saved for the account as well.
 */
export function useAccountLanguage(userId: string | undefined, signedInHere: boolean): void {
  const { data } = useQuery(NOTIFICATION_PREFERENCES_QUERY, { skip: !userId });
  const [save] = useMutation(SET_NOTIFICATION_PREFERENCES);
  const prefs = data?.notificationPreferences;
  // Adopted once per signed-in account, not again on every save of the preferences.
  const adoptedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!prefs || !userId || !signedInHere || adoptedFor.current === userId) return;
    adoptedFor.current = userId;
    adoptAccountLanguage(prefs.language);
  }, [userId, prefs, signedInHere]);
  useEffect(() => {
    if (!userId || !prefs) return undefined;
    setAccountLanguageSaver((language) => {
      if (language !== prefs.language) void save({ variables: { email: prefs.email, language } }).catch(() => undefined);
    });
    return () => setAccountLanguageSaver(null);
  }, [userId, prefs, save]);
}
