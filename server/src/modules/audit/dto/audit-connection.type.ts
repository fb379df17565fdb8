import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../core/graphql/pagination';
import { AuditEntry } from '../audit-entry.entity';

@ObjectType('AuditEdge')
export class AuditEdge {
  @Field() cursor!: string;
  @Field(() => AuditEntry) node!: AuditEntry;
}

@ObjectType('AuditConnection')
export class AuditConnection {
  @Field(() => [AuditEdge]) edges!: AuditEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType('AuditVerification')
export class AuditVerification {
  @Field() ok!: boolean;
  @Field(() => Int) checked!: number;
  @Field(() => Int, { nullable: true, description: 'seq of the first entry whose hash does not verify; null when ok.' })
  brokenAt!: number | null;
}
