import type { Request, Response, Router } from 'express';
import { ICalCalendar } from 'ical-generator';
import { sql } from 'kysely';
import type { AppDeps } from '../../core/config/app-deps';
import { organisationLocked } from '../../core/auth/organisation-lock';
import { sha256Hex } from '../../core/crypto/secret-box';
import { openRequestTransaction } from '../../core/graphql/context';

const TOKEN = /^\/calendar\/([A-Za-z0-9_-]{43})\.ics$/;

/**
 * `GET /calendar/<token>.ics`: the open tasks the token's owner is reminded of, as iCalendar. The token
 * (256 bits, rotatable on the account page) is the only credential, calendar applications send no
 * cookie; an unknown or rotated token is 404, like a malformed one. Calendars are often synced to third
 * parties: each event says only "Coalition task" and links to the case; its title stays in the application.
 * Under the emergency lock a locked organisation's tasks leave every feed, and a member's feed is refused
 * (403, FORBIDDEN, reason ORGANISATION_LOCKED), as case exports are.
 */
async function serve(deps: AppDeps, req: Request, res: Response): Promise<void> {
  const match = TOKEN.exec(req.path);
  if (!match) return void res.status(404).type('text/plain').set('Cache-Control', 'no-store').send('Not found.');
  // Nobody acts (the token is the credential, checked by the functions below); read only: a replica may serve it.
  const tx = await openRequestTransaction(deps, null, true);
  let rows: { id: string; case_id: string; due_at: Date; created_at: Date; version: number }[] = [];
  let known = false;
  let locked = false;
  try {
    const hash = sha256Hex(match[1]!);
    const result = await sql<{ id: string; case_id: string; due_at: Date; created_at: Date; version: number }>`
      SELECT id, case_id, due_at, created_at, version FROM calendar_feed_tasks(${hash})`.execute(tx.sql);
    rows = result.rows;
    known = rows.length > 0 || (await sql<{ ok: boolean }>`SELECT calendar_feed_known(${hash}) AS ok`.execute(tx.sql)).rows[0]?.ok === true;
    locked = known && (await sql<{ locked: boolean }>`SELECT calendar_feed_locked(${hash}) AS locked`.execute(tx.sql)).rows[0]?.locked === true;
  } finally {
    await tx.rollback();
  }
  if (!known) return void res.status(404).type('text/plain').set('Cache-Control', 'no-store').send('Not found.');
  if (locked) {
    // As a member's case export under the emergency lock: refused whole, with the export's answer. The token
    // stays valid, so the feed comes back by itself once the organisation is unlocked.
    const refusal = organisationLocked();
    res.status(403).set('Cache-Control', 'no-store');
    return void res.json({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.extra } }] });
  }
  const calendar = new ICalCalendar({ name: 'Coalition', prodId: { company: 'Coalition', product: 'tasks', language: 'EN' } });
  for (const t of rows) {
    calendar.createEvent({
      id: `${t.id}@coalition`,
      start: t.due_at,
      end: new Date(t.due_at.getTime() + 30 * 60_000),
      stamp: t.created_at,
      sequence: t.version,
      summary: 'Coalition task',
      url: `${deps.config.publicUrl}/cases/${t.case_id}`,
    });
  }
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.type('text/calendar; charset=utf-8').send(calendar.toString());
}

export function calendarRoutes(router: Router, deps: AppDeps): void {
  router.get(/^\/calendar\/[^/]+$/, (req, res, next) => {
    serve(deps, req, res).catch(next);
  });
}
