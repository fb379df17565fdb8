import { ReferralNeed, ReferralStatus } from '@coalition/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { readablePersons } from '../cases';
import { Case } from '../cases/case.entity';
import { caseById } from '../cases/case.loader';
import { CaseEvent } from '../cases/case-event.entity';
import { CasePerson } from '../cases/case-person.entity';
import { Organisation } from '../organisations/organisation.entity';
import { organisationById } from '../organisations/organisation.loader';
import { CaseLink } from './case-link.entity';
import { caseLinkService } from './case-link.service';
import { Referral } from './referral.entity';
import { referralById, referralsByCase } from './referral.loader';
import { referralService } from './referral.service';
import { ReferralStatistics, referralStatistics } from './referral-statistics.service';

async function organisation(ctx: AppContext, id: string): Promise<Organisation> {
  const org = await ctx.loaders.get(organisationById).load(id);
  if (!org) throw new Error('organisation is not visible to the actor');
  return org;
}

async function readableCase(ctx: AppContext, id: string): Promise<Case> {
  const c = await ctx.loaders.get(caseById).load(id);
  if (!c) throw new Error('the referring case is not readable to a party of its referral');
  return c;
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized()
  @Query(() => [Referral], { description: "Referrals from or to the viewer's organisations." })
  referrals(
    @Arg('status', () => [ReferralStatus], { nullable: true }) status: ReferralStatus[] | null,
    @Arg('incoming', () => Boolean, { nullable: true }) incoming: boolean | null,
    @Ctx() ctx: AppContext,
  ): Promise<Referral[]> {
    return referralService.list(ctx, status, incoming);
  }

  @Authorized()
  @Query(() => ReferralStatistics, { description: 'Referrals by status, by route (country to country) and time to acceptance, under the statistics rules.' })
  referralStatistics(@Ctx() ctx: AppContext): Promise<ReferralStatistics> {
    return referralStatistics(ctx);
  }

  @Authorized()
  @Mutation(() => Referral, { description: 'Owner ADMIN or CASEWORKER; needs an active REFERRAL consent covering toOrganisation (else CONFLICT).' })
  referPerson(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('personId', () => ID) personId: string,
    @Arg('toOrganisationId', () => ID) toOrganisationId: string,
    @Arg('needs', () => [ReferralNeed]) needs: ReferralNeed[],
    @Arg('reason') reason: string,
    @Arg('urgent', () => Boolean, { nullable: true, defaultValue: false }) urgent: boolean | null,
    @Ctx() ctx: AppContext,
  ): Promise<Referral> {
    return referralService.refer(ctx, { caseId, personId, toOrganisationId, needs, reason, urgent });
  }

  @Authorized()
  @Mutation(() => Referral, {
    description:
      'ADMIN or CASEWORKER of the receiving organisation. Makes its own case (title, dates, places, categories and the person with personal data, as consented) linked to the referring case.',
  })
  acceptReferral(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Referral> {
    return referralService.accept(ctx, id);
  }

  @Authorized()
  @Mutation(() => Referral)
  declineReferral(@Arg('id', () => ID) id: string, @Arg('outcomeNote') outcomeNote: string, @Ctx() ctx: AppContext): Promise<Referral> {
    return referralService.decline(ctx, id, outcomeNote);
  }

  @Authorized()
  @Mutation(() => Referral)
  withdrawReferral(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Referral> {
    return referralService.withdraw(ctx, id);
  }

  @Authorized()
  @Mutation(() => Referral)
  completeReferral(@Arg('id', () => ID) id: string, @Arg('outcomeNote') outcomeNote: string, @Ctx() ctx: AppContext): Promise<Referral> {
    return referralService.complete(ctx, id, outcomeNote);
  }

  @FieldResolver(() => Case, { name: 'case', description: "The referring organisation's case." })
  referringCase(@Root() r: Referral, @Ctx() ctx: AppContext): Promise<Case> {
    return readableCase(ctx, r.caseId);
  }

  @FieldResolver(() => CasePerson)
  async person(@Root() r: Referral, @Ctx() ctx: AppContext): Promise<CasePerson> {
    const person = (await readablePersons(ctx, await readableCase(ctx, r.caseId))).find((p) => p.id === r.personId);
    if (!person) throw new Error('the referred person is not in its case');
    return person;
  }

  @FieldResolver(() => Organisation)
  fromOrganisation(@Root() r: Referral, @Ctx() ctx: AppContext): Promise<Organisation> {
    return organisation(ctx, r.fromOrganisationId);
  }

  @FieldResolver(() => Organisation)
  toOrganisation(@Root() r: Referral, @Ctx() ctx: AppContext): Promise<Organisation> {
    return organisation(ctx, r.toOrganisationId);
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: "The receiving organisation's own case, made on acceptance; null before, and for readers who may not read it.",
  })
  linkedCase(@Root() r: Referral, @Ctx() ctx: AppContext): Promise<Case | null> | null {
    return r.linkedCaseId ? ctx.loaders.get(caseById).load(r.linkedCaseId) : null;
  }
}

@Resolver(() => CaseLink)
export class CaseLinkResolver {
  @Authorized()
  @Mutation(() => CaseLink, {
    description: "ADMIN or CASEWORKER of caseId's owner proposes a link to another organisation's case it can read; made by acceptReferral already confirmed.",
  })
  linkCases(@Arg('caseId', () => ID) caseId: string, @Arg('otherCaseId', () => ID) otherCaseId: string, @Ctx() ctx: AppContext): Promise<CaseLink> {
    return caseLinkService.link(ctx, caseId, otherCaseId);
  }

  @Authorized()
  @Mutation(() => CaseLink, { description: "ADMIN or CASEWORKER of the other case's owner." })
  confirmCaseLink(@Arg('linkId', () => ID) linkId: string, @Ctx() ctx: AppContext): Promise<CaseLink> {
    return caseLinkService.confirm(ctx, linkId);
  }

  @Authorized()
  @Mutation(() => Boolean)
  unlinkCases(@Arg('linkId', () => ID) linkId: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return caseLinkService.unlink(ctx, linkId);
  }

  @FieldResolver(() => Case, { nullable: true, description: "The other organisation's case; null when the viewer may not read it (the link and the organisation stay visible)." })
  otherCase(@Root() l: CaseLink, @Ctx() ctx: AppContext): Promise<Case | null> {
    return caseLinkService.otherCase(ctx, l);
  }

  @FieldResolver(() => Organisation)
  otherOrganisation(@Root() l: CaseLink, @Ctx() ctx: AppContext): Promise<Organisation> {
    return organisation(ctx, l.otherOwnerOrganisationId);
  }

  @FieldResolver(() => Referral, { nullable: true })
  referral(@Root() l: CaseLink, @Ctx() ctx: AppContext): Promise<Referral | null> | null {
    return l.referralId ? ctx.loaders.get(referralById).load(l.referralId) : null;
  }
}

@Resolver(() => Case)
export class CaseCrossBorderResolver {
  @FieldResolver(() => [CaseLink])
  links(@Root() c: Case, @Ctx() ctx: AppContext): Promise<CaseLink[]> {
    return caseLinkService.links(ctx, c);
  }

  @FieldResolver(() => [Referral])
  referrals(@Root() c: Case, @Ctx() ctx: AppContext): Promise<Referral[]> {
    return ctx.loaders.get(referralsByCase).load(c.id);
  }

  @FieldResolver(() => [CaseEvent], { description: 'Events of this case and of the linked cases the viewer may read, in date order, each with its case.' })
  crossBorderTimeline(@Root() c: Case, @Ctx() ctx: AppContext): Promise<CaseEvent[]> {
    return caseLinkService.crossBorderTimeline(ctx, c);
  }
}

@Resolver(() => CaseEvent)
export class CaseEventCaseResolver {
  @FieldResolver(() => Case)
  async case(@Root() e: CaseEvent, @Ctx() ctx: AppContext): Promise<Case> {
    return readableCase(ctx, e.caseId);
  }
}
