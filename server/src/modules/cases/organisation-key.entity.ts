import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';

/** An organisation's data key for personal data, sealed with the master key (AAD `organisation_keys:<org id>:wrapped_key`). */
@Entity('organisation_keys')
export class OrganisationKey {
  @PrimaryColumn('uuid')
  organisationId!: string;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
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
