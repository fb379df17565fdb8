import { ShareAccess } from '@coalition/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Case } from './case.entity';

/**
 * A case shared with another organisation. `ownerOrganisationId` repeats the
 * case's owner so that this table's row-level security never has to read
 * `cases` (whose own policy reads this table: no recursion).
 */
@ObjectType('CaseShare')
@Entity('case_shares')
@Index(['organisationId'])
@Index('ix_case_shares_owner', { synchronize: false })
@Index('ix_case_shares_count', { synchronize: false })
export class CaseShare {
  @PrimaryColumn('uuid')
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseRow?: Case;

  @PrimaryColumn('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisationRow?: Organisation;

  @Column('uuid')
  ownerOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_organisation_id' })
  ownerOrganisationRow?: Organisation;

  /** The case's visibility, copied by triggers for the maintained count (migration CaseCounts); the app never writes it. */
  @Column({ type: 'text', select: false, insert: false, update: false })
  caseVisibility?: string;

  /** The case's count keys (SQL's case_count_keys), copied by triggers like caseVisibility (migration CaseFilterCounts). */
  @Column({ type: 'text', array: true, default: () => "'{}'", select: false, insert: false, update: false })
  caseKeys?: string[];

  @Field(() => ShareAccess)
  @Column('text')
  access!: ShareAccess;

  @Field({ description: 'The shared-with organisation may read names, birth years and contacts.' })
  @Column('boolean', { default: false })
  personalData!: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  grantedAt!: Date;
}
