import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { userById } from '../auth/user.loader';
import { Organisation } from '../organisations/organisation.entity';
import { organisationById } from '../organisations/organisation.loader';
import { AuditEntry } from './audit-entry.entity';
import { auditService } from './audit.service';
import { AuditConnection, AuditFilter, AuditVerification } from './dto/audit-connection.type';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditConnection)
  auditLog(
    @Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: AppContext,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
  ): Promise<AuditConnection> {
    return auditService.list(ctx, organisationId ?? null, first ?? 50, after ?? null, filter ?? null);
  }

  @Authorized()
  @Query(() => AuditVerification)
  verifyAuditChain(@Ctx() ctx: AppContext): Promise<AuditVerification> {
    return auditService.verify(ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Display name of the acting user; null for the system.' })
  async actor(@Root() entry: AuditEntry, @Ctx() ctx: AppContext): Promise<string | null> {
    if (!entry.actorUserId) return null;
    return (await ctx.loaders.get(userById).load(entry.actorUserId))?.displayName ?? null;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() entry: AuditEntry, @Ctx() ctx: AppContext): Promise<Organisation | null> | null {
    return entry.organisationId ? ctx.loaders.get(organisationById).load(entry.organisationId) : null;
  }
}
