import crypto from 'node:crypto';
import { wordKey } from '@coalition/shared';

/**
 * The keyed blind index of persons' names (CaseFilter.personName). A name is stored only sealed; beside
 * it, case_person_private.name_tokens holds one HMAC per word of the name, under a key of the owner
 * organisation derived from the master key, so equal names in two organisations share no token and
 * nobody without the master key can test a guess. A word is reduced to its spelling-independent key
 * (shared/src/redaction.ts: Farhod, Фарход and FARHOD are one word) before it is keyed.
 */
const TOKEN_BYTES = 16;

const derived = new WeakMap<Buffer, Map<string, Buffer>>();

/** The organisation's name-index key: HKDF of the master key, bound to this purpose and organisation. */
export function personNameKey(masterKey: Buffer, organisationId: string): Buffer {
  let cache = derived.get(masterKey);
  if (!cache) derived.set(masterKey, (cache = new Map()));
  let key = cache.get(organisationId);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.from('coalition person-name-index'), Buffer.from(`organisation:${organisationId}`), 32));
    cache.set(organisationId, key);
  }
  return key;
}

/** The spelling-independent keys of a name's words, after Unicode and case normalisation; at most 16. */
export function nameWordKeys(name: string): string[] {
  const words = name.normalize('NFKC').split(/[^\p{L}\p{M}\p{N}'’ʼʻ`]+/u);
  const keys = new Set<string>();
  for (const word of words) {
    const key = wordKey(word);
    if (key) keys.add(key);
  }
  return [...keys].slice(0, 16);
}

/** The blind-index tokens of a name (or of a searched name) under one organisation's key. */
export function personNameTokens(masterKey: Buffer, organisationId: string, name: string): string[] {
  const key = personNameKey(masterKey, organisationId);
  return nameWordKeys(name).map((w) => crypto.createHmac('sha256', key).update(w, 'utf8').digest().subarray(0, TOKEN_BYTES).toString('hex'));
}

/** A searched name's tokens under every given organisation's key, as case_person_name_cases reads them. */
export function personNameQuery(masterKey: Buffer, organisationIds: readonly string[], name: string): Record<string, string[]> {
  return Object.fromEntries(organisationIds.map((id) => [id, personNameTokens(masterKey, id, name)]));
}
