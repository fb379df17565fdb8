import type { CasePerson } from '../../gql/graphql';

/**
 * Why a person's name, birth year and contact are not shown: the server nulls them when the viewer's
 * organisation has no personal-data share, or when it has one but the person did not consent.
 */
export function hiddenReason(
  person: Pick<CasePerson, 'fullName' | 'consentToShare'>,
  canSeePersonalData: boolean,
  /** The viewer belongs to the owner organisation, which reads every person it still holds: a null name was erased. */
  ownerMember = false,
): 'notShared' | 'noConsent' | 'erased' | null {
  if (person.fullName != null) return null;
  if (ownerMember) return 'erased';
  if (!canSeePersonalData) return 'notShared';
  return person.consentToShare ? 'notShared' : 'noConsent';
}
