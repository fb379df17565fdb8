import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../../core/graphql/scalars';
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

@InputType('AuditFilter', { description: 'Narrows the entries the reader may already read; every condition given must hold.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: "One of the actions the log records, e.g. 'case.update'; another is BAD_USER_INPUT." })
  action?: string | null;

  @Field(() => String, { nullable: true, description: "The subject's kind (AuditEntry.entityType), e.g. 'Case'." })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: "The subject's id or its beginning (AuditEntry.entityId), case-insensitive." })
  entityId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Entries from this day on (UTC).' })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Entries up to the end of this day (UTC); before `from` is BAD_USER_INPUT.' })
  to?: string | null;
}
