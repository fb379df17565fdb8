import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../core/graphql/pagination';
import { Organisation } from '../../organisations/organisation.entity';

@ObjectType({
  description:
    'One audit entry about a case or one of its parts (persons, events, tasks, evidence; shares, links, consents and referrals only to the owner): what was done, when, by whom. No details.',
})
export class CaseHistoryEntry {
  organisationId!: string | null;
  @Field({ description: "The audit log's action code, e.g. case.update." }) action!: string;
  @Field() at!: Date;
  @Field(() => Organisation, { nullable: true, description: 'The acting organisation; null for the system.' }) organisation!: Organisation | null;
  @Field(() => String, {
    nullable: true,
    description: "The acting user's display name, only to members of the acting organisation; null otherwise (\"a member of\" the organisation) and for the system.",
  })
  actor!: string | null;
}

@ObjectType()
export class CaseHistoryEdge {
  @Field() cursor!: string;
  @Field(() => CaseHistoryEntry) node!: CaseHistoryEntry;
}

@ObjectType({ description: 'A case\'s history, newest first.' })
export class CaseHistoryConnection {
  @Field(() => [CaseHistoryEdge]) edges!: CaseHistoryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
