import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../auth/user.entity';
import { OrgRole } from '@coalition/shared';

@ObjectType('Membership')
@Entity('memberships')
export class Membership {
  @PrimaryColumn('uuid')
  organisationId!: string;

  @Index()
  @PrimaryColumn('uuid')
  userId!: string;

  @Field(() => [OrgRole])
  @Column({ type: 'text', array: true })
  roles!: OrgRole[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisationRow?: Organisation;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  userRow?: User;
}
