import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CoalitionRole, Language } from '@coalition/shared';

@ObjectType('User')
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique. */
  @Field()
  @Index({ unique: true })
  @Column('text')
  email!: string;

  @Field()
  @Column('text')
  displayName!: string;

  @Field(() => Language)
  @Column({ type: 'text', default: Language.EN })
  locale!: Language;

  @Field(() => [CoalitionRole])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  coalitionRoles!: CoalitionRole[];

  /** argon2id, PHC string. */
  @Column('text')
  passwordHash!: string;

  /** The TOTP secret sealed with the master key; set by setupTotp, live once totpEnabled. */
  @Column({ type: 'text', nullable: true })
  totpSecret!: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  totpEnabled!: boolean;

  /** The last accepted TOTP time step: a code is accepted once. */
  @Column({ type: 'bigint', nullable: true })
  totpLastStep!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
