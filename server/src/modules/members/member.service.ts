import crypto from 'node:crypto';
import { ErrorCode, OrgRole } from '@coalition/shared';
import { sql } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../../core/audit/audit-writer';
import { authorize, requireActor } from '../../core/auth/policy';
import { advisoryXactLock, setLocalConfig } from '../../core/db/sql-functions';
import { AppError, conflict, forbidden, notFound, unauthenticated } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { parseInput } from '../../core/graphql/parse-input';
import { announceNotifications, notifyAccount } from '../../core/notifications/notify';
import { randomToken, sha256Hex } from '../../core/crypto/secret-box';
import { authService, hashPassword, invitationMail, mailLanguage, queueAccountMail, totpResetMail, validateNewPassword } from '../auth';
import { User } from '../auth/user.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { memberPolicy } from './member.policy';

export const INVITATION_DAYS = 7;

const rolesSchema = z.array(z.enum(OrgRole)).min(1, 'give at least one role').transform((r) => [...new Set(r)]);
const emailSchema = z.string().trim().toLowerCase().max(254).email('must be an email address');
const displayNameSchema = z.string().trim().min(1).max(200);

export class MemberService {
  async list(ctx: AppContext, organisationId: string): Promise<Membership[]> {
    authorize(memberPolicy, ctx.actor, 'list', { organisationId });
    // A coordinator passes the policy for any id; one that is not a UUID names no organisation.
    if (!isUuid(organisationId)) return [];
    return ctx.db.getRepository(Membership).find({ where: { organisationId }, order: { createdAt: 'ASC' } });
  }

  /**
   * The token is emailed to the invitee. With SMTP_URL set it goes only there, never into the inviting
   * admin's answer (who could otherwise accept in the invitee's name); without it (the embedded default,
   * mail written to DATA_DIR/outbox) the answer also carries it, to be passed on out of band.
   */
  async invite(ctx: AppContext, organisationId: string, email: string, roles: OrgRole[]): Promise<Invitation> {
    authorize(memberPolicy, ctx.actor, 'invite', { organisationId });
    const organisation = await this.requireOrganisation(ctx, organisationId);
    const address = parseInput(emailSchema, email, 'email');
    const granted = parseInput(rolesSchema, roles, 'roles');
    const token = randomToken();
    const repo = ctx.db.getRepository(Invitation);
    const invitation = await repo.save(
      repo.create({
        organisationId,
        email: address,
        roles: granted,
        tokenHash: sha256Hex(token),
        invitedBy: ctx.actor!.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
        acceptedAt: null,
      }),
    );
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'member.invite',
      entityType: 'Invitation',
      entityId: invitation.id,
      organisationId,
      details: { roles: granted.join(',') },
    });
    // An existing account hears of it in the app too (no token there: it stays in the email).
    await notifyAccount(ctx, 'INVITATION', invitation.id);
    const url = `${ctx.deps.config.publicUrl}/invite/${token}`;
    const inviter = await ctx.db.getRepository(User).findOneByOrFail({ id: ctx.actor!.userId });
    await queueAccountMail(ctx, invitationMail(address, mailLanguage(inviter.locale), url, organisation.name, INVITATION_DAYS));
    invitation.token = ctx.deps.config.SMTP_URL ? null : token;
    return invitation;
  }

  /** Invitations not yet accepted and not expired, newest first: what the organisation's ADMIN can still revoke. */
  async pendingInvitations(ctx: AppContext, organisationId: string): Promise<Invitation[]> {
    authorize(memberPolicy, ctx.actor, 'list', { organisationId });
    if (!isUuid(organisationId)) return [];
    return ctx.db
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .where('i.organisation_id = :organisationId AND i.accepted_at IS NULL AND i.expires_at > now()', { organisationId })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getMany();
  }

  /**
   * Ends a pending invitation now, so its token no longer works (sent to the wrong address, or leaked).
   * It expires rather than disappears: the row and the audit entry say who was invited and when.
   */
  async revokeInvitation(ctx: AppContext, id: string): Promise<boolean> {
    if (!ctx.actor) throw unauthenticated();
    if (!isUuid(id)) throw notFound('The invitation');
    // Row-level security shows the row to its organisation's ADMINs and the coordinator only: anyone else
    // learns nothing, not even that it exists.
    const invitation = await ctx.db.getRepository(Invitation).findOneBy({ id });
    if (!invitation) throw notFound('The invitation');
    authorize(memberPolicy, ctx.actor, 'revokeInvitation', { organisationId: invitation.organisationId });
    if (invitation.acceptedAt) throw conflict('The invitation has already been accepted.');
    // Checked again in the UPDATE itself: an acceptance committed meanwhile (it locks the row) wins.
    const ended = await ctx.db
      .createQueryBuilder()
      .update(Invitation)
      .set({ expiresAt: () => 'now()' })
      .where('id = :id AND accepted_at IS NULL AND expires_at > now()', { id })
      .execute();
    if (!ended.affected) throw conflict('The invitation is no longer pending: it has been accepted or has expired.');
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'member.revoke_invitation',
      entityType: 'Invitation',
      entityId: id,
      organisationId: invitation.organisationId,
    });
    return true;
  }

  /**
   * Joins the invitation's organisation with a new account, signed in. The token works once.
   *
   * An email that already has an account is never signed in here, whatever the password: whoever holds
   * the token (the inviting admin too) must not get into that account. Its owner accepts while signed
   * in, with acceptAsMe. The input is checked before the account is looked up, so a bad name or
   * password gets the same answer for either kind of email.
   */
  async accept(ctx: AppContext, token: string, displayName: string, password: string): Promise<User> {
    const name = parseInput(displayNameSchema, displayName, 'displayName');
    validateNewPassword(password, 'password');
    const invitation = await this.lockPendingInvitation(ctx, token);
    if (!invitation) throw notFound('The invitation');
    // Two invitations of one new email accepted at once create one account; the other then finds it.
    await advisoryXactLock(ctx.sql, `account:${invitation.email}`, 0);
    const existing = await ctx.tx.lookupLogin(invitation.email);
    if (existing) {
      await appendAudit(ctx.sql, null, {
        action: 'member.accept_needs_sign_in',
        entityType: 'Invitation',
        entityId: invitation.id,
        organisationId: invitation.organisationId,
      });
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to accept this invitation.', {}, true);
    }
    // No RETURNING: the new row is not readable until the transaction acts as its user.
    const userId = crypto.randomUUID();
    await ctx.sql
      .insertInto('users')
      .values({ id: userId, email: invitation.email, display_name: name, password_hash: await hashPassword(password) })
      .execute();
    await ctx.tx.becomeUser(userId);
    await this.join(ctx, invitation, userId);
    await ctx.tx.becomeUser(userId);
    ctx.loaders.clear();
    await authService.startSession(ctx, userId);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'member.join',
      entityType: 'Membership',
      entityId: userId,
      organisationId: invitation.organisationId,
      details: { invitationId: invitation.id, newAccount: true },
    });
    return ctx.db.getRepository(User).findOneByOrFail({ id: userId });
  }

  /**
   * Joins the invitation's organisation as the signed-in user, whose email must be the invited one.
   * Anyone else's invitation is answered exactly as a token that does not exist (NOT_FOUND): the
   * answer confirms neither that the token is valid nor to whom it was sent.
   */
  async acceptAsMe(ctx: AppContext, token: string): Promise<Membership> {
    const actor = requireActor(ctx.actor);
    const invitation = await this.lockPendingInvitation(ctx, token);
    const me = await ctx.db.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (!invitation || invitation.email !== me.email.toLowerCase()) throw notFound('The invitation');
    const membership = await this.join(ctx, invitation, me.id);
    await ctx.tx.becomeUser(me.id, actor.sessionId);
    ctx.loaders.clear();
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'member.join',
      entityType: 'Membership',
      entityId: me.id,
      organisationId: invitation.organisationId,
      details: { invitationId: invitation.id, newAccount: false },
    });
    return membership;
  }

  /**
   * The pending invitation of this token, locked: of parallel acceptances, the first to commit wins and
   * the others find it accepted. Row-level security shows it to the token's holder only through this setting.
   */
  private async lockPendingInvitation(ctx: AppContext, token: string): Promise<Invitation | null> {
    const tokenHash = sha256Hex(token);
    await setLocalConfig(ctx.sql, 'app.invitation_token_hash', tokenHash);
    return ctx.db
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .where('i.token_hash = :tokenHash AND i.accepted_at IS NULL AND i.expires_at > now()', { tokenHash })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The membership the invitation grants, and the invitation spent; the transaction acts as the joining user. */
  private async join(ctx: AppContext, invitation: Invitation, userId: string): Promise<Membership> {
    const already = await ctx.db.getRepository(Membership).existsBy({ organisationId: invitation.organisationId, userId });
    if (already) throw conflict('You are already a member of this organisation.');
    const membership = ctx.db.getRepository(Membership).create({ organisationId: invitation.organisationId, userId, roles: invitation.roles });
    await ctx.db.getRepository(Membership).insert(membership);
    await ctx.db.getRepository(Invitation).update({ id: invitation.id }, { acceptedAt: new Date() });
    return membership;
  }

  async setRoles(ctx: AppContext, organisationId: string, userId: string, roles: OrgRole[]): Promise<Membership> {
    authorize(memberPolicy, ctx.actor, 'setRoles', { organisationId });
    const granted = parseInput(rolesSchema, roles, 'roles');
    const memberships = await this.lockMemberships(ctx, organisationId);
    const target = memberships.find((m) => m.userId === userId);
    if (!target) throw notFound('The member');
    const adminsAfter = memberships.filter((m) => (m.userId === userId ? granted : m.roles).includes(OrgRole.ADMIN));
    if (adminsAfter.length === 0) throw conflict('An organisation keeps at least one ADMIN.');
    await ctx.db.getRepository(Membership).update({ organisationId, userId }, { roles: granted });
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'member.set_roles',
      entityType: 'Membership',
      entityId: userId,
      organisationId,
      details: { roles: granted.join(',') },
    });
    return { ...target, roles: granted };
  }

  async remove(ctx: AppContext, organisationId: string, userId: string): Promise<boolean> {
    authorize(memberPolicy, ctx.actor, 'remove', { organisationId });
    const memberships = await this.lockMemberships(ctx, organisationId);
    if (!memberships.some((m) => m.userId === userId)) throw notFound('The member');
    const adminsAfter = memberships.filter((m) => m.userId !== userId && m.roles.includes(OrgRole.ADMIN));
    if (adminsAfter.length === 0) throw conflict('An organisation keeps at least one ADMIN.');
    await ctx.db.getRepository(Membership).delete({ organisationId, userId });
    await appendAudit(ctx.sql, ctx.actor, { action: 'member.remove', entityType: 'Membership', entityId: userId, organisationId });
    return true;
  }

  /** Row locks on the organisation's memberships: concurrent demotions cannot leave it without an ADMIN. */
  private async lockMemberships(ctx: AppContext, organisationId: string): Promise<Membership[]> {
    if (!isUuid(organisationId)) return [];
    return ctx.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.organisation_id = :organisationId', { organisationId })
      .setLock('pessimistic_write')
      .getMany();
  }

  private async requireOrganisation(ctx: AppContext, organisationId: string): Promise<Organisation> {
    const organisation = isUuid(organisationId) ? await ctx.db.getRepository(Organisation).findOneBy({ id: organisationId }) : null;
    if (!organisation) throw notFound('The organisation');
    return organisation;
  }

  /**
   * An ADMIN turns TOTP off for a member of that organisation who belongs to no other, is no ADMIN and
   * holds no coalition role; the COORDINATOR for any member. Checked by the policy here and again by
   * app_reset_member_totp, which alone may change another person's account. The member's sessions and
   * recovery codes end; the member is emailed.
   */
  async resetMemberTotp(ctx: AppContext, organisationId: string, userId: string): Promise<boolean> {
    authorize(memberPolicy, ctx.actor, 'resetTotp', { organisationId });
    if (!isUuid(organisationId) || !isUuid(userId)) throw notFound('The member');
    const { rows } = await sql<{ outcome: string }>`SELECT app_reset_member_totp(${organisationId}, ${userId}) AS outcome`.execute(ctx.sql);
    const outcome = rows[0]?.outcome;
    if (outcome === 'not_found') throw notFound('The member');
    if (outcome === 'forbidden') throw forbidden("Only the coalition's COORDINATOR may reset two-factor sign-in for this account.");
    if (outcome === 'not_enabled') throw conflict('Two-factor sign-in is not enabled for this member.');
    if (outcome !== 'ok') throw new Error(`app_reset_member_totp answered ${String(outcome)}`);
    await appendAudit(ctx.sql, ctx.actor, { action: 'member.reset_totp', entityType: 'User', entityId: userId, organisationId });
    // The member is readable to an organisation's ADMIN and the coordinator (users_read).
    const member = await ctx.db.getRepository(User).findOneByOrFail({ id: userId });
    // app_reset_member_totp wrote the member's MEMBER_TOTP_RESET notification; this tells their open pages.
    await announceNotifications(ctx.deps, ctx.sql, [userId]);
    await queueAccountMail(ctx, totpResetMail(member.email, mailLanguage(member.locale), `${ctx.deps.config.publicUrl}/login`));
    return true;
  }
}

export const memberService = new MemberService();
