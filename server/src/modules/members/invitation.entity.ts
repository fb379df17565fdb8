import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { OrgRole } from '@coalition/shared';

@ObjectType('Invitation')
@Entity('invitations')
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('text')
  email!: string;

  @Index()
  @Column('uuid')
  organisationId!: string;

  @Field(() => [OrgRole])
  @Column({ type: 'text', array: true })
  roles!: OrgRole[];

  /** sha256 of the token; the token itself is shown once, in inviteMember's answer. */
  @Index({ unique: true })
  @Column('text')
  tokenHash!: string;

  @Column({ type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @Field()
  @Column('timestamptz')
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisationRow?: Organisation;

  @Field(() => String, { nullable: true, description: 'Only in the answer to inviteMember, to be passed on out of band; never readable again.' })
  token?: string | null;
}
