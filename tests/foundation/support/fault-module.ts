import { Ctx, Query, Resolver } from 'type-graphql';
import type { AppModule } from '../../../server/src/core/http/app-module';
import type { AppContext } from '../../../server/src/core/graphql/context';

export const SECRET_DETAIL = 'SELECT password_hash FROM users -- internal detail 7f3a';
export const SECRET_PARAMETER = 'parameter-that-must-not-be-logged-91c2';

/**
 * Test-only queries that fail the way real code can: a plain exception with
 * internals in its message, and a driver error from a bad statement with a
 * parameter. Served next to the real modules by startTestApp.
 */
@Resolver()
export class FaultResolver {
  @Query(() => String)
  internalFault(): string {
    throw new Error(SECRET_DETAIL);
  }

  @Query(() => String)
  async databaseFault(@Ctx() ctx: AppContext): Promise<string> {
    await ctx.db.query(`SELECT $1::int AS broken FROM no_such_table_4d1e`, [SECRET_PARAMETER]);
    return 'unreachable';
  }

  @Query(() => String)
  async parameterFault(@Ctx() ctx: AppContext): Promise<string> {
    await ctx.db.query(`SELECT $1::int AS broken`, [SECRET_PARAMETER]);
    return 'unreachable';
  }
}

export const faultModule: AppModule = { name: 'fault', entities: [], resolvers: [FaultResolver] };

/** A pino destination that keeps every line. */
export class LogCapture {
  lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  get text(): string {
    return this.lines.join('');
  }
}
