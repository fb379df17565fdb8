import { Field, InputType } from 'type-graphql';

@InputType()
export class OrganisationInput {
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) localName?: string | null;
  @Field() city!: string;
  @Field() countryCode!: string;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) representative?: string | null;
}

@InputType()
export class OrganisationUpdate {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) localName?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) representative?: string | null;
}
