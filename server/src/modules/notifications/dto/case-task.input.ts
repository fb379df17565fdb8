import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('CaseTaskInput')
export class CaseTaskInput {
  @Field() title!: string;
  @Field(() => Date) dueAt!: Date;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => [Int], { nullable: true, defaultValue: [1440, 60] }) remindBefore?: number[] | null;
}
