import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins per email (hashed), for the rate limit shared by every server process. */
@Entity('login_attempts')
@Index(['emailHash', 'at'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  emailHash!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
