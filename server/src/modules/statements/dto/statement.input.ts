import { Language, StatementStatus } from '@coalition/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../core/graphql/pagination';
import { Statement } from '../statement.entity';

@InputType()
export class TranslationInput {
  @Field(() => Language) language!: Language;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => [String], {
    nullable: true,
    description: "The addressees in this language, one for each of the statement's, in order; for the primary language they must be the statement's own. Not part of the content hash.",
  })
  addressees?: string[] | null;
}

@InputType()
export class CreateStatementInput {
  @Field(() => ID) initiatorOrganisationId!: string;
  @Field(() => [String]) addressees!: string[];
  @Field(() => Language) primaryLanguage!: Language;
  @Field(() => [TranslationInput], { description: 'Must include the primary language.' }) translations!: TranslationInput[];
  @Field(() => [ID], { nullable: true, defaultValue: [] }) caseIds?: string[] | null;
}

@InputType()
export class StatementFilter {
  @Field(() => [StatementStatus], { nullable: true }) status?: StatementStatus[] | null;
  @Field(() => ID, { nullable: true }) initiatorOrganisationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Statements that the given organisation has signed (current signatures).' })
  signedByOrganisationId?: string | null;
}

@InputType()
export class SignStatementInput {
  @Field(() => ID) statementId!: string;
  @Field(() => ID) organisationId!: string;
  @Field({ description: "The hash of the text the signatory read; must equal the current version's." }) contentHash!: string;
  @Field() signatoryName!: string;
  @Field(() => String, { nullable: true }) signatoryTitle?: string | null;
}

@ObjectType()
export class StatementEdge {
  @Field() cursor!: string;
  @Field(() => Statement) node!: Statement;
}

@ObjectType()
export class StatementConnection {
  @Field(() => [StatementEdge]) edges!: StatementEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
