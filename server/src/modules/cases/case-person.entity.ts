import { PersonRole } from '@coalition/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Case } from './case.entity';
import { OrganisationKey } from './organisation-key.entity';

/** A person in a case, by pseudonym. Names, birth years and contacts live sealed in CasePersonPrivate. */
@ObjectType('CasePerson')
@Entity('case_persons')
@Index(['caseId', 'position'], { unique: true })
export class CasePerson {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseRow?: Case;

  /** Order of entry; 'Person A' is position 0. Never reused within a case. */
  @Column('int')
  position!: number;

  @Field({ description: "Always readable, e.g. 'Person A'. The only name that leaves the owning circle." })
  @Column('text')
  pseudonym!: string;

  @Field(() => PersonRole)
  @Column('text')
  role!: PersonRole;

  @Field()
  @Column('boolean', { default: false })
  minor!: boolean;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @Column({ type: 'character', length: 2, nullable: true })
  citizenship!: string | null;

  // Derived in PostgreSQL from the consent registry (app_consent_to_share): an active SHARE_PERSONAL_DATA
  // consent covers the reader's organisation. Never a column.
  @Field({ description: "An active SHARE_PERSONAL_DATA consent covers the reader's organisation (for the owner: any active one)." })
  consentToShare!: boolean;

  /** The reader's organisations that an accepted referral of this person, under an active REFERRAL consent, lets read its personal data (SQL: app_person_referral_orgs). */
  referralReaderOrganisationIds?: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  // Decrypted by the service only when the viewer may see them; never columns of this table. Opened by a
  // getter on first read, which throws on a tampered row: `simple: false` keeps a resolver around each, so
  // that error is this field's alone (a compiled query reads resolver-less fields without a guard).
  @Field(() => String, { nullable: true, simple: false, description: "Null unless the viewer may see this case's personal data." })
  fullName!: string | null;

  @Field(() => Int, { nullable: true, simple: false, description: "Null unless the viewer may see this case's personal data." })
  birthYear!: number | null;

  @Field(() => String, { nullable: true, simple: false, description: "Null unless the viewer may see this case's personal data." })
  contact!: string | null;
}

/**
 * The personal data of one person, sealed with the owner organisation's data
 * key (AAD `case_person_private:<person id>:<column>`). Its own row-level
 * security: the owner's members, or a shared-with organisation whose share
 * carries personalData when the person consented.
 */
@Entity('case_person_private')
export class CasePersonPrivate {
  @PrimaryColumn('uuid')
  personId!: string;

  @OneToOne(() => CasePerson, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  personRow?: CasePerson;

  @Column('uuid')
  ownerOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organisation_id' })
  ownerOrganisationRow?: Organisation;

  /**
   * NULL: the fields are sealed with the person's own key (person_keys). A number: the version of the owner's
   * data key they were sealed under before persons had keys of their own (re-sealed at boot, person-key.backfill.ts).
   */
  @Column('int', { nullable: true })
  keyVersion!: number | null;

  @ManyToOne(() => OrganisationKey, { onDelete: 'NO ACTION' })
  @JoinColumn([
    { name: 'owner_organisation_id', referencedColumnName: 'organisationId' },
    { name: 'key_version', referencedColumnName: 'version' },
  ])
  keyRow?: OrganisationKey;

  @Column('text')
  fullName!: string;

  @Column({ type: 'text', nullable: true })
  birthYear!: string | null;

  @Column({ type: 'text', nullable: true })
  contact!: string | null;

  /** The blind index of the name (person-name-index.ts): HMACs of its words, never the words. NULL until indexed. */
  @Column({ type: 'text', array: true, nullable: true, select: false })
  nameTokens?: string[] | null;
}
