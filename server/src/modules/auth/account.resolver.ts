import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { accountService } from './account.service';
import { SessionInfo } from './dto/session-info.type';

@Resolver()
export class AccountResolver {
  @Authorized()
  @Query(() => [SessionInfo], { description: 'The viewer\'s own sessions that have not ended.' })
  mySessions(@Ctx() ctx: AppContext): Promise<SessionInfo[]> {
    return accountService.mySessions(ctx);
  }

  @Mutation(() => Boolean, {
    description:
      'Always true, whether or not the email has an account, in about the same time. Emails a single-use link valid 30 minutes. Rate limited per email and per client address.',
  })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return accountService.requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password from an emailed token and ends every session of that user. TOTP, when confirmed, is still asked at the next login.',
  })
  resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    return accountService.resetPassword(ctx, token, newPassword);
  }

  @Authorized()
  @Mutation(() => [String], {
    description:
      "Replaces the viewer's recovery codes with 10 new single-use codes, returned once (only their hashes are kept). login accepts a recovery code in totpCode.",
  })
  generateRecoveryCodes(@Arg('currentPassword', () => String) currentPassword: string, @Ctx() ctx: AppContext): Promise<string[]> {
    return accountService.generateRecoveryCodes(ctx, currentPassword);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Turns TOTP off; needs the current password and a current TOTP or recovery code.' })
  disableTotp(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('code', () => String) code: string,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    return accountService.disableTotp(ctx, currentPassword, code);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends one of the viewer's own sessions (NOT_FOUND for anyone else's)." })
  revokeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return accountService.revokeSession(ctx, id);
  }
}
