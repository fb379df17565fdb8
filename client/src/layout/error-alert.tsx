import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorCode, errorReason } from '../core/error-code';

/**
 * Shows an API error as the contract's code translated, plus the server's message for input errors
 * (it names the field). Internal errors never carry details from the server, so none are shown.
 */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = errorCode(error);
  const message = (error as { message?: string }).message;
  const isNetwork = !code && !!(error as { networkError?: unknown }).networkError;
  const reason = errorReason(error);
  const codeText = code ? t(`errors.${code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }) : isNetwork ? t('errors.NETWORK') : t('errors.INTERNAL_SERVER_ERROR');
  // A reason (the emergency lock, a TOTP requirement) says what to do, where the code alone would not.
  const text = code && reason ? t(`errors.reasons.${code}_${reason}`, { defaultValue: codeText }) : codeText;
  return (
    <Alert color="red" title={title ?? text} role="alert">
      {title ? text : null}
      {code === 'BAD_USER_INPUT' || code === 'CONFLICT' ? <div>{message}</div> : null}
    </Alert>
  );
}
