/**
 * Mutations that create something. A client that lost the answer to one (network error, timeout)
 * sends it again with the same Idempotency-Key header and gets the first answer back instead of a
 * second case, statement or invitation. The server replays them; the client retries only these
 * (and queries), since other mutations are safe to repeat only by conflicting.
 */
export const IDEMPOTENT_MUTATIONS: ReadonlySet<string> = new Set([
  'createCase',
  'addCasePerson',
  'addCaseEvent',
  'importCases',
  'createStatement',
  'createBriefing',
  'createOrganisation',
  'inviteMember',
]);

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * Whether a mutation only creates, from its root selections: a field's name, or null for anything else
 * (a fragment). `__typename` does not count; at least one field must remain, and all must create.
 */
export function createsOnly(rootSelections: ReadonlyArray<string | null>): boolean {
  const fields = rootSelections.filter((name) => name !== '__typename');
  return fields.length > 0 && fields.every((name) => name !== null && IDEMPOTENT_MUTATIONS.has(name));
}
