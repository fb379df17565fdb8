import { ReferralNeed, ReferralStatus } from '@coalition/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Case } from '../cases/case.entity';
import { CasePerson } from '../cases/case-person.entity';
import { Organisation } from '../organisations/organisation.entity';

/**
 * A person referred by one organisation's case to another organisation.
 * Its status moves only PENDING → ACCEPTED | DECLINED | WITHDRAWN and
 * ACCEPTED → COMPLETED: the service checks it, and so does the trigger
 * referrals_transition (db/sql/triggers/referrals.sql).
 */
@ObjectType('Referral')
@Entity('referrals')
@Index(['fromOrganisationId', 'status'])
@Index(['toOrganisationId', 'status'])
@Index(['personId'])
@Index(['linkedPersonId'])
@Check('CHK_referrals_status', `status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'COMPLETED')`)
@Check('CHK_referrals_route', `from_organisation_id <> to_organisation_id`)
export class Referral {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseRow?: Case;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => CasePerson, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  personRow?: CasePerson;

  @Column('uuid')
  fromOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_organisation_id' })
  fromOrganisationRow?: Organisation;

  @Column('uuid')
  toOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_organisation_id' })
  toOrganisationRow?: Organisation;

  @Field(() => [ReferralNeed])
  @Column('text', { array: true })
  needs!: ReferralNeed[];

  @Field({ description: 'Why, and what is asked; readable by both organisations.' })
  @Column('text')
  reason!: string;

  @Field()
  @Column('boolean', { default: false })
  urgent!: boolean;

  @Field(() => ReferralStatus)
  @Column('text', { default: ReferralStatus.PENDING })
  status!: ReferralStatus;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column('uuid', { nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdByRow?: User;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Given by the receiving organisation when it declines or completes.' })
  @Column('text', { nullable: true })
  outcomeNote!: string | null;

  /** Whether referPerson made the READ share of the referring case (so the receiver reads what it is asked); the owner may take it back. */
  @Column('boolean', { default: false })
  madeShare!: boolean;

  @Column('uuid', { nullable: true })
  linkedCaseId!: string | null;

  @ManyToOne(() => Case, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'linked_case_id' })
  linkedCaseRow?: Case;

  /** The person's copy in the receiving case: its personal data stays readable only while the REFERRAL consent covers the receiver. */
  @Column('uuid', { nullable: true })
  linkedPersonId!: string | null;

  @ManyToOne(() => CasePerson, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'linked_person_id' })
  linkedPersonRow?: CasePerson;
}
