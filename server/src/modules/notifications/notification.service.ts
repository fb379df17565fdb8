import crypto from 'node:crypto';
import { notificationPreferencesInputSchema } from '@coalition/shared';
import { sql } from 'kysely';
import { requireActor } from '../../core/auth/policy';
import { open, seal, sha256Hex } from '../../core/crypto/secret-box';
import { badInput } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { liveQuery } from '../../core/graphql/live-query';
import { isLiveContext } from '../../core/graphql/subscriptions';
import { decodeCursor, encodeCursor } from '../../core/graphql/pagination';
import { parseInput } from '../../core/graphql/parse-input';
import { announceNotifications, NOTIFICATION_CHANNEL } from '../../core/notifications/notify';
import { appendAudit } from '../../core/audit/audit-writer';
import { EmailFrequency, Notification, NotificationConnection, NotificationPreferences } from './notification.entity';
import { notificationLanguage, notificationText, type NotificationKindName } from './notification-texts';

const languages = new WeakMap<AppContext, Promise<string>>();

export class NotificationService {
  /** TASK_* for a task's assignee (else the owner's caseworkers), in the caller's transaction. */
  async notifyTask(ctx: AppContext, taskId: string, kind: 'TASK_ASSIGNED'): Promise<void> {
    const { rows } = await sql<{ user_id: string }>`SELECT notify_case_task(${taskId}::uuid, ${kind}) AS user_id`.execute(ctx.sql);
    await announceNotifications(ctx.deps, ctx.sql, rows.map((r) => r.user_id));
  }

  /** The viewer's language for notification texts: the preference, else the interface language last used. */
  language(ctx: AppContext): Promise<string> {
    let lang = languages.get(ctx);
    if (!lang) {
      const actor = requireActor(ctx.actor);
      lang = ctx.sql
        .selectFrom('users as u')
        .leftJoin('notification_preferences as p', 'p.user_id', 'u.id')
        .select(['u.locale', 'p.language'])
        .where('u.id', '=', actor.userId)
        .executeTakeFirst()
        .then((r) => notificationLanguage(r?.language ?? r?.locale));
      languages.set(ctx, lang);
    }
    return lang;
  }

  private async toNotification(ctx: AppContext, r: { id: string; kind: string; created_at: Date; read_at: Date | null; link: string; organisation_id: string | null }): Promise<Notification> {
    const language = await this.language(ctx);
    return Object.assign(new Notification(), {
      id: r.id,
      kind: r.kind as NotificationKindName,
      createdAt: r.created_at,
      readAt: r.read_at,
      text: notificationText(r.kind, language),
      link: r.link,
      organisationId: r.organisation_id,
    });
  }

  async list(ctx: AppContext, unreadOnly: boolean, first: number, after: string | null): Promise<NotificationConnection> {
    const actor = requireActor(ctx.actor);
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first', 'must be between 1 and 100');
    const cursor = decodeCursor(after, 2);
    let q = ctx.sql
      .selectFrom('notifications')
      .select(['id', 'kind', 'created_at', 'read_at', 'link', 'organisation_id'])
      .where('user_id', '=', actor.userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(first + 1);
    if (unreadOnly) q = q.where('read_at', 'is', null);
    if (cursor) {
      const [at, id] = cursor as [string, string];
      if (Number.isNaN(Date.parse(at)) || !isUuid(id)) throw badInput('after', 'is not a cursor this API gave out');
      q = q.where(sql<boolean>`(created_at, id) < (${new Date(at)}::timestamptz, ${id}::uuid)`);
    }
    const rows = await q.execute();
    const page = rows.slice(0, first);
    const unread = await ctx.sql
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('user_id', '=', actor.userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    const edges = await Promise.all(
      page.map(async (r) => ({ cursor: encodeCursor([new Date(r.created_at).toISOString(), r.id]), node: await this.toNotification(ctx, r) })),
    );
    return Object.assign(new NotificationConnection(), {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      unreadCount: Number(unread.n),
    });
  }

  async markRead(ctx: AppContext, ids: string[] | null): Promise<number> {
    const actor = requireActor(ctx.actor);
    if (ids && ids.length > 500) throw badInput('ids', 'at most 500 at once');
    const valid = ids?.filter(isUuid) ?? null;
    if (valid && valid.length === 0) return 0;
    let q = ctx.sql.updateTable('notifications').set({ read_at: sql<Date>`now()` }).where('user_id', '=', actor.userId).where('read_at', 'is', null);
    if (valid) q = q.where('id', '=', sql<string>`ANY(${valid}::uuid[])`);
    const result = await q.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async preferences(ctx: AppContext): Promise<NotificationPreferences> {
    const actor = requireActor(ctx.actor);
    const row = await ctx.sql
      .selectFrom('users as u')
      .leftJoin('notification_preferences as p', 'p.user_id', 'u.id')
      .select(['u.locale', 'p.language', 'p.email', 'p.calendar_token_sealed'])
      .where('u.id', '=', actor.userId)
      .executeTakeFirst();
    return Object.assign(new NotificationPreferences(), {
      email: (row?.email as EmailFrequency | null) ?? EmailFrequency.IMMEDIATE,
      language: notificationLanguage(row?.language ?? row?.locale),
      calendarFeedPath: row?.calendar_token_sealed
        ? calendarPath(open(ctx.deps.masterKey, row.calendar_token_sealed, `calendar:${actor.userId}`).toString('utf8'))
        : null,
    });
  }

  async setPreferences(ctx: AppContext, email: EmailFrequency, language: string | null | undefined): Promise<NotificationPreferences> {
    const actor = requireActor(ctx.actor);
    const v = parseInput(notificationPreferencesInputSchema, { email, language });
    await ctx.sql
      .insertInto('notification_preferences')
      .values({ user_id: actor.userId, email: v.email, language: v.language ?? null })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({
          email: v.email,
          ...(v.language ? { language: v.language } : {}),
          updated_at: sql<Date>`now()`,
        }),
      )
      .execute();
    await appendAudit(ctx.sql, ctx.actor, { action: 'notifications.preferences', entityType: 'User', entityId: actor.userId, details: { email: v.email, language: v.language ?? null } });
    languages.delete(ctx);
    return this.preferences(ctx);
  }

  async rotateCalendarFeed(ctx: AppContext): Promise<string> {
    const actor = requireActor(ctx.actor);
    const token = crypto.randomBytes(32).toString('base64url');
    const sealed = seal(ctx.deps.masterKey, token, `calendar:${actor.userId}`);
    await ctx.sql
      .insertInto('notification_preferences')
      .values({ user_id: actor.userId, calendar_token_hash: sha256Hex(token), calendar_token_sealed: sealed })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ calendar_token_hash: sha256Hex(token), calendar_token_sealed: sealed, updated_at: sql<Date>`now()` }))
      .execute();
    await appendAudit(ctx.sql, ctx.actor, { action: 'notifications.calendar_rotate', entityType: 'User', entityId: actor.userId });
    return calendarPath(token);
  }

  /** The viewer's own notifications as they are created (one event per notice; notices in a burst collapse to the newest). */
  async watch(ctx: AppContext): Promise<AsyncIterable<Notification>> {
    // A live context has an actor only inside an event's transaction.
    if (isLiveContext(ctx)) await ctx.begin();
    const actor = requireActor(ctx.actor);
    if (isLiveContext(ctx)) await ctx.end();
    let since: Date | null = null;
    const started = Object.assign(new Notification(), { id: '' });
    return liveQuery<Notification>(ctx, {
      channel: NOTIFICATION_CHANNEL,
      key: actor.userId,
      read: async (live) => {
        if (!since) {
          since = (await sql<{ now: Date }>`SELECT clock_timestamp() AS now`.execute(live.sql)).rows[0]!.now;
          return started;
        }
        const row = await live.sql
          .selectFrom('notifications')
          .select(['id', 'kind', 'created_at', 'read_at', 'link', 'organisation_id'])
          .where('user_id', '=', actor.userId)
          .where('created_at', '>', since)
          .orderBy('created_at', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (!row) return null;
        since = row.created_at;
        return this.toNotification(live, row);
      },
      missing: () => new Error('unreachable'),
      field: 'notificationAdded',
    });
  }
}

export function calendarPath(token: string): string {
  return `/calendar/${token}.ics`;
}

export const notificationService = new NotificationService();
