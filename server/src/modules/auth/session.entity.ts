import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/** A sign-in. Only the sha256 of the token is stored; the cookie holds the token. */
@Entity('sessions')
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @Index({ unique: true })
  @Column('text')
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** Wrong current passwords given to changePassword in this session; the fifth ends it. */
  @Column('int', { default: 0 })
  failedPasswordChecks!: number;

  /** Began with a second factor (a TOTP or recovery code): what unlocking an organisation asks for. */
  @Column({ type: 'boolean', default: false })
  totpVerified!: boolean;

  /** The browser's User-Agent as it reported it, shortened: shown to the user in their list of sessions. */
  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  userRow?: User;
}
