import { CaseCategory, CaseStatus, Visibility } from '@coalition/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Organisation } from '../organisations/organisation.entity';

@ObjectType('Location')
export class Location {
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field({ description: 'ISO 3166-1 alpha-2.' }) countryCode!: string;
}

@ObjectType('CaseFigures')
export class CaseFigures {
  @Field(() => Int) detained!: number;
  @Field(() => Int) deported!: number;
  @Field(() => Int) injured!: number;
  @Field(() => Int) childrenAffected!: number;
}

/**
 * A documented incident, owned by one organisation. Who can read it is decided
 * by its visibility and shares, in the service (casePolicy) and again by
 * row-level security. Personal data never lives here (see CasePersonPrivate).
 */
@ObjectType('Case')
@Entity('cases')
@Index(['ownerOrganisationId', 'reference'], { unique: true })
// The GIN indexes over `search` and `countries` and the list order index are created by the security migration (TypeORM cannot express it).
@Index('ix_cases_search', { synchronize: false })
@Index('ix_cases_countries', { synchronize: false })
@Index('ix_cases_created', { synchronize: false })
@Index('ix_cases_owner_created', { synchronize: false })
@Check('ck_cases_figures', `"detained" >= 0 AND "deported" >= 0 AND "injured" >= 0 AND "children_affected" >= 0`)
export class Case {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  ownerOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organisation_id' })
  ownerOrganisationRow?: Organisation;

  @Field({ description: "Unique, human-readable, e.g. 'ADC-2013-002'." })
  @Column('text')
  reference!: string;

  @Field()
  @Column('text')
  title!: string;

  @Field()
  @Column('text')
  summary!: string;

  @Field(() => CaseStatus)
  @Column('text')
  status!: CaseStatus;

  @Field(() => [CaseCategory])
  @Column('text', { array: true, default: () => "'{}'" })
  categories!: CaseCategory[];

  @Field(() => Visibility)
  @Column('text')
  visibility!: Visibility;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  incidentDate!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'character', length: 2 })
  countryCode!: string;

  /** Every country involved (incident, citizenships, deportation destinations), sorted; kept by the service. */
  @Field(() => [String], { description: 'Every country involved: the incident\'s, the persons\' citizenships, deportation destinations. Sorted.' })
  @Column('text', { array: true, default: () => "'{}'" })
  countries!: string[];

  @Column('int', { default: 0 })
  detained!: number;

  @Column('int', { default: 0 })
  deported!: number;

  @Column('int', { default: 0 })
  injured!: number;

  @Column('int', { default: 0 })
  childrenAffected!: number;

  @Field({ description: 'Whether the case counts in coalition and liaison statistics.' })
  @Column('boolean', { default: true })
  includeInStatistics!: boolean;

  @Field(() => Int, { description: 'Bumped by every change; updateCase must be given the version it read.' })
  @Column('int', { default: 1 })
  version!: number;

  /** Full-text vector ('simple' configuration) kept by the trigger of the security migration. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  search?: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
