import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OrgRole } from '@coalition/shared';
import type { AppContext } from '../../core/graphql/context';
import { User } from '../auth/user.entity';
import { userById } from '../auth/user.loader';
import { Organisation } from '../organisations/organisation.entity';
import { organisationById } from '../organisations/organisation.loader';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { membershipsByUserId } from './membership.loader';
import { memberService } from './member.service';

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const result = await value;
  if (result === null) throw new Error(`${what} is not visible to the actor`);
  return result;
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() m: Membership, @Ctx() ctx: AppContext): Promise<Organisation> {
    return required(ctx.loaders.get(organisationById).load(m.organisationId), 'organisation');
  }

  @FieldResolver(() => User)
  user(@Root() m: Membership, @Ctx() ctx: AppContext): Promise<User> {
    return required(ctx.loaders.get(userById).load(m.userId), 'user');
  }

  @Authorized()
  @Query(() => [Membership], { description: 'ADMIN of that organisation or COORDINATOR.' })
  members(@Arg('organisationId', () => ID) organisationId: string, @Ctx() ctx: AppContext): Promise<Membership[]> {
    return memberService.list(ctx, organisationId);
  }

  @Authorized()
  @Mutation(() => Invitation)
  inviteMember(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('email', () => String) email: string,
    @Arg('roles', () => [OrgRole]) roles: OrgRole[],
    @Ctx() ctx: AppContext,
  ): Promise<Invitation> {
    return memberService.invite(ctx, organisationId, email, roles);
  }

  @Authorized()
  @Query(() => [Invitation], { description: 'Invitations not yet accepted and not expired, newest first. ADMIN of that organisation or COORDINATOR.' })
  invitations(@Arg('organisationId', () => ID) organisationId: string, @Ctx() ctx: AppContext): Promise<Invitation[]> {
    return memberService.pendingInvitations(ctx, organisationId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends a pending invitation now: its token no longer works. ADMIN of its organisation.' })
  revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return memberService.revokeInvitation(ctx, id);
  }

  @Mutation(() => User, {
    description:
      'Creates the account of a new email and signs the new member in. For an email that already has an account it fails with UNAUTHENTICATED, tries no password and signs nobody in: that person accepts with acceptInvitationAsMe.',
  })
  acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('displayName', () => String) displayName: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: AppContext,
  ): Promise<User> {
    return memberService.accept(ctx, token, displayName, password);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "An ADMIN of that organisation turns TOTP off for one of its members who belongs to no other organisation (else FORBIDDEN; a coordinator's or another admin's account needs the COORDINATOR). Ends the member's sessions, is audited, and the member is told.",
  })
  resetMemberTotp(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    return memberService.resetMemberTotp(ctx, organisationId, userId);
  }

  @Authorized()
  @Mutation(() => Membership, {
    description:
      'Accepts an invitation as the signed-in user, whose email must be the invited one. An invitation to an email that already has an account can only be accepted this way: acceptInvitation then fails with UNAUTHENTICATED and never signs anyone in.',
  })
  acceptInvitationAsMe(@Arg('token', () => String) token: string, @Ctx() ctx: AppContext): Promise<Membership> {
    return memberService.acceptAsMe(ctx, token);
  }

  @Authorized()
  @Mutation(() => Membership)
  setMemberRoles(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('roles', () => [OrgRole]) roles: OrgRole[],
    @Ctx() ctx: AppContext,
  ): Promise<Membership> {
    return memberService.setRoles(ctx, organisationId, userId, roles);
  }

  @Authorized()
  @Mutation(() => Boolean)
  removeMember(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    return memberService.remove(ctx, organisationId, userId);
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() invitation: Invitation, @Ctx() ctx: AppContext): Promise<Organisation> {
    return required(ctx.loaders.get(organisationById).load(invitation.organisationId), 'organisation');
  }
}

@Resolver(() => User)
export class UserMembershipsResolver {
  @FieldResolver(() => [Membership])
  memberships(@Root() user: User, @Ctx() ctx: AppContext): Promise<Membership[]> {
    return ctx.loaders.get(membershipsByUserId).load(user.id);
  }
}
