import type { AuthChecker, MiddlewareFn } from 'type-graphql';
import type { Context } from './context.js';
import { AppError, unauthenticated } from './errors.js';

/**
 * `@Authorized()` only checks that someone is signed in. What they may do and see is decided in
 * the services (access rules and the data gate), never by decorator roles.
 */
export const authChecker: AuthChecker<Context> = ({ context }) => {
  if (!context.actor) throw unauthenticated();
  return true;
};

/** What an account whose password an administrator set may still do: change it, or leave. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set([
  'me',
  'changePassword',
  'logout',
  'login',
  '__typename',
]);

/**
 * An administrator-set password must be changed before anything else (DOMAIN.md section 2):
 * every other root field answers FORBIDDEN with reason PASSWORD_CHANGE_REQUIRED.
 */
export const requirePasswordChange: MiddlewareFn<Context> = ({ context, info }, next) => {
  const actor = context.actor;
  const isRootField = info.path.prev === undefined;
  if (
    isRootField &&
    actor?.kind === 'account' &&
    actor.mustChangePassword &&
    !ALLOWED_BEFORE_PASSWORD_CHANGE.has(info.fieldName)
  ) {
    throw new AppError('FORBIDDEN', 'Change your password first', {
      reason: 'PASSWORD_CHANGE_REQUIRED',
    });
  }
  return next();
};
