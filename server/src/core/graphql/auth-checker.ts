import type { AuthChecker } from 'type-graphql';
import type { AppContext } from './context';
import { unauthenticated } from './app-error';

/**
 * Coarse gate for `@Authorized(...)`: signed in, and holding one of the
 * named coalition roles when any are named. Everything finer is a domain
 * policy called by the service.
 */
export const authChecker: AuthChecker<AppContext> = ({ context }, roles) => {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  if (roles.length === 0) return true;
  return roles.some((role) => actor.coalitionRoles.includes(role as never));
};
