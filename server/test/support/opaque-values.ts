/**
 * Values a test cannot predict and must not read meaning into: random ids, content hashes, opaque
 * cursors. `expectNoSecrets` masks them before looking for personal data (a random id may spell "1987");
 * the non-interference harness masks ids before comparing two worlds' answers.
 */
export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
export const SHA256 = /\b[0-9a-f]{64}\b/gi;
export const CURSOR = /"(cursor|endCursor|startCursor)":"[^"]*"/g;
