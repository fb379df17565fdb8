import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('LocalizedName', { description: "An organisation's name in one interface language." })
export class LocalizedName {
  @Field({ description: 'Interface language code: en, ru, tg, ka or fr.' })
  language!: string;

  @Field()
  name!: string;
}

@ObjectType('Organisation')
@Entity('organisations')
@Check('ck_organisations_local_names', `jsonb_typeof("local_names") = 'object'`)
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text', unique: true })
  slug!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field(() => String, { nullable: true, description: "The name in the organisation's own language and script, if different." })
  @Column({ type: 'text', nullable: true })
  localName!: string | null;

  /** Name per interface language (`{ ru: '...', tg: '...' }`), exposed as `names`. */
  @Column({ type: 'jsonb', name: 'local_names', default: () => "'{}'" })
  localNames!: Record<string, string>;

  @Field()
  @Column('text')
  city!: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @Column({ type: 'character', length: 2 })
  countryCode!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true, description: 'The person who signs for the organisation by default, as printed under statements.' })
  @Column({ type: 'text', nullable: true })
  representative!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Set by lockOrganisation, cleared by unlockOrganisation: while set, no export, download or release of its data. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  /** Who locked it: shown to its ADMINs and the COORDINATOR with lockedAt. */
  @Column({ type: 'uuid', nullable: true })
  lockedByUserId!: string | null;

  /** Its members sign in only with TOTP (set by its ADMIN), locked or not. */
  @Column({ type: 'boolean', default: false })
  requireTotp!: boolean;
}
