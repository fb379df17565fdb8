import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { Case } from '../cases/case.entity';
import { Organisation } from '../organisations/organisation.entity';
import { organisationById } from '../organisations/organisation.loader';
import { CreateStatementInput, SignStatementInput, StatementConnection, StatementFilter, TranslationInput } from './dto/statement.input';
import { Statement, StatementSignature, StatementTranslation, StatementVersion } from './statement.entity';
import type { VersionWithText } from './statement.loader';
import { statementSigningService } from './statement-signing.service';
import { statementService } from './statement.service';

async function organisation(ctx: AppContext, id: string): Promise<Organisation> {
  const org = await ctx.loaders.get(organisationById).load(id);
  if (!org) throw new Error(`organisation ${id} is missing`);
  return org;
}

@Resolver(() => Statement)
export class StatementResolver {
  @Authorized()
  @Query(() => StatementConnection)
  statements(
    @Arg('filter', () => StatementFilter, { nullable: true }) filter: StatementFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<StatementConnection> {
    return statementService.list(ctx, filter, first ?? 25, after);
  }

  @Authorized()
  @Query(() => Statement, { nullable: true })
  statement(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Statement | null> {
    return statementService.get(ctx, id);
  }

  @Query(() => Statement, { nullable: true, description: 'Open to anyone, signed in or not; PUBLISHED statements only.' })
  publishedStatement(@Arg('slug') slug: string, @Ctx() ctx: AppContext): Promise<Statement | null> {
    return statementService.getPublished(ctx, slug);
  }

  @Authorized()
  @Mutation(() => Statement)
  createStatement(@Arg('input', () => CreateStatementInput) input: CreateStatementInput, @Ctx() ctx: AppContext): Promise<Statement> {
    return statementService.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Statement, { description: 'A new version; fails with CONFLICT when baseVersion is not the current version number.' })
  reviseStatement(
    @Arg('id', () => ID) id: string,
    @Arg('baseVersion', () => Int) baseVersion: number,
    @Arg('translations', () => [TranslationInput]) translations: TranslationInput[],
    @Arg('changeNote', () => String, { nullable: true }) changeNote: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<Statement> {
    return statementService.revise(ctx, id, baseVersion, translations, changeNote);
  }

  @Authorized()
  @Mutation(() => Statement)
  openStatementForSignature(
    @Arg('id', () => ID) id: string,
    @Arg('signatureDeadline', () => Date, { nullable: true }) signatureDeadline: Date | null,
    @Ctx() ctx: AppContext,
  ): Promise<Statement> {
    return statementService.open(ctx, id, signatureDeadline);
  }

  @Authorized()
  @Mutation(() => StatementSignature, { description: 'One signature per organisation; signing again replaces it. CONFLICT when contentHash is not current.' })
  signStatement(@Arg('input', () => SignStatementInput) input: SignStatementInput, @Ctx() ctx: AppContext): Promise<StatementSignature> {
    return statementSigningService.sign(ctx, input);
  }

  @Authorized()
  @Mutation(() => Boolean)
  withdrawSignature(
    @Arg('statementId', () => ID) statementId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    return statementSigningService.withdrawSignature(ctx, statementId, organisationId);
  }

  @Authorized()
  @Mutation(() => Statement)
  publishStatement(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Statement> {
    return statementService.publish(ctx, id);
  }

  @Authorized()
  @Mutation(() => Statement)
  withdrawStatement(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Statement> {
    return statementService.withdraw(ctx, id);
  }

  @Subscription(() => Statement, {
    description: 'Signatures added, replaced or withdrawn on one statement the viewer can read.',
    subscribe: ({ args, context }) => statementService.watch(context as AppContext, String((args as { statementId: string }).statementId)),
  })
  statementSignatures(@Root() statement: Statement, @Arg('statementId', () => ID) _statementId: string): Statement {
    return statement;
  }

  @FieldResolver(() => String, { description: 'The title in the primary language of the current version.' })
  title(@Root() s: Statement, @Ctx() ctx: AppContext): Promise<string> {
    return statementService.title(ctx, s);
  }

  @FieldResolver(() => Organisation)
  initiator(@Root() s: Statement, @Ctx() ctx: AppContext): Promise<Organisation> {
    return organisation(ctx, s.initiatorOrganisationId);
  }

  @FieldResolver(() => StatementVersion)
  currentVersion(@Root() s: Statement, @Ctx() ctx: AppContext): Promise<VersionWithText> {
    return statementService.currentVersion(ctx, s);
  }

  @FieldResolver(() => [StatementVersion], { description: 'Oldest first.' })
  versions(@Root() s: Statement, @Ctx() ctx: AppContext): Promise<VersionWithText[]> {
    return statementService.versions(ctx, s);
  }

  @FieldResolver(() => [StatementSignature], { description: 'Oldest first; withdrawn signatures are not listed.' })
  signatures(@Root() s: Statement, @Ctx() ctx: AppContext): Promise<StatementSignature[]> {
    return statementService.signatures(ctx, s);
  }

  @FieldResolver(() => Int, { description: 'Signatures on the current version.' })
  signatureCount(@Root() s: Statement, @Ctx() ctx: AppContext): Promise<number> {
    return statementService.signatureCount(ctx, s);
  }

  @FieldResolver(() => [Case], { description: 'Cited cases that the viewer can read.' })
  cases(@Root() s: Statement, @Ctx() ctx: AppContext): Promise<Case[]> {
    return statementService.cases(ctx, s);
  }
}

@Resolver(() => StatementVersion)
export class StatementVersionResolver {
  @FieldResolver(() => [StatementTranslation])
  translations(@Root() v: VersionWithText): StatementTranslation[] {
    return v.translations;
  }
}

@Resolver(() => StatementSignature)
export class SignatureResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() s: StatementSignature, @Ctx() ctx: AppContext): Promise<Organisation> {
    return organisation(ctx, s.organisationId);
  }
}
