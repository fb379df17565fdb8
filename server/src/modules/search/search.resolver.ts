import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { SearchResult } from './search-hit.type';
import { searchService } from './search.service';

@Resolver(() => SearchResult)
export class SearchResolver {
  @Query(() => SearchResult, {
    description:
      'Cases, statements and briefings the viewer may read whose text matches: word forms of Russian and English (мигрант finds мигрантов), prefixes of three letters or more, any interface language.',
  })
  search(
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Ctx() ctx: AppContext,
  ): Promise<SearchResult> {
    return searchService.search(ctx, query, first);
  }
}
