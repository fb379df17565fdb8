import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { CaseFilter } from '../cases/dto/case.input';
import { CaseStatistics } from './case-statistics.type';
import { statisticsService } from './statistics.service';

@Resolver(() => CaseStatistics)
export class StatisticsResolver {
  @Query(() => CaseStatistics)
  caseStatistics(@Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null, @Ctx() ctx: AppContext): Promise<CaseStatistics> {
    return statisticsService.caseStatistics(ctx, filter);
  }
}
