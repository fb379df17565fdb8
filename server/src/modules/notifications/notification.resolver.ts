import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { userById } from '../auth/user.loader';
import { User } from '../auth/user.entity';
import { Case, caseService } from '../cases';
import { Organisation } from '../organisations/organisation.entity';
import { organisationById } from '../organisations/organisation.loader';
import { CaseTaskInput } from './dto/case-task.input';
import { CaseTask, EmailFrequency, MyWork, Notification, NotificationConnection, NotificationPreferences, TaskStatus } from './notification.entity';
import { caseTaskService } from './case-task.service';
import { myWorkService } from './my-work.service';
import { notificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection)
  notifications(
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false }) unreadOnly: boolean,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<NotificationConnection> {
    return notificationService.list(ctx, unreadOnly ?? false, first ?? 25, after ?? null);
  }

  @Authorized()
  @Query(() => NotificationPreferences)
  notificationPreferences(@Ctx() ctx: AppContext): Promise<NotificationPreferences> {
    return notificationService.preferences(ctx);
  }

  @Authorized()
  @Query(() => MyWork)
  myWork(@Ctx() ctx: AppContext): Promise<MyWork> {
    return myWorkService.get(ctx);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks these (or, with no ids, all) of the viewer\'s notifications read; returns how many changed.' })
  markNotificationsRead(@Arg('ids', () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: AppContext): Promise<number> {
    return notificationService.markRead(ctx, ids ?? null);
  }

  @Authorized()
  @Mutation(() => NotificationPreferences)
  setNotificationPreferences(
    @Arg('email', () => EmailFrequency) email: EmailFrequency,
    @Arg('language', () => String, { nullable: true }) language: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<NotificationPreferences> {
    return notificationService.setPreferences(ctx, email, language);
  }

  @Authorized()
  @Mutation(() => String, { description: 'Creates or replaces the viewer\'s calendar feed token; the old path stops working. Returns the new path.' })
  rotateCalendarFeed(@Ctx() ctx: AppContext): Promise<string> {
    return notificationService.rotateCalendarFeed(ctx);
  }

  // Not @Authorized: the socket is signed in (graphql-ws onConnect) and watch() requires the actor.
  @Subscription(() => Notification, {
    description: 'The viewer\'s own notifications as they are created.',
    subscribe: ({ context }) => notificationService.watch(context as AppContext),
  })
  notificationAdded(@Root() n: Notification): Notification {
    return n;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() n: Notification, @Ctx() ctx: AppContext): Promise<Organisation | null> | null {
    return n.organisationId ? ctx.loaders.get(organisationById).load(n.organisationId) : null;
  }
}

@Resolver(() => CaseTask)
export class CaseTaskResolver {
  @Authorized()
  @Mutation(() => CaseTask)
  addCaseTask(@Arg('caseId', () => ID) caseId: string, @Arg('input', () => CaseTaskInput) input: CaseTaskInput, @Ctx() ctx: AppContext): Promise<CaseTask> {
    return caseTaskService.add(ctx, caseId, input);
  }

  @Authorized()
  @Mutation(() => CaseTask, { description: 'CONFLICT when version is not current.' })
  updateCaseTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CaseTaskInput) input: CaseTaskInput,
    @Ctx() ctx: AppContext,
  ): Promise<CaseTask> {
    return caseTaskService.update(ctx, id, version, input);
  }

  @Authorized()
  @Mutation(() => CaseTask)
  completeCaseTask(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext): Promise<CaseTask> {
    return caseTaskService.close(ctx, id, version, TaskStatus.DONE);
  }

  @Authorized()
  @Mutation(() => CaseTask)
  cancelCaseTask(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext): Promise<CaseTask> {
    return caseTaskService.close(ctx, id, version, TaskStatus.CANCELLED);
  }

  @FieldResolver(() => Case)
  case(@Root() t: CaseTask, @Ctx() ctx: AppContext): Promise<Case> {
    return caseService.readable(ctx, t.caseId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'A member of the case\'s owner or of an organisation with a WRITE share.' })
  assignee(@Root() t: CaseTask, @Ctx() ctx: AppContext): Promise<User | null> | null {
    return t.assigneeId ? ctx.loaders.get(userById).load(t.assigneeId) : null;
  }
}

@Resolver(() => Case)
export class CaseTasksFieldResolver {
  @FieldResolver(() => [CaseTask], { description: 'Readable by whoever reads the case; changed by whoever may change it.' })
  tasks(@Root() c: Case, @Ctx() ctx: AppContext): Promise<CaseTask[]> {
    return caseTaskService.list(ctx, c.id);
  }
}
