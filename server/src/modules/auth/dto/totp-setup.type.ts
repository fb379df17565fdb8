import { Field, ObjectType } from 'type-graphql';

@ObjectType('TotpSetup')
export class TotpSetup {
  @Field() secret!: string;
  @Field() otpauthUrl!: string;
}
