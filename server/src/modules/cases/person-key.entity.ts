import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CasePerson } from './case-person.entity';
import { OrganisationKey } from './organisation-key.entity';

/**
 * One person's own data key, which seals their name, birth year and contact (case_person_private), wrapped by a
 * version of the owner organisation's key (AAD `person_keys:<person id>:<version>`). Backups leave this table out:
 * the key vault beside them holds its rows (core/backup/key-vault.ts), so deleting a row (erasePersonalData)
 * shreds the person in every backup too.
 */
@Entity('person_keys')
@Index('IDX_person_keys_organisation_version', ['organisationId', 'keyVersion'])
export class PersonKey {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_person_keys_person_id' })
  personId!: string;

  @ManyToOne(() => CasePerson, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_person_keys_person' })
  personRow?: CasePerson;

  @Column('uuid')
  organisationId!: string;

  @Column('int')
  keyVersion!: number;

  @ManyToOne(() => OrganisationKey, { onDelete: 'NO ACTION' })
  @JoinColumn([
    { name: 'organisation_id', referencedColumnName: 'organisationId', foreignKeyConstraintName: 'FK_person_keys_organisation_key' },
    { name: 'key_version', referencedColumnName: 'version', foreignKeyConstraintName: 'FK_person_keys_organisation_key' },
  ])
  keyRow?: OrganisationKey;

  @Column('text')
  wrappedKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
