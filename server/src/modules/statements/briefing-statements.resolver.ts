import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { Briefing } from '../briefings/briefing.entity';
import { Statement } from './statement.entity';
import { statementService } from './statement.service';

/** `Briefing.statements`: the statements it names that the viewer can read (a liaison: the published ones). */
@Resolver(() => Briefing)
export class BriefingStatementsResolver {
  @FieldResolver(() => [Statement])
  async statements(@Root() b: Briefing, @Ctx() ctx: AppContext): Promise<Statement[]> {
    const statements = await Promise.all((b.statementIds ?? []).map((id) => statementService.get(ctx, id)));
    return statements.filter((s): s is Statement => s !== null);
  }
}
