import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { CaseEvent } from '../cases/case-event.entity';
import { Case } from '../cases/case.entity';
import { OrganisationKey } from '../cases/organisation-key.entity';
import { Organisation } from '../organisations/organisation.entity';

export enum EvidenceKind {
  IMAGE = 'IMAGE',
  VIDEO = 'VIDEO',
  AUDIO = 'AUDIO',
  PDF = 'PDF',
  DOCUMENT = 'DOCUMENT',
  OTHER = 'OTHER',
}
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });

export enum CustodyAction {
  UPLOADED = 'UPLOADED',
  VIEWED = 'VIEWED',
  DOWNLOADED = 'DOWNLOADED',
  SANITIZED_DOWNLOADED = 'SANITIZED_DOWNLOADED',
  VERIFIED = 'VERIFIED',
  VERIFICATION_FAILED = 'VERIFICATION_FAILED',
  REMOVED = 'REMOVED',
}
registerEnumType(CustodyAction, { name: 'CustodyAction' });

const bigintNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * Encrypted bytes in the storage backend: one per stored variant (original, sanitised copy, thumbnail).
 * The random per-blob key is wrapped by the owning organisation's data key; removing it (crypto-shredding)
 * leaves the stored ciphertext unreadable. Originals uploaded twice by one organisation share a blob.
 */
@Entity('evidence_blobs')
@Check('CHK_evidence_blobs_key_holder', `("person_id" IS NULL) = ("key_version" IS NOT NULL)`)
@Index('IDX_evidence_blobs_person', ['personId'])
@Index('ux_evidence_blobs_dedupe', ['organisationId', 'sha256'], { unique: true, where: 'dedupe' })
export class EvidenceBlob {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisationRow?: Organisation;

  @Column('text')
  sha256!: string;

  @Column('bigint', { transformer: bigintNumber })
  size!: number;

  @Column('int')
  chunkSize!: number;

  @Column('text')
  storageKey!: string;

  /** Null once shredded. */
  @Column({ type: 'text', nullable: true })
  wrappedKey!: string | null;

  /**
   * The version of the organisation's data key that wraps `wrappedKey`: that version stays while this row refers to
   * it. Null when a person's key wraps it (`personId`).
   */
  @Column('int', { default: 1, nullable: true })
  keyVersion!: number | null;

  /**
   * The person whose own key (person_keys) wraps `wrappedKey`: a consent's signed form. Erasing the person makes
   * the bytes unreadable everywhere. No foreign key: a dump holds this row but never the person's key.
   */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => OrganisationKey, { onDelete: 'NO ACTION' })
  @JoinColumn([
    { name: 'organisation_id', referencedColumnName: 'organisationId' },
    { name: 'key_version', referencedColumnName: 'version' },
  ])
  keyRow?: OrganisationKey;

  @Column('boolean', { default: false })
  dedupe!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** A file attached to a case (and maybe one of its events). The row stays after removal, for its custody log and hash. */
@ObjectType('EvidenceFile')
@Entity('evidence_files')
@Index(['caseId', 'uploadedAt'])
@Index('ix_evidence_files_blobs', ['originalBlobId'])
export class EvidenceFile {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseRow?: Case;

  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @ManyToOne(() => CaseEvent, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  eventRow?: CaseEvent;

  /** The case's owner when attached: whose key encrypts the bytes. */
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisationRow?: Organisation;

  @Field()
  @Column('text')
  fileName!: string;

  @Field({ description: 'Sniffed from the content, not taken from the client.' })
  @Column('text')
  mediaType!: string;

  @Field(() => EvidenceKind)
  @Column('text')
  kind!: EvidenceKind;

  @Field(() => Float, { description: 'Bytes.' })
  @Column('bigint', { transformer: bigintNumber })
  size!: number;

  @Field({ description: 'Lowercase hex SHA-256 of the bytes as received, computed by the server while they arrived.' })
  @Column('text')
  sha256!: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  uploadedAt!: Date;

  @Column('uuid')
  uploadedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedByRow?: User;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field({
    description:
      'True (the default): the file may show or name persons, so it is served only to those who may read the case\'s personal data, and otherwise listed without URLs.',
  })
  @Column('boolean', { default: true })
  containsPersonalData!: boolean;

  @Column({ type: 'uuid', nullable: true })
  originalBlobId!: string | null;

  @ManyToOne(() => EvidenceBlob, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'original_blob_id' })
  originalBlobRow?: EvidenceBlob;

  @Column({ type: 'uuid', nullable: true })
  sanitizedBlobId!: string | null;

  @ManyToOne(() => EvidenceBlob, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sanitized_blob_id' })
  sanitizedBlobRow?: EvidenceBlob;

  @Column({ type: 'text', nullable: true })
  sanitizedMediaType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  thumbnailBlobId!: string | null;

  @ManyToOne(() => EvidenceBlob, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'thumbnail_blob_id' })
  thumbnailBlobRow?: EvidenceBlob;

  @Field(() => Date, { nullable: true, description: 'Last time the stored bytes were decrypted, re-hashed and matched sha256.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  removedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  removedReason!: string | null;
}

/** Embedded metadata (EXIF, XMP, PDF info): readable only with the case's personal-data right. */
@Entity('evidence_metadata')
export class EvidenceMetadata {
  @PrimaryColumn('uuid')
  evidenceId!: string;

  @ManyToOne(() => EvidenceFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidenceRow?: EvidenceFile;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  capturedAt!: Date | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column('jsonb', { default: {} })
  embedded!: Record<string, string | number>;
}

/** The chain of custody: appended in the transaction of what it records, never changed. */
@ObjectType('CustodyEntry')
@Entity('evidence_custody')
@Index(['evidenceId', 'at'])
export class CustodyEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  evidenceId!: string;

  @ManyToOne(() => EvidenceFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidenceRow?: EvidenceFile;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Field(() => CustodyAction)
  @Column('text')
  action!: CustodyAction;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisationRow?: Organisation;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  userRow?: User;

  @Field(() => Boolean, { nullable: true, description: 'For downloads and verifications: whether the bytes hashed to sha256.' })
  @Column({ type: 'boolean', nullable: true })
  sha256Matched!: boolean | null;

  /** Set when read for GraphQL: the file's owner, who alone sees who acted. */
  ownerOrganisationId?: string;
}
