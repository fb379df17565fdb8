import { Field, InputType } from 'type-graphql';

@InputType()
export class LocalizedNameInput {
  @Field({ description: 'Interface language code: en, ru, tg, ka or fr.' }) language!: string;
  @Field({ description: 'Blank drops the language.' }) name!: string;
}

@InputType()
export class OrganisationInput {
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) localName?: string | null;
  @Field() city!: string;
  @Field() countryCode!: string;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) representative?: string | null;
  @Field(() => [LocalizedNameInput], { nullable: true, description: 'The name per interface language; the whole set, replacing the one before.' })
  names?: LocalizedNameInput[] | null;
}

@InputType()
export class OrganisationUpdate {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) localName?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) representative?: string | null;
  @Field(() => [LocalizedNameInput], { nullable: true, description: 'The name per interface language; the whole set, replacing the one before.' })
  names?: LocalizedNameInput[] | null;
}
