import { caseTaskInputSchema } from '@coalition/shared';
import { sql, type Selectable } from 'kysely';
import { appendAudit } from '../../core/audit/audit-writer';
import { authorize } from '../../core/auth/policy';
import type { Database } from '../../core/db/session-kysely';
import { badInput, conflict, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { parseInput } from '../../core/graphql/parse-input';
import { casePolicy, caseService } from '../cases';
import { CaseTask, TaskStatus } from './notification.entity';
import { notificationService } from './notification.service';

export interface CaseTaskInputValue {
  title: string;
  dueAt: Date;
  assigneeId?: string | null;
  remindBefore?: number[] | null;
}

type TaskRow = Selectable<Database['case_tasks']>;

export function toCaseTask(r: Pick<TaskRow, 'id' | 'case_id' | 'title' | 'due_at' | 'assignee_id' | 'status' | 'remind_before' | 'created_at' | 'completed_at' | 'version'>): CaseTask {
  return Object.assign(new CaseTask(), {
    id: r.id,
    caseId: r.case_id,
    title: r.title,
    dueAt: r.due_at,
    assigneeId: r.assignee_id,
    status: r.status as TaskStatus,
    remindBefore: r.remind_before,
    createdAt: r.created_at,
    completedAt: r.completed_at,
    version: r.version,
  });
}

/** Deadlines of casework: read as the case, changed by whoever may change it; TASK_ASSIGNED in the same transaction. */
export class CaseTaskService {
  async list(ctx: AppContext, caseId: string): Promise<CaseTask[]> {
    const rows = await ctx.sql.selectFrom('case_tasks').selectAll().where('case_id', '=', caseId).orderBy('due_at').orderBy('id').execute();
    return rows.map(toCaseTask);
  }

  private async writableCase(ctx: AppContext, caseId: string) {
    if (!isUuid(caseId)) throw notFound('The case');
    const c = await caseService.readable(ctx, caseId);
    authorize(casePolicy, ctx.actor, 'update', await caseService.facts(ctx, c));
    return c;
  }

  private async checkAssignee(ctx: AppContext, caseId: string, assigneeId: string | null | undefined): Promise<void> {
    if (!assigneeId) return;
    const { rows } = await sql<{ ok: boolean }>`SELECT case_task_assignable(${caseId}::uuid, ${assigneeId}::uuid) AS ok`.execute(ctx.sql);
    if (!rows[0]?.ok) throw badInput('input.assigneeId', 'must be an administrator or caseworker of an organisation that writes this case');
  }

  async add(ctx: AppContext, caseId: string, input: CaseTaskInputValue): Promise<CaseTask> {
    const c = await this.writableCase(ctx, caseId);
    const v = parseInput(caseTaskInputSchema, input, 'input');
    await this.checkAssignee(ctx, caseId, v.assigneeId);
    const row = await ctx.sql
      .insertInto('case_tasks')
      .values({
        case_id: caseId,
        owner_organisation_id: c.ownerOrganisationId,
        title: v.title,
        due_at: v.dueAt,
        assignee_id: v.assigneeId ?? null,
        remind_before: v.remindBefore,
        created_by: ctx.actor!.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(ctx.sql, ctx.actor, { action: 'case_task.add', entityType: 'CaseTask', entityId: row.id, organisationId: c.ownerOrganisationId, details: { caseId } });
    if (row.assignee_id) await notificationService.notifyTask(ctx, row.id, 'TASK_ASSIGNED');
    return toCaseTask(row);
  }

  private async current(ctx: AppContext, id: string): Promise<TaskRow> {
    if (!isUuid(id)) throw notFound('The task');
    const row = await ctx.sql.selectFrom('case_tasks').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('The task');
    await this.writableCase(ctx, row.case_id);
    return row;
  }

  async update(ctx: AppContext, id: string, version: number, input: CaseTaskInputValue): Promise<CaseTask> {
    const before = await this.current(ctx, id);
    const v = parseInput(caseTaskInputSchema, input, 'input');
    if (before.status !== TaskStatus.OPEN) throw conflict(`A ${before.status} task cannot be changed.`);
    await this.checkAssignee(ctx, before.case_id, v.assigneeId);
    const timingChanged = before.due_at.getTime() !== v.dueAt.getTime() || before.remind_before.join() !== v.remindBefore.join();
    const row = await ctx.sql
      .updateTable('case_tasks')
      .set((eb) => ({
        title: v.title,
        due_at: v.dueAt,
        assignee_id: v.assigneeId ?? null,
        remind_before: v.remindBefore,
        // New timing: its reminders are due afresh.
        ...(timingChanged ? { reminded: sql<number[]>`'{}'::integer[]`, overdue_notified_at: null } : {}),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw conflict(`Version ${version} is not the current version of the task.`, { currentVersion: before.version });
    await appendAudit(ctx.sql, ctx.actor, { action: 'case_task.update', entityType: 'CaseTask', entityId: id, organisationId: row.owner_organisation_id, details: { caseId: row.case_id } });
    if (row.assignee_id && row.assignee_id !== before.assignee_id) await notificationService.notifyTask(ctx, row.id, 'TASK_ASSIGNED');
    return toCaseTask(row);
  }

  async close(ctx: AppContext, id: string, version: number, status: TaskStatus.DONE | TaskStatus.CANCELLED): Promise<CaseTask> {
    const before = await this.current(ctx, id);
    if (before.status !== TaskStatus.OPEN) throw conflict(`The task is already ${before.status}.`);
    const row = await ctx.sql
      .updateTable('case_tasks')
      .set((eb) => ({ status, completed_at: sql<Date>`now()`, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', TaskStatus.OPEN)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw conflict(`Version ${version} is not the current version of the task.`, { currentVersion: before.version });
    await appendAudit(ctx.sql, ctx.actor, {
      action: status === TaskStatus.DONE ? 'case_task.complete' : 'case_task.cancel',
      entityType: 'CaseTask',
      entityId: id,
      organisationId: row.owner_organisation_id,
      details: { caseId: row.case_id },
    });
    return toCaseTask(row);
  }
}

export const caseTaskService = new CaseTaskService();
