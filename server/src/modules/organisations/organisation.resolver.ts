import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { OrganisationInput, OrganisationUpdate } from './dto/organisation.input';
import { LocalizedName, Organisation } from './organisation.entity';
import { organisationPolicy } from './organisation.policy';
import { localizedNames, organisationService } from './organisation.service';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => [Organisation])
  organisations(@Ctx() ctx: AppContext): Promise<Organisation[]> {
    return organisationService.list(ctx);
  }

  @Authorized()
  @Query(() => Organisation, { nullable: true })
  organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Organisation | null> {
    return organisationService.get(ctx, id);
  }

  @FieldResolver(() => [LocalizedName], { description: 'The name in each interface language the organisation gives one for (Russian, Tajik, Georgian, ...).' })
  names(@Root() org: Organisation): LocalizedName[] {
    return localizedNames(org);
  }

  @FieldResolver(() => Boolean, {
    description: 'Under the emergency lock: no export, download or briefing release of its data, its members sign in only with TOTP. Every signed-in user reads it.',
  })
  locked(@Root() org: Organisation): boolean {
    return org.lockedAt !== null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the lock began; null when not locked, and for anyone but its members and the COORDINATOR.' })
  lockedAt(@Root() org: Organisation, @Ctx() ctx: AppContext): Date | null {
    return organisationPolicy(ctx.actor, 'readSecurity', org) ? org.lockedAt : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Its members sign in only with TOTP, locked or not. Null for anyone but its members and the COORDINATOR.',
  })
  requireTotp(@Root() org: Organisation, @Ctx() ctx: AppContext): boolean | null {
    return organisationPolicy(ctx.actor, 'readSecurity', org) ? org.requireTotp : null;
  }

  @Authorized()
  @Mutation(() => Organisation, {
    description:
      "The emergency lock (its ADMIN or the COORDINATOR): ends every session of its members, asks TOTP at their next sign-in, and stops every export, download and briefing release of its data until its ADMIN, signed in with TOTP, unlocks it. CONFLICT when already locked.",
  })
  lockOrganisation(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Organisation> {
    return organisationService.lock(ctx, id);
  }

  @Authorized()
  @Mutation(() => Organisation, {
    description:
      'Ends the emergency lock: its ADMIN only, in a session begun with TOTP (FORBIDDEN with extensions.reason TOTP_REQUIRED otherwise). CONFLICT when not locked.',
  })
  unlockOrganisation(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Organisation> {
    return organisationService.unlock(ctx, id);
  }

  @Authorized()
  @Mutation(() => Organisation, {
    description: 'Asks TOTP of every member at sign-in, for good (or no longer): its ADMIN only, in a session begun with TOTP.',
  })
  setOrganisationRequireTotp(
    @Arg('id', () => ID) id: string,
    @Arg('required', () => Boolean) required: boolean,
    @Ctx() ctx: AppContext,
  ): Promise<Organisation> {
    return organisationService.setRequireTotp(ctx, id, required);
  }

  @Authorized()
  @Mutation(() => Organisation)
  createOrganisation(@Arg('input', () => OrganisationInput) input: OrganisationInput, @Ctx() ctx: AppContext): Promise<Organisation> {
    return organisationService.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Organisation)
  updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OrganisationUpdate) input: OrganisationUpdate,
    @Ctx() ctx: AppContext,
  ): Promise<Organisation> {
    return organisationService.update(ctx, id, input);
  }
}
