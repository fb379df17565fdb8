import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../core/graphql/pagination';
import { Case } from '../case.entity';

@ObjectType()
export class CaseEdge {
  @Field() cursor!: string;
  @Field(() => Case) node!: Case;
}

@ObjectType()
export class CaseConnection {
  @Field(() => [CaseEdge]) edges!: CaseEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'What the viewer may do with one case.' })
export class CaseAccess {
  @Field() canEdit!: boolean;
  @Field() canSeePersonalData!: boolean;
  @Field() canShare!: boolean;
}

@ObjectType()
export class ImportError {
  @Field(() => Int, { description: '1-based row (CSV, after the header) or array index + 1 (JSON).' }) row!: number;
  @Field() message!: string;
}

@ObjectType()
export class ImportResult {
  @Field(() => Int, { description: 'Cases created; 0 when dryRun or when any row failed (an import is all or nothing).' }) created!: number;
  @Field(() => [ImportError]) errors!: ImportError[];
  @Field(() => [String], { description: 'What was accepted but not imported, such as the columns of an export that an import cannot set.' })
  warnings!: string[];
  @Field() dryRun!: boolean;
}
