import type { Actor } from './actor';
import { forbidden, unauthenticated } from '../graphql/app-error';

/** A domain's rules: may this actor do this action to this resource? */
export type Policy<Action extends string, Resource> = (actor: Actor | null, action: Action, resource: Resource) => boolean;

/**
 * When the policy says no: UNAUTHENTICATED for an anonymous actor, FORBIDDEN
 * otherwise. Services call this before they read or write on the actor's behalf.
 */
export function authorize<Action extends string, Resource>(
  policy: Policy<Action, Resource>,
  actor: Actor | null,
  action: Action,
  resource: Resource,
): void {
  if (policy(actor, action, resource)) return;
  if (!actor) throw unauthenticated();
  throw forbidden();
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}
