import { sql } from 'kysely';
import type { AppDeps } from '../../core/config/app-deps';
import { inPooledTransaction } from '../../core/db/session-kysely';
import type { PeriodicJob } from '../../core/mail/job-queue';
import { enqueueMail } from '../../core/mail/mail-outbox';
import { renderNotificationEmail } from './notification-texts';
import { announceNotifications } from '../../core/notifications/notify';

interface PendingRow {
  id: string;
  user_id: string;
  kind: string;
  link: string;
  address: string;
  language: string | null;
  frequency: string;
  digest_sent_at: Date | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The pg-boss queue of the periodic sweep (reminders, then emails and digests). */
const NOTIFICATION_SWEEP = 'notification-sweep';
const NOTIFICATION_SWEEP_SECONDS = 20;

/** The sweep as the server's periodic job (AppModule.periodicJobs). */
export function notificationJobs(deps: AppDeps): PeriodicJob[] {
  const worker = new NotificationWorker(deps);
  // A sweep takes moments; a run whose process died stops holding the queue after two minutes.
  return [{ name: NOTIFICATION_SWEEP, everySeconds: NOTIFICATION_SWEEP_SECONDS, maxRunSeconds: 120, run: () => worker.sweep() }];
}

/**
 * The periodic work of notifications, outside requests, as the owner:
 * - `remind(now)`: TASK_DUE at each remindBefore offset and TASK_OVERDUE once after dueAt
 *   (case_tasks_remind records what it sent on the task, in the same transaction);
 * - `mail(now)`: turns PENDING notifications into emails per the recipient's preferences, in one
 *   transaction with the mail outbox (core/mail), so each notification is mailed at most once:
 *   IMMEDIATE one email each, DAILY_DIGEST one email of all pending every 24 hours, OFF none.
 * The server runs `sweep` as the periodic job NOTIFICATION_SWEEP (every 20 s, one process at a time:
 * JobQueue.every), so reminders go out within a minute of their time, across restarts. Both parts also
 * lock what they take with SKIP LOCKED: two runs at once (a test, a run past its expiry) still send each
 * reminder and email once. `now` is a parameter so that tests move time instead of waiting.
 */
export class NotificationWorker {
  constructor(private readonly deps: AppDeps) {}

  async sweep(now = new Date()): Promise<void> {
    await this.remind(now);
    await this.mail(now);
  }

  async remind(now = new Date()): Promise<number> {
    return inPooledTransaction(this.deps.dataSource, async (db) => {
      const { rows } = await sql<{ user_id: string }>`SELECT case_tasks_remind(${now}::timestamptz) AS user_id`.execute(db);
      await announceNotifications(this.deps, db, rows.map((r) => r.user_id));
      return rows.length;
    });
  }

  /** Returns how many emails were queued. */
  async mail(now = new Date()): Promise<number> {
    return inPooledTransaction(this.deps.dataSource, async (db) => {
      const { rows } = await sql<PendingRow>`
        SELECT n.id, n.user_id, n.kind, n.link, u.email AS address, coalesce(p.language, u.locale) AS language,
               coalesce(p.email, 'IMMEDIATE') AS frequency, p.digest_sent_at
          FROM notifications n
          JOIN users u ON u.id = n.user_id
          LEFT JOIN notification_preferences p ON p.user_id = n.user_id
         WHERE n.email_state = 'PENDING'
         ORDER BY n.created_at, n.id
         LIMIT 500
           FOR UPDATE OF n SKIP LOCKED`.execute(db);
      const byUser = new Map<string, PendingRow[]>();
      for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r]);
      const sent: string[] = [];
      const skipped: string[] = [];
      let queued = 0;
      for (const [userId, items] of byUser) {
        const first = items[0]!;
        if (first.frequency === 'OFF') {
          skipped.push(...items.map((i) => i.id));
          continue;
        }
        if (first.frequency === 'DAILY_DIGEST') {
          if (first.digest_sent_at && now.getTime() - first.digest_sent_at.getTime() < DAY_MS) continue;
          const email = renderNotificationEmail(items, first.language, this.deps.config.publicUrl);
          await enqueueMail(db, { to: first.address, ...email });
          await sql`INSERT INTO notification_preferences (user_id, digest_sent_at) VALUES (${userId}, ${now})
                    ON CONFLICT (user_id) DO UPDATE SET digest_sent_at = excluded.digest_sent_at`.execute(db);
          sent.push(...items.map((i) => i.id));
          queued++;
          continue;
        }
        for (const item of items) {
          await enqueueMail(db, { to: item.address, ...renderNotificationEmail([item], item.language, this.deps.config.publicUrl) });
          sent.push(item.id);
          queued++;
        }
      }
      if (sent.length) await sql`UPDATE notifications SET email_state = 'SENT' WHERE id = ANY(${sent}::uuid[])`.execute(db);
      if (skipped.length) await sql`UPDATE notifications SET email_state = 'SKIPPED' WHERE id = ANY(${skipped}::uuid[])`.execute(db);
      return queued;
    });
  }
}
