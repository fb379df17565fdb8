import { isCoordinator, isLiaison, memberOrganisationIds, type Actor } from '../../core/auth/actor';
import type { Policy } from '../../core/auth/policy';

/** Whose cases a viewer's statistics count (contract README, "statistics"). */
export type StatisticsScope = 'coalition' | 'liaison' | 'member';

export const SUPPRESSION_THRESHOLD = 5;

/** A coordinator counts the coalition even when also a member; a liaison with memberships counts what it reads. */
export function statisticsScope(actor: Actor): StatisticsScope {
  if (isCoordinator(actor)) return 'coalition';
  if (memberOrganisationIds(actor).length > 0) return 'member';
  if (isLiaison(actor)) return 'liaison';
  return 'member';
}

/**
 * Filters over a case's text (and, once it exists, a person's name): they count only cases whose text
 * the viewer may read, for every viewer (docs/STATISTICS.md). A new text filter joins this list.
 */
export const TEXT_FILTER_KEYS = ['search', 'personName'] as const;

export function hasTextFilter(filter: object): boolean {
  const values = filter as Partial<Record<(typeof TEXT_FILTER_KEYS)[number], unknown>>;
  return TEXT_FILTER_KEYS.some((key) => values[key] !== undefined && values[key] !== null && values[key] !== '');
}

export type StatisticsAction = 'read' | 'searchText';

export const statisticsPolicy: Policy<StatisticsAction, null> = (actor, action) => {
  if (!actor) return false;
  // Free text would let a liaison probe for a person: 0 versus "suppressed" already says whether they are there.
  if (action === 'searchText') return statisticsScope(actor) !== 'liaison';
  return true;
};
