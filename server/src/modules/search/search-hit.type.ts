import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { Briefing } from '../briefings/briefing.entity';
import { Case } from '../cases/case.entity';
import { Statement } from '../statements/statement.entity';

export const SearchHitNode = createUnionType({
  name: 'SearchHitNode',
  types: () => [Case, Statement, Briefing] as const,
  resolveType: (value) => (value instanceof Statement ? Statement : value instanceof Briefing ? Briefing : Case),
});

@ObjectType()
export class SearchHit {
  @Field(() => SearchHitNode)
  node!: typeof SearchHitNode;

  @Field(() => String, { nullable: true, description: 'A short excerpt of readable text around the match, with the matched words between [[ and ]].' })
  snippet!: string | null;
}

@ObjectType()
export class SearchResult {
  @Field(() => [SearchHit])
  hits!: SearchHit[];

  @Field(() => Int)
  totalCount!: number;
}
