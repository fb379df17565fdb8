import { Language, StatementStatus } from '@coalition/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Case } from '../cases/case.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../auth/user.entity';

/**
 * A joint statement. Its text lives in versions (StatementVersion) and their
 * translations; `currentVersionNumber` names the version signatures must bind.
 * Who reads it follows its status (statement.policy.ts and row-level security).
 */
@ObjectType('Statement')
@Entity('statements')
@Index(['initiatorOrganisationId'])
@Index('ix_statements_created', { synchronize: false })
@Check('ck_statements_status', `"status" IN ('DRAFT', 'OPEN_FOR_SIGNATURE', 'PUBLISHED', 'WITHDRAWN')`)
export class Statement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column('uuid')
  initiatorOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'initiator_organisation_id' })
  initiatorOrganisationRow?: Organisation;

  @Field(() => StatementStatus)
  @Column('text', { default: StatementStatus.DRAFT })
  status!: StatementStatus;

  @Field(() => [String])
  @Column('text', { array: true, default: () => "'{}'" })
  addressees!: string[];

  @Field(() => Language)
  @Column('text')
  primaryLanguage!: Language;

  @Column('int', { default: 1 })
  currentVersionNumber!: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  signatureDeadline!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column('uuid')
  createdByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdByUserRow?: User;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

@ObjectType('StatementVersion')
@Entity('statement_versions')
@Unique('uq_statement_versions_number', ['statementId', 'number'])
@Check('ck_statement_versions_hash', `"content_hash" ~ '^[0-9a-f]{64}$'`)
export class StatementVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  statementId!: string;

  @ManyToOne(() => Statement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id' })
  statementRow?: Statement;

  @Field(() => Int)
  @Column('int')
  number!: number;

  @Field({ description: "sha256, lowercase hex, of the version's canonical text (README.md beside this file says how it is formed)." })
  @Column('text')
  contentHash!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  changeNote!: string | null;

  @Column('uuid')
  createdByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdByUserRow?: User;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

@ObjectType('Translation')
@Entity('statement_translations')
@Unique('uq_statement_translations_language', ['versionId', 'language'])
// The GIN index over `search` is the migration's (TypeORM cannot express it).
@Index('ix_statement_translations_search', { synchronize: false })
export class StatementTranslation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  versionId!: string;

  @ManyToOne(() => StatementVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  versionRow?: StatementVersion;

  @Field(() => Language)
  @Column('text')
  language!: Language;

  @Field()
  @Column('text')
  title!: string;

  @Field({ description: 'Markdown.' })
  @Column('text')
  body!: string;

  // Not hashed, as the statement's own list is not: the content hash binds [language, title, body] only.
  @Field(() => [String], {
    nullable: true,
    description: "The statement's addressees named in this language, one for each of `Statement.addressees` in order; null when the translation gives none (show `Statement.addressees`).",
  })
  @Column('text', { array: true, nullable: true })
  addressees!: string[] | null;

  /** The search box's vector of this translation, written by its trigger (migration StatementTranslationSearch). */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search?: string | null;
}

/**
 * One organisation's signature: at most one per statement (signing again
 * replaces it, an upsert on the unique pair). It binds the hash of the text
 * it was given; it counts while that hash is the current version's.
 */
@ObjectType('Signature')
@Entity('statement_signatures')
@Unique('uq_statement_signatures_organisation', ['statementId', 'organisationId'])
@Index(['organisationId'])
export class StatementSignature {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  statementId!: string;

  @ManyToOne(() => Statement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id' })
  statementRow?: Statement;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisationRow?: Organisation;

  @Field()
  @Column('text')
  signatoryName!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  signatoryTitle!: string | null;

  @Field(() => Int, { description: 'The version whose exact text was signed.' })
  @Column('int')
  versionNumber!: number;

  @Field()
  @Column('text')
  contentHash!: string;

  @Column('uuid')
  signedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by_user_id' })
  signedByUserRow?: User;

  @Field()
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  signedAt!: Date;

  /** Not stored: whether `contentHash` is the statement's current version's (the loaders compute it). */
  @Field({ description: "Signed the statement's current version: only these count." })
  current!: boolean;
}

/** A case the statement cites. */
@Entity('statement_cases')
@Index(['caseId'])
export class StatementCase {
  @PrimaryColumn('uuid')
  statementId!: string;

  @ManyToOne(() => Statement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id' })
  statementRow?: Statement;

  @PrimaryColumn('uuid')
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseRow?: Case;
}
