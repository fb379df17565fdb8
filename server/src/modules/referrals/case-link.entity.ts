import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Case } from '../cases/case.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Referral } from './referral.entity';

/**
 * Two organisations' own cases linked: proposed by the owner of caseId,
 * confirmed by the owner of otherCaseId (or made confirmed by an accepted
 * referral). The owners are repeated so the policies need not read cases.
 */
@ObjectType('CaseLink', { description: "Two organisations' own cases about the same events or person, each readable only under its own rules." })
@Entity('case_links')
@Index(['caseId', 'otherCaseId'], { unique: true })
@Index(['otherCaseId'])
@Check('CHK_case_links_two_owners', `case_owner_organisation_id <> other_owner_organisation_id`)
export class CaseLink {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseRow?: Case;

  @Column('uuid')
  caseOwnerOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_owner_organisation_id' })
  caseOwnerRow?: Organisation;

  @Column('uuid')
  otherCaseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'other_case_id' })
  otherCaseRow?: Case;

  @Column('uuid')
  otherOwnerOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'other_owner_organisation_id' })
  otherOwnerRow?: Organisation;

  @Field({ description: "False until the other case's owner confirms; an unconfirmed link shows nothing of the other case." })
  @Column('boolean', { default: false })
  confirmed!: boolean;

  @Column('uuid', { nullable: true })
  referralId!: string | null;

  @ManyToOne(() => Referral, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'referral_id' })
  referralRow?: Referral;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
