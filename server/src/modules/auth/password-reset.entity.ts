import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/** An emailed password-reset link: only the sha256 of its 256-bit token is kept; it works once, until expiresAt. */
@Entity('password_reset_tokens')
export class PasswordResetToken {
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

  @Column('timestamptz')
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  userRow?: User;
}

/** Every password-reset request, known email or not, for the limits per email and per client address. */
@Entity('password_reset_attempts')
@Index(['emailHash', 'at'])
@Index(['clientHash', 'at'])
export class PasswordResetAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  emailHash!: string;

  @Column('text')
  clientHash!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
