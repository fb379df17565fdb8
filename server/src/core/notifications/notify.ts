import { sql } from 'kysely';
import type { AppDeps } from '../config/app-deps';
import type { Sql } from '../db/session-kysely';
import { notifications as hub } from '../graphql/subscriptions';

/** Live notices of new notifications; the payload is the recipient's user id. */
export const NOTIFICATION_CHANNEL = 'notification_added';

/** Kinds a module may send to members by role (see the contract's "notifications" rules). */
export type MemberNotificationKind =
  | 'CASE_SHARED'
  | 'STATEMENT_OPEN_FOR_SIGNATURE'
  | 'SIGNATURE_OUTDATED'
  | 'STATEMENT_PUBLISHED'
  | 'BRIEFING_APPROVAL_REQUESTED'
  | 'BRIEFING_DECIDED'
  | 'BRIEFING_RELEASED'
  | 'INVITATION'
  | 'MEMBER_TOTP_RESET'
  | 'NEW_SIGN_IN'
  | 'REFERRAL_URGENT'
  | 'ORGANISATION_LOCKED'
  | 'ORGANISATION_UNLOCKED';

/** Tells the recipients' `notificationAdded` subscriptions (every process) once the transaction commits. */
export async function announceNotifications(deps: AppDeps, db: Sql, userIds: Iterable<string>): Promise<void> {
  for (const userId of new Set(userIds)) await hub(deps).publish(db, NOTIFICATION_CHANNEL, userId);
}

/**
 * Notifies the members of these organisations who hold one of these roles (the actor excepted), in the
 * caller's transaction: the notification exists exactly when the change does. `link` is a client path
 * (/cases/<id>); no text goes in: each recipient reads it in their language, and it never holds a
 * person's data or case text. Emails follow (modules/notifications, NotificationWorker).
 */
export async function notifyMembers(
  ctx: { deps: AppDeps; sql: Sql },
  kind: MemberNotificationKind,
  organisationIds: readonly string[],
  roles: readonly string[],
  link: string,
): Promise<void> {
  if (organisationIds.length === 0) return;
  const { rows } = await sql<{ user_id: string }>`
    SELECT notify_organisation_members(${kind}, ${[...organisationIds]}::uuid[], ${[...roles]}::text[], ${link}, '{}'::jsonb) AS user_id`.execute(ctx.sql);
  await announceNotifications(ctx.deps, ctx.sql, rows.map((r) => r.user_id));
}

/**
 * A notification about the recipient's own account, whom the kind alone decides (SQL notify_account):
 * NEW_SIGN_IN to the actor; INVITATION to the account, if any, holding invitation `ref`'s email;
 * COALITION_ORGANISATION_LOCKED to the coordinators, of organisation `ref` the actor just locked.
 */
export async function notifyAccount(
  ctx: { deps: AppDeps; sql: Sql },
  kind: 'NEW_SIGN_IN' | 'INVITATION' | 'COALITION_ORGANISATION_LOCKED',
  ref: string | null,
): Promise<void> {
  const { rows } = await sql<{ user_id: string }>`SELECT notify_account(${kind}, ${ref}::uuid) AS user_id`.execute(ctx.sql);
  await announceNotifications(ctx.deps, ctx.sql, rows.map((r) => r.user_id));
}
