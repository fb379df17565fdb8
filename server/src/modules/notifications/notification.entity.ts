import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../core/graphql/pagination';
import { Briefing } from '../briefings/briefing.entity';
import { Case } from '../cases/case.entity';
import { Statement } from '../statements/statement.entity';
import { NOTIFICATION_KINDS, type NotificationKindName } from './notification-texts';

export const NotificationKind = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKindName]: K };
registerEnumType(NotificationKind, { name: 'NotificationKind' });

export enum EmailFrequency {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}
registerEnumType(EmailFrequency, { name: 'EmailFrequency' });

export enum TaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskStatus, { name: 'TaskStatus' });

/** A row of `notifications` (no TypeORM entity: only this module reads it, with typed SQL). */
@ObjectType('Notification')
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKindName;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field({ description: 'Plain text in the recipient\'s language. Never a person\'s name, contact or birth year, nor text of a case the recipient cannot read.' })
  text!: string;
  @Field({ description: 'A path of the client, e.g. /cases/<id>.' }) link!: string;
  organisationId!: string | null;
}

@ObjectType('NotificationEdge')
export class NotificationEdge {
  @Field() cursor!: string;
  @Field(() => Notification) node!: Notification;
}

@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => [NotificationEdge]) edges!: NotificationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) unreadCount!: number;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferences {
  @Field(() => EmailFrequency) email!: EmailFrequency;
  @Field({ description: 'BCP 47 code of a language the interface offers; emails and notification texts use it.' }) language!: string;
  @Field(() => String, { nullable: true, description: 'The viewer\'s iCalendar feed of open tasks, /calendar/<token>.ics; null until created.' })
  calendarFeedPath!: string | null;
}

@ObjectType('CaseTask', { description: 'A deadline of casework: an appeal window, a detention limit, a hearing, a follow-up.' })
export class CaseTask {
  @Field(() => ID) id!: string;
  caseId!: string;
  @Field() title!: string;
  @Field(() => Date) dueAt!: Date;
  assigneeId!: string | null;
  @Field(() => TaskStatus) status!: TaskStatus;
  @Field(() => [Int], { description: 'Minutes before dueAt at which the assignee (else the owner\'s caseworkers) is reminded.' }) remindBefore!: number[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType('MyWork', { description: 'What waits for the viewer\'s action, across every organisation the viewer belongs to.' })
export class MyWork {
  @Field(() => [Statement]) statementsToSign!: Statement[];
  @Field(() => [Briefing]) briefingsToDecide!: Briefing[];
  @Field(() => [CaseTask]) tasksDue!: CaseTask[];
  @Field(() => [Case], { description: 'Cases shared with the viewer\'s organisations in the last 14 days.' }) newShares!: Case[];
}
