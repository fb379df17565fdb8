import type { TFunction } from 'i18next';

/** i18next reads dots as nesting, and the codes nest unevenly ('case.link' and 'case.link.confirm'): keys use underscores. */
const actionKey = (code: string) => `actions.${code.replace(/\./g, '_')}`;

/** The action in the reader's language; a code this client does not know yet is shown as it is, never hidden. */
export function actionLabel(t: TFunction<'audit'>, code: string): string {
  return t(actionKey(code), { defaultValue: code });
}

export function entityLabel(t: TFunction<'audit'>, entityType: string): string {
  return t(`entities.${entityType}`, { defaultValue: entityType });
}

/**
 * The page a subject opens on, for the types that have one. The page itself asks the server, which shows
 * the subject only to those who may read it: a link reveals nothing the entry's id did not.
 */
export function subjectPath(entityType: string, entityId: string | null | undefined): string | null {
  if (!entityId) return null;
  if (entityType === 'Case') return `/cases/${entityId}`;
  if (entityType === 'Statement') return `/statements/${entityId}`;
  if (entityType === 'Briefing') return `/briefings/${entityId}`;
  return null;
}

/** Sign-ins are recorded before a session exists, so the server names no actor: the account signing in is the one acting. */
const SIGN_IN_ACTIONS = new Set(['auth.login', 'auth.new_sign_in', 'auth.recovery_code_used']);

export function actsAsSubject(action: string, entityType: string): boolean {
  return SIGN_IN_ACTIONS.has(action) && entityType === 'User';
}
