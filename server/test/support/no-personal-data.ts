import { CURSOR, SHA256, UUID } from './opaque-values';

/**
 * Fails if `text` holds any of `secrets` (a person's name, birth year, contact...) outside ids, hashes
 * and cursors: a random id, a file's hash or an opaque cursor may spell "1987" or "921" by chance. A secret
 * of digits only (a birth year) counts as a number of its own, not as digits inside a longer word or number:
 * a PDF may wrap a hash across lines, where the masks above no longer see it whole.
 */
export function expectNoSecrets(text: string, secrets: readonly string[]): void {
  const readable = text.replace(UUID, '<id>').replace(SHA256, '<sha256>').replace(CURSOR, '"$1":"<cursor>"');
  for (const secret of secrets) {
    if (/^\d+$/.test(secret)) expect(readable).not.toMatch(new RegExp(`(?<![0-9a-z-])${secret}(?![0-9a-z-])`, 'i'));
    else expect(readable).not.toContain(secret);
  }
}
