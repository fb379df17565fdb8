import type { Policy } from '../../core/auth/policy';

export type SearchAction = 'search';

/** Every signed-in user searches; what each finds is what it may read (the row-level security decides). */
export const searchPolicy: Policy<SearchAction, null> = (actor) => actor !== null;
