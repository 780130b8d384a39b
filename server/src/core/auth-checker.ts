import type { AuthChecker } from 'type-graphql';
import type { Context } from './context.js';
import { unauthenticated } from './errors.js';

/**
 * `@Authorized()` only checks that someone is signed in. What they may do and see is decided in
 * the services (access rules and the data gate), never by decorator roles.
 */
export const authChecker: AuthChecker<Context> = ({ context }) => {
  if (!context.actor) throw unauthenticated();
  return true;
};
