import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { Organisation } from '../organisations/organisation.entity';
import { Briefing, BriefingApproval, BriefingFile } from './briefing.entity';
import { briefingService } from './briefing.service';
import { BriefingCase, CreateBriefingInput } from './briefing.types';

@Resolver(() => Briefing)
export class BriefingResolver {
  @Authorized()
  @Query(() => [Briefing])
  briefings(@Ctx() ctx: AppContext): Promise<Briefing[]> {
    return briefingService.list(ctx);
  }

  @Authorized()
  @Query(() => Briefing, { nullable: true })
  briefing(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Briefing | null> {
    return briefingService.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => Briefing)
  createBriefing(@Arg('input', () => CreateBriefingInput) input: CreateBriefingInput, @Ctx() ctx: AppContext): Promise<Briefing> {
    return briefingService.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Briefing, { description: 'Sends the briefing to the owners of its cases for approval.' })
  submitBriefing(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Briefing> {
    return briefingService.submit(ctx, id);
  }

  @Authorized()
  @Mutation(() => Briefing)
  decideBriefing(
    @Arg('id', () => ID) id: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('approve') approve: boolean,
    @Ctx() ctx: AppContext,
  ): Promise<Briefing> {
    return briefingService.decide(ctx, id, organisationId, approve);
  }

  @Authorized()
  @Mutation(() => Briefing, { description: 'All owners approved: renders its files, and liaisons can read it.' })
  releaseBriefing(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Briefing> {
    return briefingService.release(ctx, id);
  }

  @Authorized()
  @Mutation(() => Briefing)
  revokeBriefing(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Briefing> {
    return briefingService.revoke(ctx, id);
  }

  @FieldResolver(() => Organisation)
  author(@Root() b: Briefing, @Ctx() ctx: AppContext): Promise<Organisation> {
    return briefingService.organisation(ctx, b.authorOrganisationId);
  }

  @FieldResolver(() => [BriefingCase])
  cases(@Root() b: Briefing, @Ctx() ctx: AppContext): Promise<BriefingCase[]> {
    return briefingService.cases(ctx, b);
  }

  @FieldResolver(() => [BriefingApproval])
  approvals(@Root() b: Briefing, @Ctx() ctx: AppContext): Promise<BriefingApproval[]> {
    return briefingService.approvals(ctx, b);
  }

  @FieldResolver(() => [BriefingFile], { description: 'Empty until released.' })
  files(@Root() b: Briefing, @Ctx() ctx: AppContext): Promise<BriefingFile[]> {
    return briefingService.files(ctx, b);
  }
}

@Resolver(() => BriefingCase)
export class BriefingCaseResolver {
  @FieldResolver(() => Organisation)
  ownerOrganisation(@Root() c: BriefingCase, @Ctx() ctx: AppContext): Promise<Organisation> {
    return briefingService.organisation(ctx, c.ownerOrganisationId);
  }
}

@Resolver(() => BriefingApproval)
export class BriefingApprovalResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() a: BriefingApproval, @Ctx() ctx: AppContext): Promise<Organisation> {
    return briefingService.organisation(ctx, a.organisationId);
  }
}
