import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A browser a user has signed in from, known by the sha256 of a long-lived random cookie: a sign-in
 * from any other browser is a NEW_SIGN_IN.
 */
@Entity('known_browsers')
@Index(['userId', 'browserHash'], { unique: true })
export class KnownBrowser {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('text')
  browserHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  firstSeenAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  userRow?: User;
}
