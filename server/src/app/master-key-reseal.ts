import { open, seal } from '../core/crypto/secret-box';
import type { Sql } from '../core/db/session-kysely';
import { organisationKeyAad } from '../modules/cases';
import { CliError } from './cli/cli-args';

export interface Resealed {
  table: string;
  count: number;
}

async function reseal(
  progress: (line: string) => void,
  table: string,
  rows: { id: string; sealed: string; aad: string }[],
  write: (id: string, sealed: string) => Promise<void>,
  keys: { old: Buffer; next: Buffer },
): Promise<Resealed> {
  let done = 0;
  for (const row of rows) {
    let plain: Buffer;
    try {
      plain = open(keys.old, row.sealed, row.aad);
    } catch {
      throw new CliError(
        `${table} ${row.id} does not open with the current master key: nothing was changed (is the right key configured?)`,
      );
    }
    await write(row.id, seal(keys.next, plain, row.aad));
    done += 1;
    if (done % 500 === 0) progress(`  ${table}: ${done}/${rows.length}`);
  }
  progress(`  ${table}: ${rows.length} re-sealed`);
  return { table, count: rows.length };
}

/**
 * Every value sealed with the master key, re-sealed with the AAD it was sealed under, within the caller's
 * transaction: by the operator's `rotate-master-key` and by a first start from the build's demo template. A new
 * kind of master-sealed column must be added here, or rotation leaves it unreadable.
 */
export async function resealUnderNewMasterKey(
  db: Sql,
  keys: { old: Buffer; next: Buffer },
  progress: (line: string) => void,
): Promise<Resealed[]> {
  const orgKeys = await db
    .selectFrom('organisation_keys')
    .select(['organisation_id', 'version', 'wrapped_key'])
    .forUpdate()
    .execute();
  const users = await db
    .selectFrom('users')
    .select(['id', 'totp_secret'])
    .where('totp_secret', 'is not', null)
    .forUpdate()
    .execute();
  const responses = await db.selectFrom('idempotency_keys').select(['user_id', 'key', 'response']).forUpdate().execute();
  const results = [
    await reseal(
      progress,
      'organisation_keys',
      // Every version of every organisation's key (a rotation of one organisation's key may be under way).
      orgKeys.map((k) => ({
        id: `${k.organisation_id}\u0000${k.version}`,
        sealed: k.wrapped_key,
        aad: organisationKeyAad(k.organisation_id),
      })),
      async (id, sealed) => {
        const [organisationId, version] = id.split('\u0000');
        await db
          .updateTable('organisation_keys')
          .set({ wrapped_key: sealed })
          .where('organisation_id', '=', organisationId)
          .where('version', '=', Number(version))
          .execute();
      },
      keys,
    ),
    await reseal(
      progress,
      'users.totp_secret',
      users.map((u) => ({ id: u.id, sealed: u.totp_secret!, aad: `users:${u.id}:totp_secret` })),
      async (id, sealed) => void (await db.updateTable('users').set({ totp_secret: sealed }).where('id', '=', id).execute()),
      keys,
    ),
    await reseal(
      progress,
      'idempotency_keys',
      responses.map((r) => ({
        id: `${r.user_id}\u0000${r.key}`,
        sealed: r.response,
        aad: `idempotency_keys:${r.user_id}:${r.key}`,
      })),
      async (id, sealed) => {
        const [userId, key] = id.split('\u0000');
        await db
          .updateTable('idempotency_keys')
          .set({ response: sealed })
          .where('user_id', '=', userId)
          .where('key', '=', key)
          .execute();
      },
      keys,
    ),
  ];
  // The person-name blind index is keyed from the master key: its tokens are dropped here and made again
  // under the new key when the server starts (cases module, indexPersonNames), before it serves.
  const dropped = await db
    .updateTable('case_person_private')
    .set({ name_tokens: null })
    .where('name_tokens', 'is not', null)
    .executeTakeFirst();
  results.push({ table: 'case_person_private.name_tokens (rebuilt at the next start)', count: Number(dropped.numUpdatedRows) });
  return results;
}
