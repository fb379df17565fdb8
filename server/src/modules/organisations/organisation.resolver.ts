import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { OrganisationInput, OrganisationUpdate } from './dto/organisation.input';
import { LocalizedName, Organisation } from './organisation.entity';
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
