import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { Case } from '../cases/case.entity';
import { Statement } from './statement.entity';
import { statementsByCase } from './statement.loader';
import { statementPolicy } from './statement.policy';

/** `Case.statements`: statements citing the case that the viewer can read (row-level security, then the policy). */
@Resolver(() => Case)
export class CaseStatementsResolver {
  @FieldResolver(() => [Statement], { description: 'Statements that cite this case and that the viewer can read.' })
  async statements(@Root() c: Case, @Ctx() ctx: AppContext): Promise<Statement[]> {
    const statements = await ctx.loaders.get(statementsByCase).load(c.id);
    return statements.filter((s) => statementPolicy(ctx.actor, 'read', s));
  }
}
