import { BriefingStatus, ExportFormat } from '@coalition/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import type { BriefingDocCase, BriefingDocument, BriefingSourceCase } from './briefing-document';

/**
 * A briefing for diplomats. Its cases are stored as redacted snapshots
 * (briefing_cases.content), taken from an allow-list when it is created and
 * again when it is submitted, so the owners approve exactly what is released.
 */
@ObjectType('Briefing')
@Entity('briefings')
export class Briefing {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  authorOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_organisation_id' })
  authorOrganisationRow?: Organisation;

  @Field()
  @Column('text')
  title!: string;

  @Field({ description: "Who it is for, e.g. 'OSCE ODIHR' or 'Embassy of ... in Moscow'." })
  @Column('text')
  audience!: string;

  @Field(() => BriefingStatus)
  @Column('text', { default: BriefingStatus.DRAFT })
  status!: BriefingStatus;

  @Field()
  @Column('boolean', { default: true })
  includeStatistics!: boolean;

  /** The organisations owning its cases: row-level security reads this instead of the approvals (no policy recursion). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  ownerOrganisationIds!: string[];

  @Column('uuid', { array: true, default: () => "'{}'" })
  statementIds!: string[];

  /** The organisation whose refusal last returned it to DRAFT. */
  @Column({ type: 'uuid', nullable: true })
  refusedByOrganisationId!: string | null;

  /** What the files were rendered from; set on release. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  document!: BriefingDocument | null;

  @Column('uuid')
  createdByUserId!: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  releasedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

@Entity('briefing_cases')
@Index(['briefingId', 'position'], { unique: true })
export class BriefingCaseRow {
  @PrimaryColumn('uuid')
  briefingId!: string;

  @ManyToOne(() => Briefing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'briefing_id' })
  briefingRow?: Briefing;

  @PrimaryColumn('uuid')
  caseId!: string;

  @Column('uuid')
  ownerOrganisationId!: string;

  @Column('int')
  position!: number;

  /** The redacted, allow-listed snapshot (BriefingDocCase). */
  @Column('jsonb')
  content!: BriefingDocCase;

  /**
   * The ids of content.persons, in order: the persons the snapshot shows because their BRIEFING consent
   * counted when it was taken. Read only by briefing_case_lapsed_consents (the app role may not select it).
   */
  @Column('uuid', { array: true, default: () => "'{}'" })
  personIds!: string[];
}

/**
 * What a case said when its snapshot was taken, allow-listed but not yet
 * redacted: each reader who is not an owner sees it redacted with the persons
 * whose personal data that reader may read (briefing-case.builder.ts). Row-level
 * security lets only readers of the case itself read it; it is deleted on release.
 */
@Entity('briefing_case_sources')
export class BriefingCaseSource {
  @PrimaryColumn('uuid')
  briefingId!: string;

  @ManyToOne(() => Briefing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'briefing_id' })
  briefingRow?: Briefing;

  @PrimaryColumn('uuid')
  caseId!: string;

  /** BriefingSourceCase. */
  @Column('jsonb')
  source!: BriefingSourceCase;
}

@ObjectType('BriefingApproval')
@Entity('briefing_approvals')
export class BriefingApproval {
  @PrimaryColumn('uuid')
  briefingId!: string;

  @ManyToOne(() => Briefing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'briefing_id' })
  briefingRow?: Briefing;

  @PrimaryColumn('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisationRow?: Organisation;

  @Field(() => Boolean, { nullable: true, description: 'Null while undecided.' })
  @Column({ type: 'boolean', nullable: true })
  approved!: boolean | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;
}

@ObjectType('ExportFile')
@Entity('briefing_files')
export class BriefingFile {
  @PrimaryColumn('uuid')
  briefingId!: string;

  @ManyToOne(() => Briefing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'briefing_id' })
  briefingRow?: Briefing;

  @Field(() => ExportFormat)
  @PrimaryColumn('text')
  format!: ExportFormat;

  @Column({ type: 'bytea', select: false })
  bytes?: Buffer;

  @Field()
  @Column('text')
  sha256!: string;

  @Field(() => Int)
  @Column('int')
  sizeBytes!: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field({ description: 'Relative URL; needs the same session as the API.' })
  get url(): string {
    return `/briefings/${this.briefingId}/files/${this.format.toLowerCase()}`;
  }
}
