import type { NamedOrganisation } from '../../core/organisation-name';
import type { Visibility } from '../../gql/graphql';

export interface AccessOrganisation extends NamedOrganisation {
  id: string;
}

interface CaseAudience {
  visibility: Visibility;
  ownerOrganisation: AccessOrganisation;
  shares: readonly { organisation: AccessOrganisation }[];
  readers: readonly { organisation: { id: string } }[];
}

const RANK: Record<Visibility, number> = { RESTRICTED: 0, SHARED: 1, COALITION: 2 };

/** Whether moving to `target` lets more organisations read the case. */
export function widens(from: Visibility, target: Visibility): boolean {
  return RANK[target] > RANK[from];
}

/**
 * The organisations that would read the case after its visibility becomes `target` and do not read it now
 * (the server's Case.readers): the dormant shares for SHARED, and every organisation for COALITION.
 */
export function newReadersOnVisibility(kase: CaseAudience, target: Visibility, everyOrganisation: readonly AccessOrganisation[]): AccessOrganisation[] {
  const now = new Set(kase.readers.map((r) => r.organisation.id));
  const after: AccessOrganisation[] = [kase.ownerOrganisation];
  if (target !== 'RESTRICTED') after.push(...kase.shares.map((s) => s.organisation));
  if (target === 'COALITION') after.push(...everyOrganisation);
  const seen = new Set<string>();
  return after.filter((o) => !now.has(o.id) && !seen.has(o.id) && seen.add(o.id));
}
