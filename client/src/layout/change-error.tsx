import { Alert } from '@mantine/core';
import { errorCode } from '../core/error-code';
import { ErrorAlert } from './error-alert';

/**
 * A refused change whose action has one known CONFLICT (the last ADMIN, an invitation no longer pending):
 * says which plainly instead of the generic "changed in the meantime".
 */
export function ChangeError({ error, title, conflict }: { error: unknown; title: string; conflict: string }) {
  if (!error) return null;
  if (errorCode(error) === 'CONFLICT') {
    return (
      <Alert color="red" title={title} role="alert">
        {conflict}
      </Alert>
    );
  }
  return <ErrorAlert error={error} title={title} />;
}
