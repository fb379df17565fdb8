import { ErrorCode, ErrorReason } from '@coalition/shared';
import { sql } from 'kysely';
import type { Sql } from '../db/session-kysely';
import { AppError } from '../graphql/app-error';

/**
 * The emergency lock, as every data path out of the system consults it (case exports, briefing files,
 * briefing releases, evidence downloads). The rule is PostgreSQL's (organisation_locked_ids, read by the
 * policies on briefings, briefing_files and evidence_custody); services ask the same function first so the
 * refusal is a clear FORBIDDEN instead of a missing row.
 */
export async function lockedOrganisationIds(db: Sql): Promise<Set<string>> {
  const { rows } = await sql<{ ids: string[] }>`SELECT organisation_locked_ids() AS ids`.execute(db);
  return new Set(rows[0]?.ids ?? []);
}

export const organisationLocked = (): AppError =>
  new AppError(
    ErrorCode.FORBIDDEN,
    'An organisation whose data this is, is locked: exports, downloads and briefing releases of its data are stopped until its ADMIN unlocks it.',
    { reason: ErrorReason.ORGANISATION_LOCKED },
  );

export const totpRequired = (message: string): AppError => new AppError(ErrorCode.FORBIDDEN, message, { reason: ErrorReason.TOTP_REQUIRED });

/** Refuses when any of these organisations is locked. */
export async function assertNotLocked(db: Sql, organisationIds: Iterable<string>): Promise<void> {
  const locked = await lockedOrganisationIds(db);
  if (locked.size === 0) return;
  for (const id of organisationIds) if (locked.has(id)) throw organisationLocked();
}

/** Whether the actor's session began with a second factor (a TOTP or recovery code at sign-in). */
export async function sessionHasTotp(db: Sql, sessionId: string | null): Promise<boolean> {
  if (!sessionId) return false;
  const row = await db.selectFrom('sessions').select('totp_verified').where('id', '=', sessionId).where('revoked_at', 'is', null).executeTakeFirst();
  return row?.totp_verified === true;
}
