import { ErrorCode, ErrorReason } from '@coalition/shared';
import { sql } from 'kysely';
import { appendAudit } from '../../core/audit/audit-writer';
import { memberOrganisationIds } from '../../core/auth/actor';
import { sessionHasTotp } from '../../core/auth/organisation-lock';
import { requireActor } from '../../core/auth/policy';
import { advisoryXactLock } from '../../core/db/sql-functions';
import { clearSessionCookie, SESSION_ABSOLUTE_SECONDS, setSessionCookie } from '../../core/auth/session-cookie';
import { AppError, badInput, conflict, rateLimited, unauthenticated } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { notifyAccount } from '../../core/notifications/notify';
import { openString, randomToken, seal, sha256Hex } from '../../core/crypto/secret-box';
import { dummyPasswordHash, hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from './password';
import { normaliseRecoveryCode, spendRecoveryCode } from './recovery-codes';
import { rememberBrowser } from './known-browser';
import { matchTotp, newTotpSecret, otpauthUrl } from './totp';
import { User } from './user.entity';
import type { TotpSetup } from './dto/totp-setup.type';

export const MAX_FAILED_LOGINS = 5;
export const FAILED_LOGIN_WINDOW_MINUTES = 15;
/** Wrong current passwords one session may give changePassword: the last of them ends the session. */
export const MAX_PASSWORD_CHECKS = 5;
/** What is kept of a browser's User-Agent for the list of sessions. */
const USER_AGENT_MAX_LENGTH = 200;

export const totpAad = (userId: string) => `users:${userId}:totp_secret`;

/** One message for every sign-in failure: nothing tells which part was wrong. */
const signInFailed = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong email, password or code.', {}, true);

export function validateNewPassword(password: string, field = 'newPassword'): void {
  if (password.length < PASSWORD_MIN_LENGTH) throw badInput(field, `must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > PASSWORD_MAX_LENGTH) throw badInput(field, `must be at most ${PASSWORD_MAX_LENGTH} characters`);
}

export class AuthService {
  /** The signed-in user's account, as the request's identity statement read it: no statement of its own. */
  async me(ctx: AppContext): Promise<User | null> {
    const { actor, account } = ctx.tx;
    if (!actor || !account) return null;
    return Object.assign(new User(), {
      id: actor.userId,
      displayName: actor.displayName,
      coalitionRoles: actor.coalitionRoles,
      ...account,
    });
  }

  async login(ctx: AppContext, email: string, password: string, totpCode: string | null | undefined): Promise<User> {
    const normalised = email.trim().toLowerCase();
    const emailHash = sha256Hex(normalised);
    // One sign-in per email at a time, across every server process, until this transaction ends: the
    // count, the password check, the recorded failure and the spent TOTP step are then one step, so
    // parallel requests get no more guesses than sequential ones and a code signs in once.
    await advisoryXactLock(ctx.sql, `login:${emailHash}`, 0);
    const { failures } = await ctx.sql
      .selectFrom('login_attempts')
      .select(sql<number>`count(*)::int`.as('failures'))
      .where('email_hash', '=', emailHash)
      .where('at', '>', sql<Date>`now() - make_interval(mins => ${FAILED_LOGIN_WINDOW_MINUTES})`)
      .executeTakeFirstOrThrow();
    if (failures >= MAX_FAILED_LOGINS) {
      await appendAudit(ctx.sql, null, { action: 'auth.login_rate_limited', entityType: 'User' });
      throw rateLimited(`Too many failed sign-ins for this email. Try again in ${FAILED_LOGIN_WINDOW_MINUTES} minutes.`);
    }

    const row = await ctx.tx.lookupLogin(normalised);
    const passwordOk = row
      ? await verifyPassword(row.password_hash, password)
      : (await verifyPassword(await dummyPasswordHash(), password)) && false;
    let totpStep: number | null = null;
    // A recovery code in place of the TOTP code: spent below, once the transaction acts as the user.
    let recoveryCode: string | null = null;
    if (row && passwordOk && row.totp_enabled && row.totp_secret) {
      const secret = openString(ctx.deps.masterKey, row.totp_secret, totpAad(row.id));
      totpStep = totpCode ? matchTotp(secret, totpCode, ctx.deps.now?.() ?? Date.now()) : null;
      const replayed = totpStep !== null && row.totp_last_step !== null && totpStep <= Number(row.totp_last_step);
      if (totpStep === null || replayed) totpStep = -1;
      if (totpStep === -1 && totpCode && normaliseRecoveryCode(totpCode)) {
        recoveryCode = totpCode;
        totpStep = null;
      }
    }
    if (!row || !passwordOk || totpStep === -1) return this.failLogin(ctx, emailHash, row?.id ?? null);

    // A new session at every sign-in (no fixation); any session this client had ends.
    if (ctx.actor?.sessionId) await this.revokeSession(ctx, ctx.actor.sessionId);
    await ctx.tx.becomeUser(row.id);
    ctx.loaders.clear();
    const secondFactor = totpStep !== null || recoveryCode !== null;
    if (!secondFactor && (await this.totpRequiredOfActor(ctx))) {
      // A locked organisation (or one that asks TOTP of its members) lets no password alone in: a seized
      // laptop's saved password must not open a session, nor enrol a factor of the thief's. The answer
      // tells the owner of the right password what to do; it is no guess counted against the email.
      await ctx.tx.becomeUser(null);
      ctx.loaders.clear();
      await appendAudit(ctx.sql, null, { action: 'auth.login_totp_required', entityType: 'User', entityId: row.id });
      throw new AppError(
        ErrorCode.UNAUTHENTICATED,
        'Your organisation requires two-factor sign-in and this account has none: ask your organisation\'s ADMIN.',
        { reason: ErrorReason.TOTP_REQUIRED },
        true,
      );
    }
    if (totpStep !== null) {
      // Spent only if no later or equal step was: the database, not the read above, has the last word.
      const step = totpStep;
      const spent = await ctx.sql
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', row.id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]))
        .returning('id')
        .execute();
      if (spent.length === 0) {
        await ctx.tx.becomeUser(null);
        return this.failLogin(ctx, emailHash, row.id);
      }
    }
    if (recoveryCode !== null) {
      if (!(await spendRecoveryCode(ctx.sql, row.id, recoveryCode))) {
        await ctx.tx.becomeUser(null);
        return this.failLogin(ctx, emailHash, row.id);
      }
      await appendAudit(ctx.sql, ctx.actor, { action: 'auth.recovery_code_used', entityType: 'User', entityId: row.id });
    }
    const { newBrowser } = await this.startSession(ctx, row.id, secondFactor);
    await appendAudit(ctx.sql, ctx.actor, { action: 'auth.login', entityType: 'User', entityId: row.id });
    if (newBrowser) {
      await notifyAccount(ctx, 'NEW_SIGN_IN', null);
      await appendAudit(ctx.sql, ctx.actor, { action: 'auth.new_sign_in', entityType: 'User', entityId: row.id });
    }
    return ctx.db.getRepository(User).findOneByOrFail({ id: row.id });
  }

  /** Records a failed sign-in (committed with the error) and answers as every failure does. */
  private async failLogin(ctx: AppContext, emailHash: string, userId: string | null): Promise<never> {
    await ctx.sql.insertInto('login_attempts').values({ email_hash: emailHash }).execute();
    await appendAudit(ctx.sql, null, { action: 'auth.login_failed', entityType: 'User', entityId: userId });
    throw signInFailed();
  }

  async logout(ctx: AppContext): Promise<boolean> {
    const actor = requireActor(ctx.actor);
    if (actor.sessionId) await this.revokeSession(ctx, actor.sessionId);
    await appendAudit(ctx.sql, actor, { action: 'auth.logout', entityType: 'User', entityId: actor.userId });
    if (ctx.http) clearSessionCookie(ctx.http.req, ctx.http.res, ctx.deps.config.COOKIE_SECURE);
    await ctx.tx.becomeUser(null);
    ctx.loaders.clear();
    return true;
  }

  /**
   * The current password is checked under the session row's lock, and every wrong one is counted on
   * that row: the fifth ends the session, however many requests or processes guess at once.
   */
  async changePassword(ctx: AppContext, currentPassword: string, newPassword: string): Promise<boolean> {
    const actor = requireActor(ctx.actor);
    const user = await this.checkCurrentPassword(ctx, currentPassword);
    validateNewPassword(newPassword);
    await ctx.db.getRepository(User).update({ id: user.id }, { passwordHash: await hashPassword(newPassword) });
    // The fresh session began with a second factor exactly when this one did.
    const totpVerified = await sessionHasTotp(ctx.sql, actor.sessionId);
    // Every session of the account ends, this one included; this client gets a fresh one.
    await ctx.sql.updateTable('sessions').set({ revoked_at: sql<Date>`now()` }).where('user_id', '=', user.id).where('revoked_at', 'is', null).execute();
    await this.startSession(ctx, user.id, totpVerified);
    await appendAudit(ctx.sql, actor, { action: 'auth.password_change', entityType: 'User', entityId: user.id });
    return true;
  }

  /**
   * The signed-in user, once `currentPassword` is theirs. Checked under the session row's lock; a wrong
   * one (or a wrong second factor, through failSecretCheck) is counted on that row and the fifth ends
   * the session, however many requests or processes guess at once.
   */
  async checkCurrentPassword(ctx: AppContext, currentPassword: string): Promise<User> {
    const actor = requireActor(ctx.actor);
    if (!actor.sessionId) throw unauthenticated();
    const session = await ctx.sql
      .selectFrom('sessions')
      .select('failed_password_checks')
      .where('id', '=', actor.sessionId)
      .where('revoked_at', 'is', null)
      .forNoKeyUpdate()
      .executeTakeFirst();
    // Ended while this request waited for the lock (by the fifth wrong password, or a sign-out).
    if (!session || session.failed_password_checks >= MAX_PASSWORD_CHECKS) throw unauthenticated();
    const user = await ctx.db.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) return this.failSecretCheck(ctx, 'currentPassword', 'is not your current password');
    return user;
  }

  /** Counts a wrong secret on the session (the fifth ends it) and answers BAD_USER_INPUT on `field`, keeping the count. */
  async failSecretCheck(ctx: AppContext, field: string, message: string): Promise<never> {
    const actor = requireActor(ctx.actor);
    const { failed } = await ctx.sql
      .updateTable('sessions')
      .set((eb) => ({
        failed_password_checks: eb('failed_password_checks', '+', 1),
        revoked_at: sql<Date | null>`CASE WHEN failed_password_checks + 1 >= ${MAX_PASSWORD_CHECKS} THEN now() ELSE revoked_at END`,
      }))
      .where('id', '=', actor.sessionId!)
      .returning('failed_password_checks as failed')
      .executeTakeFirstOrThrow();
    await appendAudit(ctx.sql, actor, { action: 'auth.password_check_failed', entityType: 'User', entityId: actor.userId });
    if (failed >= MAX_PASSWORD_CHECKS) {
      await appendAudit(ctx.sql, actor, { action: 'auth.session_ended', entityType: 'User', entityId: actor.userId });
      if (ctx.http) clearSessionCookie(ctx.http.req, ctx.http.res, ctx.deps.config.COOKIE_SECURE);
      await ctx.tx.becomeUser(null);
      ctx.loaders.clear();
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Too many wrong passwords: this session has ended. Sign in again.', {}, true);
    }
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field }, true);
  }

  async setupTotp(ctx: AppContext): Promise<TotpSetup> {
    const actor = requireActor(ctx.actor);
    const user = await ctx.db.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (user.totpEnabled) throw conflict('Two-factor sign-in is already enabled.');
    const secret = newTotpSecret();
    await ctx.db.getRepository(User).update({ id: user.id }, { totpSecret: seal(ctx.deps.masterKey, secret, totpAad(user.id)) });
    await appendAudit(ctx.sql, actor, { action: 'auth.totp_setup', entityType: 'User', entityId: user.id });
    return { secret, otpauthUrl: otpauthUrl(secret, user.email) };
  }

  async confirmTotp(ctx: AppContext, code: string): Promise<boolean> {
    const actor = requireActor(ctx.actor);
    const user = await ctx.db.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (user.totpEnabled) throw conflict('Two-factor sign-in is already enabled.');
    if (!user.totpSecret) throw conflict('Call setupTotp first.');
    const step = matchTotp(openString(ctx.deps.masterKey, user.totpSecret, totpAad(user.id)), code.trim(), ctx.deps.now?.() ?? Date.now());
    if (step === null) throw badInput('code', 'does not match; check the clock of your device');
    await ctx.db.getRepository(User).update({ id: user.id }, { totpEnabled: true, totpLastStep: String(step) });
    await appendAudit(ctx.sql, actor, { action: 'auth.totp_enable', entityType: 'User', entityId: user.id });
    return true;
  }

  /**
   * A new session for the user the transaction now acts as: a fresh random
   * token in the cookie, only its hash in the database; `totpVerified` when
   * it began with a second factor (what unlocking an organisation asks).
   */
  async startSession(ctx: AppContext, userId: string, totpVerified = false): Promise<{ newBrowser: boolean }> {
    const token = randomToken();
    const userAgent = ctx.http?.req.get('user-agent')?.slice(0, USER_AGENT_MAX_LENGTH) ?? null;
    const session = await ctx.sql
      .insertInto('sessions')
      .values({
        user_id: userId,
        token_hash: sha256Hex(token),
        user_agent: userAgent,
        totp_verified: totpVerified,
        expires_at: sql<Date>`now() + make_interval(secs => ${SESSION_ABSOLUTE_SECONDS})`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (ctx.tx.actor) ctx.tx.actor.sessionId = session.id;
    if (ctx.http) setSessionCookie(ctx.http.req, ctx.http.res, token, ctx.deps.config.COOKIE_SECURE);
    return { newBrowser: await rememberBrowser(ctx, userId) };
  }

  /**
   * Whether an organisation of the acting user is locked or asks TOTP of its members (memberships and
   * organisations are the user's own to read once the transaction acts as them).
   */
  private async totpRequiredOfActor(ctx: AppContext): Promise<boolean> {
    // The transaction's actor, whom becomeUser just set (the request's context keeps the one it began with).
    const organisationIds = memberOrganisationIds(ctx.tx.actor);
    if (organisationIds.length === 0) return false;
    const row = await ctx.sql
      .selectFrom('organisations')
      .select('id')
      .where('id', 'in', organisationIds)
      .where((eb) => eb.or([eb('locked_at', 'is not', null), eb('require_totp', '=', true)]))
      .executeTakeFirst();
    return row !== undefined;
  }

  private async revokeSession(ctx: AppContext, sessionId: string): Promise<void> {
    await ctx.sql.updateTable('sessions').set({ revoked_at: sql<Date>`now()` }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
  }
}

export const authService = new AuthService();
