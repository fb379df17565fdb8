import { EventType } from '@coalition/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Organisation } from '../organisations/organisation.entity';
import { Case } from './case.entity';

/** One entry of a case's timeline, recorded by the owner or a WRITE share. */
@ObjectType('CaseEvent')
@Entity('case_events')
@Index(['caseId', 'occurredOn'])
export class CaseEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseRow?: Case;

  @Column('uuid')
  recordedByOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_organisation_id' })
  recordedByRow?: Organisation;

  @Field(() => EventType)
  @Column('text')
  type!: EventType;

  @Field(() => LocalDateScalar)
  @Column('date')
  occurredOn!: string;

  @Field()
  @Column('text')
  title!: string;

  @Field()
  @Column('text', { default: '' })
  description!: string;

  @Field(() => String, { nullable: true, description: "The body acted on or addressed, e.g. 'Prosecutor of the City of St. Petersburg'." })
  @Column({ type: 'text', nullable: true })
  authority!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'character', length: 2, nullable: true })
  countryCode!: string | null;

  @Field(() => String, { nullable: true, description: 'For DEPORTATION events: the country the person was sent to.' })
  @Column({ type: 'character', length: 2, nullable: true })
  destinationCountryCode!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
