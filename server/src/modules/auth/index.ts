import type { AppModule } from '../../core/http/app-module';
import { LoginAttempt } from './login-attempt.entity';
import { Session } from './session.entity';
import { User } from './user.entity';
import { AuthResolver } from './auth.resolver';

export const authModule: AppModule = {
  name: 'auth',
  entities: [User, Session, LoginAttempt],
  resolvers: [AuthResolver],
};

export { authService, validateNewPassword } from './auth.service';
export { hashPassword, verifyPassword } from './password';
