import type { AppModule } from '../../core/http/app-module';
import { LoginAttempt } from './login-attempt.entity';
import { KnownBrowser } from './known-browser.entity';
import { PasswordResetAttempt, PasswordResetToken } from './password-reset.entity';
import { RecoveryCode } from './recovery-code.entity';
import { Session } from './session.entity';
import { User } from './user.entity';
import { AccountResolver } from './account.resolver';
import { AuthResolver } from './auth.resolver';

export const authModule: AppModule = {
  name: 'auth',
  entities: [User, Session, LoginAttempt, PasswordResetToken, PasswordResetAttempt, RecoveryCode, KnownBrowser],
  resolvers: [AuthResolver, AccountResolver],
};

export { authService, validateNewPassword } from './auth.service';
export { hashPassword, verifyPassword } from './password';
export { invitationMail, mailLanguage, queueAccountMail, totpResetMail } from './mail/account-mail';
