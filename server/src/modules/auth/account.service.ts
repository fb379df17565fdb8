import { ErrorCode } from '@coalition/shared';
import { sql } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../../core/audit/audit-writer';
import { requireActor } from '../../core/auth/policy';
import { clearSessionCookie } from '../../core/auth/session-cookie';
import { SESSION_IDLE_SECONDS } from '../../core/db/actor-transaction';
import { advisoryXactLock } from '../../core/db/sql-functions';
import { AppError, conflict, notFound, rateLimited } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { parseInput } from '../../core/graphql/parse-input';
import { openString, randomToken, sha256Hex } from '../../core/crypto/secret-box';
import { authService, totpAad, validateNewPassword } from './auth.service';
import { mailLanguage, passwordResetMail, queueAccountMail } from './mail/account-mail';
import { hashPassword } from './password';
import { newRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT, recoveryCodeHash, spendRecoveryCode } from './recovery-codes';
import { matchTotp } from './totp';
import type { SessionInfo } from './dto/session-info.type';

export const PASSWORD_RESET_MINUTES = 30;
/** Reset requests per email, and per client address, within PASSWORD_RESET_WINDOW_MINUTES, known email or not. */
export const PASSWORD_RESETS_PER_EMAIL = 3;
export const PASSWORD_RESETS_PER_CLIENT = 10;
export const PASSWORD_RESET_WINDOW_MINUTES = 60;

const resetEmailSchema = z.string().trim().toLowerCase().max(254).email('must be an email address');
/** randomToken(): 32 bytes, base64url. */
const RESET_TOKEN = /^[A-Za-z0-9_-]{43}$/;

interface ResetIssueRow {
  user_id: string;
  email: string;
  locale: string;
}

const resetTokenInvalid = () => new AppError(ErrorCode.NOT_FOUND, 'This reset link does not exist, has been used, or has expired. Ask for a new one.');

export class AccountService {
  /**
   * Emails a reset link if the email has an account; answers true either way, after the same
   * statements (the issuing function writes nothing for an unknown email) and with the email sent
   * after the answer. Both limits count every request, known email or not, under advisory locks so
   * that parallel requests and several processes get no more than sequential ones.
   */
  async requestPasswordReset(ctx: AppContext, email: string): Promise<boolean> {
    const address = parseInput(resetEmailSchema, email, 'email');
    const emailHash = sha256Hex(`password-reset:${address}`);
    const clientHash = sha256Hex(`password-reset-client:${ctx.http?.req.ip ?? 'internal'}`);
    // Always the email's lock, then the client's: no two requests wait for each other in a cycle.
    await advisoryXactLock(ctx.sql, `password-reset:${emailHash}`, 0);
    await advisoryXactLock(ctx.sql, `password-reset:${clientHash}`, 0);
    const window = sql<Date>`now() - make_interval(mins => ${PASSWORD_RESET_WINDOW_MINUTES})`;
    const counts = await ctx.sql
      .selectFrom('password_reset_attempts')
      .select([
        sql<number>`count(*) FILTER (WHERE email_hash = ${emailHash})::int`.as('byEmail'),
        sql<number>`count(*) FILTER (WHERE client_hash = ${clientHash})::int`.as('byClient'),
      ])
      .where((eb) => eb.or([eb('email_hash', '=', emailHash), eb('client_hash', '=', clientHash)]))
      .where('at', '>', window)
      .executeTakeFirstOrThrow();
    if (counts.byEmail >= PASSWORD_RESETS_PER_EMAIL || counts.byClient >= PASSWORD_RESETS_PER_CLIENT) {
      await appendAudit(ctx.sql, null, { action: 'auth.password_reset_rate_limited', entityType: 'User' });
      throw rateLimited(`Too many password-reset requests. Try again in ${PASSWORD_RESET_WINDOW_MINUTES} minutes.`);
    }
    await ctx.sql.insertInto('password_reset_attempts').values({ email_hash: emailHash, client_hash: clientHash }).execute();
    const token = randomToken();
    const { rows } = await sql<ResetIssueRow>`SELECT * FROM app_password_reset_issue(${address}, ${sha256Hex(token)}, ${PASSWORD_RESET_MINUTES})`.execute(ctx.sql);
    const account = rows[0];
    await appendAudit(ctx.sql, null, { action: 'auth.password_reset_requested', entityType: 'User', entityId: account?.user_id ?? null });
    if (account) {
      const url = `${ctx.deps.config.publicUrl}/reset-password/${token}`;
      await queueAccountMail(ctx, passwordResetMail(account.email, mailLanguage(account.locale), url, PASSWORD_RESET_MINUTES));
    }
    return true;
  }

  /**
   * Sets the password from a live token and ends every session of the account (TOTP is still asked at
   * the next sign-in). The new password is checked and hashed before the token is looked at: a bad
   * password leaves the token usable, and the answer's time says nothing about the token.
   */
  async resetPassword(ctx: AppContext, token: string, newPassword: string): Promise<boolean> {
    validateNewPassword(newPassword);
    const passwordHash = await hashPassword(newPassword);
    if (!RESET_TOKEN.test(token)) throw resetTokenInvalid();
    const { rows } = await sql<{ user_id: string | null }>`SELECT app_password_reset_consume(${sha256Hex(token)}, ${passwordHash}) AS user_id`.execute(ctx.sql);
    const userId = rows[0]?.user_id ?? null;
    if (!userId) throw resetTokenInvalid();
    const before = ctx.actor;
    await ctx.tx.becomeUser(userId);
    await appendAudit(ctx.sql, ctx.actor, { action: 'auth.password_reset', entityType: 'User', entityId: userId });
    // The client's own session ended with the others if it was this account's; another account's stays.
    if (before && before.userId !== userId) {
      await ctx.tx.becomeUser(before.userId, before.sessionId);
    } else {
      await ctx.tx.becomeUser(null);
      if (before && ctx.http) clearSessionCookie(ctx.http.req, ctx.http.res, ctx.deps.config.COOKIE_SECURE);
    }
    ctx.loaders.clear();
    return true;
  }

  /** Ten new single-use codes, shown once; the old ones stop working. Needs TOTP on. */
  async generateRecoveryCodes(ctx: AppContext, currentPassword: string): Promise<string[]> {
    const actor = requireActor(ctx.actor);
    const user = await authService.checkCurrentPassword(ctx, currentPassword);
    if (!user.totpEnabled) throw conflict('Turn on two-factor sign-in first: recovery codes stand in for its codes.');
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await ctx.sql.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await ctx.sql
      .insertInto('recovery_codes')
      .values(codes.map((code) => ({ user_id: user.id, code_hash: recoveryCodeHash(normaliseRecoveryCode(code)!) })))
      .execute();
    await appendAudit(ctx.sql, actor, { action: 'auth.recovery_codes_generated', entityType: 'User', entityId: user.id });
    return codes;
  }

  /** TOTP off, with the current password and a current TOTP code (not one already used) or a recovery code. */
  async disableTotp(ctx: AppContext, currentPassword: string, code: string): Promise<boolean> {
    const actor = requireActor(ctx.actor);
    const user = await authService.checkCurrentPassword(ctx, currentPassword);
    if (!user.totpEnabled || !user.totpSecret) throw conflict('Two-factor sign-in is not enabled.');
    const step = matchTotp(openString(ctx.deps.masterKey, user.totpSecret, totpAad(user.id)), code.trim());
    let accepted = false;
    if (step !== null) {
      const spent = await ctx.sql
        .updateTable('users')
        .set({ totp_last_step: String(step) })
        .where('id', '=', user.id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]))
        .returning('id')
        .execute();
      accepted = spent.length > 0;
    } else {
      accepted = await spendRecoveryCode(ctx.sql, user.id, code);
    }
    if (!accepted) return authService.failSecretCheck(ctx, 'code', 'is not a current two-factor code or an unused recovery code');
    await ctx.sql.updateTable('users').set({ totp_enabled: false, totp_secret: null, totp_last_step: null }).where('id', '=', user.id).execute();
    await ctx.sql.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await appendAudit(ctx.sql, actor, { action: 'auth.totp_disable', entityType: 'User', entityId: user.id });
    return true;
  }

  /**
   * The viewer's live sessions, this one first, then the most recently used (row-level security shows no one
   * else's). The session touch is throttled, so sessions of one minute tie on last use: then the newest first.
   */
  async mySessions(ctx: AppContext): Promise<SessionInfo[]> {
    const actor = requireActor(ctx.actor);
    const rows = await ctx.sql
      .selectFrom('sessions')
      .select(['id', 'created_at', 'last_seen_at', 'user_agent'])
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .where('last_seen_at', '>', sql<Date>`now() - make_interval(secs => ${SESSION_IDLE_SECONDS})`)
      .orderBy(sql`id = ${actor.sessionId}`, 'desc')
      .orderBy('last_seen_at', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at, lastSeenAt: r.last_seen_at, userAgent: r.user_agent, current: r.id === actor.sessionId }));
  }

  /** Ends one of the viewer's own sessions; anyone else's is NOT_FOUND, as one that does not exist. */
  async revokeSession(ctx: AppContext, id: string): Promise<boolean> {
    const actor = requireActor(ctx.actor);
    if (!isUuid(id)) throw notFound('The session');
    const ended = await ctx.sql
      .updateTable('sessions')
      .set({ revoked_at: sql<Date>`now()` })
      .where('id', '=', id)
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .returning('id')
      .execute();
    if (ended.length === 0) throw notFound('The session');
    await appendAudit(ctx.sql, actor, { action: 'auth.session_revoked', entityType: 'User', entityId: actor.userId });
    if (id === actor.sessionId) {
      if (ctx.http) clearSessionCookie(ctx.http.req, ctx.http.res, ctx.deps.config.COOKIE_SECURE);
      await ctx.tx.becomeUser(null);
      ctx.loaders.clear();
    }
    return true;
  }
}

export const accountService = new AccountService();
