import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuditDetails } from '../../core/audit/audit-writer';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType('AuditEntry')
@Entity('audit_entries')
// Case.history's two ways to a case (migration case-history): a subject, and the caseId of a part's details.
@Index('ix_audit_entries_subject', { synchronize: false })
@Index('ix_audit_entries_case_part', { synchronize: false })
export class AuditEntry {
  @Field(() => Int)
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  seq!: number;

  @Field()
  @Column('timestamptz')
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Field()
  @Column('text')
  action!: string;

  @Field()
  @Column('text')
  entityType!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: AuditDetails;

  @Field()
  @Column('text')
  prevHash!: string;

  @Field()
  @Column('text')
  hash!: string;
}
