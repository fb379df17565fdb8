import { ConsentScope } from '@coalition/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { CasePerson } from '../cases/case-person.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../auth/user.entity';
import { EvidenceFile } from '../evidence/evidence.entity';

/**
 * What one person agreed to: a record, never changed but for its withdrawal.
 * Whether it counts (given, not expired, not withdrawn) is decided in
 * PostgreSQL by consent_covers (db/sql/functions), for every read path.
 */
@ObjectType('Consent')
@Entity('consents')
@Index(['personId', 'scope'])
@Check('CHK_consents_scope', `scope IN ('SHARE_PERSONAL_DATA', 'REFERRAL', 'BRIEFING', 'PUBLICATION')`)
@Check('CHK_consents_dates', `expires_on IS NULL OR expires_on >= given_on`)
export class Consent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => CasePerson, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  personRow?: CasePerson;

  /** The person's case owner, repeated so that this table's policies need not read cases. */
  @Column('uuid')
  ownerOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_organisation_id' })
  ownerOrganisationRow?: Organisation;

  @Field(() => ConsentScope)
  @Column('text')
  scope!: ConsentScope;

  /** Empty: every member organisation. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  organisationIds!: string[];

  @Field()
  @Column('text')
  purpose!: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  givenOn!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column('date', { nullable: true })
  expiresOn!: string | null;

  @Field()
  @Column('text')
  form!: string;

  /** The signed form attached, an evidence file of the person's case (ConsentResolver.formFile shows it as the file's read rule allows). */
  @Column('uuid', { nullable: true })
  formEvidenceId!: string | null;

  // NO ACTION, not RESTRICT: a case's deletion removes its consents and files in one statement.
  @ManyToOne(() => EvidenceFile, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'form_evidence_id' })
  formEvidenceRow?: EvidenceFile;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  recordedAt!: Date;

  @Column('uuid', { nullable: true })
  recordedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedByRow?: User;

  /** Made by the migration of the consentToShare flags, not by a person. */
  @Column('boolean', { default: false })
  migrated!: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt!: Date | null;

  @Column('uuid', { nullable: true })
  withdrawnByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'withdrawn_by_user_id' })
  withdrawnByRow?: User;

  /** Computed by consent_covers' rule when read. */
  @Field()
  active!: boolean;
}
