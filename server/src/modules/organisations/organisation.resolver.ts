import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { OrganisationInput, OrganisationUpdate } from './dto/organisation.input';
import { Organisation } from './organisation.entity';
import { organisationService } from './organisation.service';

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
