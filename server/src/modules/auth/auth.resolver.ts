import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { authService } from './auth.service';
import { TotpSetup } from './dto/totp-setup.type';
import { User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'Null when not signed in.' })
  me(@Ctx() ctx: AppContext): Promise<User | null> {
    return authService.me(ctx);
  }

  @Mutation(() => User)
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('totpCode', () => String, { nullable: true }) totpCode: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<User> {
    return authService.login(ctx, email, password, totpCode);
  }

  @Authorized()
  @Mutation(() => Boolean)
  logout(@Ctx() ctx: AppContext): Promise<boolean> {
    return authService.logout(ctx);
  }

  @Authorized()
  @Mutation(() => Boolean)
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    return authService.changePassword(ctx, currentPassword, newPassword);
  }

  @Authorized()
  @Mutation(() => TotpSetup)
  setupTotp(@Ctx() ctx: AppContext): Promise<TotpSetup> {
    return authService.setupTotp(ctx);
  }

  @Authorized()
  @Mutation(() => Boolean)
  confirmTotp(@Arg('code', () => String) code: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return authService.confirmTotp(ctx, code);
  }
}
