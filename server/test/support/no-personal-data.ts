import { CURSOR, SHA256, UUID } from './opaque-values';

/**
 * The `secrets` (a person's name, birth year, contact...) that `text` holds outside ids, hashes and
 * cursors: a random id, a file's hash or an opaque cursor may spell "1987" or "921" by chance. A secret of
 * digits only (a birth year) counts as a number of its own, not as digits inside a longer word or number:
 * a PDF may wrap a hash across lines, where the masks above no longer see it whole. Letters are compared
 * without case when `ignoreCase` is set.
 */
export function findSecrets(text: string, secrets: readonly string[], { ignoreCase = false } = {}): string[] {
  const readable = text.replace(UUID, '<id>').replace(SHA256, '<sha256>').replace(CURSOR, '"$1":"<cursor>"');
  const haystack = ignoreCase ? readable.toLowerCase() : readable;
  return secrets.filter((secret) =>
    /^\d+$/.test(secret)
      ? new RegExp(`(?<![0-9a-z-])${secret}(?![0-9a-z-])`, 'i').test(readable)
      : haystack.includes(ignoreCase ? secret.toLowerCase() : secret),
  );
}

/** Fails, naming them, if `text` holds any of `secrets` as `findSecrets` reads it. */
export function expectNoSecrets(text: string, secrets: readonly string[]): void {
  expect(findSecrets(text, secrets)).toEqual([]);
}
