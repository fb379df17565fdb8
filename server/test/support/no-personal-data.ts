import { CURSOR, SHA256, UUID } from './opaque-values';

/**
 * Fails if `text` holds any of `secrets` (a person's name, birth year, contact...) outside ids, hashes
 * and cursors: a random id, a file's hash or an opaque cursor may spell "1987" or "921" by chance.
 */
export function expectNoSecrets(text: string, secrets: readonly string[]): void {
  const readable = text.replace(UUID, '<id>').replace(SHA256, '<sha256>').replace(CURSOR, '"$1":"<cursor>"');
  for (const secret of secrets) expect(readable).not.toContain(secret);
}
