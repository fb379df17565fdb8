import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Sql } from '../../core/db/session-kysely';
import { sha256Hex } from '../../core/crypto/secret-box';

export const RECOVERY_CODE_COUNT = 10;
/** Crockford's base32: no I, L, O, U to misread. 16 characters: 80 random bits, beyond guessing its sha256. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new code as the user sees it: XXXX-XXXX-XXXX-XXXX. */
export function newRecoveryCode(): string {
  const bytes = crypto.randomBytes(16);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** The canonical form of what a user typed (case, spaces and dashes aside), or null when it cannot be a recovery code. */
export function normaliseRecoveryCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-HJKMNP-TV-Z]{16}$/.test(compact) ? compact : null;
}

export const recoveryCodeHash = (normalised: string) => sha256Hex(`recovery-code:${normalised}`);

/**
 * Spends one of the acting user's unused recovery codes: the UPDATE takes the row, so of parallel
 * uses of one code exactly one finds it unused. Returns whether a code was spent.
 */
export async function spendRecoveryCode(db: Sql, userId: string, input: string): Promise<boolean> {
  const normalised = normaliseRecoveryCode(input);
  if (!normalised) return false;
  const spent = await db
    .updateTable('recovery_codes')
    .set({ used_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('code_hash', '=', recoveryCodeHash(normalised))
    .where('used_at', 'is', null)
    .returning('id')
    .execute();
  return spent.length > 0;
}
