import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';

/**
 * An organisation's data key for personal data, sealed with the master key (AAD `organisation_keys:<org id>:wrapped_key`).
 * The newest version seals what is written; each sealed row names the version it was sealed under
 * (`key_version`, a foreign key), so an older version is deleted only once `rotate-organisation-key` re-sealed
 * everything that referred to it.
 */
@Entity('organisation_keys')
export class OrganisationKey {
  @PrimaryColumn('uuid')
  organisationId!: string;

  @PrimaryColumn('int', { default: 1 })
  version!: number;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisationRow?: Organisation;

  @Column('text')
  wrappedKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Per-organisation, per-year counters behind generated references (`ADC-2013-001`). */
@Entity('case_reference_counters')
export class CaseReferenceCounter {
  @PrimaryColumn('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisationRow?: Organisation;

  @PrimaryColumn('int')
  year!: number;

  @Column('int')
  last!: number;
}
