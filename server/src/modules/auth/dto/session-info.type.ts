import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('SessionInfo')
export class SessionInfo {
  @Field(() => ID) id!: string;
  @Field() createdAt!: Date;
  @Field() lastSeenAt!: Date;
  @Field(() => String, { nullable: true, description: 'As the browser reported it; shortened.' }) userAgent!: string | null;
  @Field({ description: 'The session of this request.' }) current!: boolean;
}
