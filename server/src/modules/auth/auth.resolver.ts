import type { CookieOptions } from 'express';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { callerOf, type AccountActor, type Caller, type Context } from '../../core/context.js';
import { AppError, forbidden } from '../../core/errors.js';
import { clientAddressKey, RateLimiter } from '../../core/rate-limit.js';
import type { Services } from '../../services.js';
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

/** The caller, who must be a person (an API client has no password or session). */
function personOf(ctx: Context): Caller & { actor: AccountActor } {
  const caller = callerOf(ctx);
  if (caller.actor.kind !== 'account') throw forbidden('Only a signed-in person can do this');
  return caller as Caller & { actor: AccountActor };
}

// One limiter per app, found through its services: the resolver class is shared by every app in
// the process (the tests start several), and the context has no slot for it.
const loginLimiters = new WeakMap<Services, RateLimiter>();

function loginLimiterOf(services: Services): RateLimiter {
  let limiter = loginLimiters.get(services);
  if (!limiter) {
    const limit = services.config.loginAttemptsPer15Minutes;
    limiter = new RateLimiter({ limit, windowMs: 15 * 60_000 });
    loginLimiters.set(services, limiter);
  }
  return limiter;
}

/**
 * Takes one of the client address's sign-in attempts, or refuses with TOO_MANY_REQUESTS, and
 * returns a function that gives it back after a successful sign-in. So failures are what count:
 * guessing spread over many accounts, which the per-account lockout cannot see, while an office
 * where everyone signs in through one NAT address is not held up. Taking the attempt before the
 * password check bounds concurrent guesses too, a batch of `login` operations included.
 */
function takeLoginAttempt(ctx: Context): () => void {
  const limiter = loginLimiterOf(ctx.services);
  const key = clientAddressKey(ctx.meta.ip);
  const decision = limiter.consume(key);
  if (!decision.allowed) {
    const { retryAfterSeconds } = decision;
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Too many failed sign-ins from this address; try again in ${retryAfterSeconds} s`,
      { reason: 'LOGIN_THROTTLED', retryAfterSeconds },
    );
  }
  return () => limiter.refund(key);
}

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
    const giveAttemptBack = takeLoginAttempt(ctx);
    const { token, expiresAt, account } = await ctx.services.auth.login(
      username,
      password,
      ctx.meta,
    );
    giveAttemptBack();
    // The cookie lives as long as the browser session; the server enforces the idle expiry.
    ctx.res.cookie(SESSION_COOKIE, token, cookieOptions(ctx));
    return { token, expiresAt, user: account };
  }

  @Mutation(() => Boolean, { description: 'End the current session on the server.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.actor?.kind === 'account') await ctx.services.auth.logout(personOf(ctx));
    ctx.res.clearCookie(SESSION_COOKIE, cookieOptions(ctx));
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: 'Change your own password. Every other session of your account ends.',
  })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.auth.changePassword(personOf(ctx), currentPassword, newPassword);
    return true;
  }
}
