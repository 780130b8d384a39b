import type { CookieOptions } from 'express';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Account } from '../accounts/account.entity.js';
import { SESSION_COOKIE } from './auth.service.js';
import { LoginPayload } from './auth.types.js';

const cookieOptions = (ctx: Context): CookieOptions => {
  const secure = ctx.services.config.cookieSecure;
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure === 'auto' ? ctx.req.secure : secure,
    path: '/',
  };
};

@Resolver()
export class AuthResolver {
  @Query(() => Account, {
    nullable: true,
    description: 'The signed-in account, or null when nobody is signed in.',
  })
  async me(@Ctx() ctx: Context): Promise<Account | null> {
    return ctx.actor?.kind === 'account' ? ctx.services.auth.currentAccount(ctx.actor) : null;
  }

  @Mutation(() => LoginPayload, { description: 'Sign in with a username and password.' })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const { token, expiresAt, account } = await ctx.services.auth.login(
      username,
      password,
      ctx.meta,
    );
    // The cookie lives as long as the browser session; the server enforces the idle expiry.
    ctx.res.cookie(SESSION_COOKIE, token, cookieOptions(ctx));
    return { token, expiresAt, user: account };
  }

  @Mutation(() => Boolean, { description: 'End the current session on the server.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.actor?.kind === 'account') await ctx.services.auth.logout(ctx.actor.sessionId);
    ctx.res.clearCookie(SESSION_COOKIE, cookieOptions(ctx));
    return true;
  }
}
