import { OrgRole } from '@coalition/shared';
import { sql } from 'kysely';
import { organisationIdsWithRole, memberOrganisationIds } from '../../core/auth/actor';
import { requireActor } from '../../core/auth/policy';
import type { AppContext } from '../../core/graphql/context';
import { briefingService } from '../briefings';
import { caseById, type Case } from '../cases';
import { statementService } from '../statements';
import type { Briefing } from '../briefings/briefing.entity';
import type { Statement } from '../statements/statement.entity';
import { MyWork } from './notification.entity';
import { toCaseTask } from './case-task.service';

const present = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

/** "Waiting for me": what the viewer's roles act on, everything read as the viewer (row-level security). */
export class MyWorkService {
  async get(ctx: AppContext): Promise<MyWork> {
    const actor = requireActor(ctx.actor);
    const signerOrgs = organisationIdsWithRole(actor, OrgRole.SIGNATORY, OrgRole.ADMIN);
    const adminOrgs = organisationIdsWithRole(actor, OrgRole.ADMIN);
    const caseworkerOrgs = organisationIdsWithRole(actor, OrgRole.CASEWORKER);
    const memberOrgs = memberOrganisationIds(actor);

    const statementIds = signerOrgs.length
      ? await ctx.sql
          .selectFrom('statements as s')
          .select('s.id')
          .where('s.status', '=', 'OPEN_FOR_SIGNATURE')
          .where(sql<boolean>`EXISTS (SELECT 1 FROM unnest(${signerOrgs}::uuid[]) o(id)
             WHERE NOT EXISTS (SELECT 1 FROM statement_signatures g
                                WHERE g.statement_id = s.id AND g.organisation_id = o.id AND g.version_number = s.current_version_number))`)
          .orderBy('s.updated_at', 'desc')
          .limit(50)
          .execute()
      : [];
    const briefingIds = adminOrgs.length
      ? await ctx.sql
          .selectFrom('briefing_approvals as a')
          .innerJoin('briefings as b', 'b.id', 'a.briefing_id')
          .select('b.id')
          .distinct()
          .where('b.status', '=', 'AWAITING_APPROVAL')
          .where('a.approved', 'is', null)
          .where('a.organisation_id', '=', sql<string>`ANY(${adminOrgs}::uuid[])`)
          .limit(50)
          .execute()
      : [];
    const tasks = await ctx.sql
      .selectFrom('case_tasks')
      .selectAll()
      .where('status', '=', 'OPEN')
      .where(sql<boolean>`due_at <= now() + interval '7 days'`)
      .where((eb) =>
        eb.or([
          eb('assignee_id', '=', actor.userId),
          eb.and([eb('assignee_id', 'is', null), eb('owner_organisation_id', '=', sql<string>`ANY(${caseworkerOrgs}::uuid[])`)]),
        ]),
      )
      .orderBy('due_at')
      .limit(50)
      .execute();
    const shareCaseIds = memberOrgs.length
      ? await ctx.sql
          .selectFrom('case_shares')
          .select('case_id')
          .distinct()
          .where('organisation_id', '=', sql<string>`ANY(${memberOrgs}::uuid[])`)
          .where(sql<boolean>`granted_at > now() - interval '14 days'`)
          .limit(50)
          .execute()
      : [];

    const statements: (Statement | null)[] = [];
    for (const { id } of statementIds) statements.push(await statementService.get(ctx, id));
    const briefings: (Briefing | null)[] = [];
    for (const { id } of briefingIds) briefings.push(await briefingService.get(ctx, id));
    const cases: (Case | null)[] = await Promise.all(shareCaseIds.map(({ case_id }) => ctx.loaders.get(caseById).load(case_id)));
    return Object.assign(new MyWork(), {
      statementsToSign: statements.filter(present),
      briefingsToDecide: briefings.filter(present),
      tasksDue: tasks.map(toCaseTask),
      newShares: cases.filter(present),
    });
  }
}

export const myWorkService = new MyWorkService();
