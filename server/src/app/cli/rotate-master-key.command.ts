import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../../core/audit/audit-writer';
import { loadConfig, masterKeySource } from '../../core/config/config';
import { dataDirMasterKeyFile, loadMasterKey, open, seal } from '../../core/crypto/secret-box';
import { inPooledTransaction } from '../../core/db/session-kysely';
import { organisationKeyAad } from '../../modules/cases';
import { CliError, EXIT, parseArgs, type CliCommand, type CliIo } from './cli-args';
import { withOperatorDatabase } from './operator-database';

interface Resealed {
  table: string;
  count: number;
}

async function reseal(
  io: CliIo,
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
      throw new CliError(`${table} ${row.id} does not open with the current master key: nothing was changed (is the right key configured?)`);
    }
    await write(row.id, seal(keys.next, plain, row.aad));
    done += 1;
    if (done % 500 === 0) io.err(`  ${table}: ${done}/${rows.length}`);
  }
  io.err(`  ${table}: ${rows.length} re-sealed`);
  return { table, count: rows.length };
}

/**
 * Every value sealed with the master key is re-sealed below with the AAD it was sealed under: a new kind of
 * master-sealed column must be added here, or rotation leaves it unreadable.
 */
export const rotateMasterKeyCommand: CliCommand = {
  name: 'rotate-master-key',
  summary: 're-wrap every key and secret under a new master key, in one transaction',
  usage: `coalition rotate-master-key

Stop the server first. Reads the current master key as the server does (COALITION_MASTER_KEY,
COALITION_MASTER_KEY_FILE or DATA_DIR/master.key) and the new one from COALITION_NEW_MASTER_KEY
(openssl rand -base64 32). In one transaction it re-seals every organisation's data key, every TOTP secret and
every stored idempotent response, and drops the person-name index (the server rebuilds it under the new key
when it starts); afterwards the old key opens nothing in the database. When the key lived
in DATA_DIR/master.key that file is replaced; otherwise put the new key where the old one was before starting
the server. Backups taken before still need the old key: keep it as long as you keep them.`,
  async run(argv: string[], io: CliIo) {
    parseArgs(argv, {});
    const config = loadConfig(io.env);
    const nextText = io.env.COALITION_NEW_MASTER_KEY;
    if (!nextText) throw new CliError('set COALITION_NEW_MASTER_KEY to the new key (openssl rand -base64 32)', EXIT.USAGE);
    const next = Buffer.from(nextText.trim(), 'base64');
    if (next.length !== 32) throw new CliError('COALITION_NEW_MASTER_KEY must be 32 bytes, base64-encoded', EXIT.USAGE);
    const source = masterKeySource(config);
    const keyFile = source.value || source.file ? null : dataDirMasterKeyFile(config.dataDir);
    if (keyFile && !fs.existsSync(keyFile)) throw new CliError(`no master key: neither COALITION_MASTER_KEY(_FILE) nor ${keyFile}`, EXIT.USAGE);
    const old = loadMasterKey(source).key;
    if (old.equals(next)) throw new CliError('COALITION_NEW_MASTER_KEY is the current key', EXIT.USAGE);
    const keys = { old, next };

    io.err('Re-sealing under the new master key ...');
    const resealed = await withOperatorDatabase(config, (dataSource) =>
      inPooledTransaction(dataSource, async (db) => {
        const orgKeys = await db.selectFrom('organisation_keys').select(['organisation_id', 'version', 'wrapped_key']).forUpdate().execute();
        const users = await db.selectFrom('users').select(['id', 'totp_secret']).where('totp_secret', 'is not', null).forUpdate().execute();
        const responses = await db.selectFrom('idempotency_keys').select(['user_id', 'key', 'response']).forUpdate().execute();
        const results = [
          await reseal(
            io,
            'organisation_keys',
            // Every version of every organisation's key (a rotation of one organisation's key may be under way).
            orgKeys.map((k) => ({ id: `${k.organisation_id}\u0000${k.version}`, sealed: k.wrapped_key, aad: organisationKeyAad(k.organisation_id) })),
            async (id, sealed) => {
              const [organisationId, version] = id.split('\u0000');
              await db.updateTable('organisation_keys').set({ wrapped_key: sealed }).where('organisation_id', '=', organisationId).where('version', '=', Number(version)).execute();
            },
            keys,
          ),
          await reseal(
            io,
            'users.totp_secret',
            users.map((u) => ({ id: u.id, sealed: u.totp_secret!, aad: `users:${u.id}:totp_secret` })),
            async (id, sealed) => void (await db.updateTable('users').set({ totp_secret: sealed }).where('id', '=', id).execute()),
            keys,
          ),
          await reseal(
            io,
            'idempotency_keys',
            responses.map((r) => ({ id: `${r.user_id}\u0000${r.key}`, sealed: r.response, aad: `idempotency_keys:${r.user_id}:${r.key}` })),
            async (id, sealed) => {
              const [userId, key] = id.split('\u0000');
              await db.updateTable('idempotency_keys').set({ response: sealed }).where('user_id', '=', userId).where('key', '=', key).execute();
            },
            keys,
          ),
        ];
        // The person-name blind index is keyed from the master key: its tokens are dropped here and made again
        // under the new key when the server starts (cases module, indexPersonNames), before it serves.
        const dropped = await db.updateTable('case_person_private').set({ name_tokens: null }).where('name_tokens', 'is not', null).executeTakeFirst();
        results.push({ table: 'case_person_private.name_tokens (rebuilt at the next start)', count: Number(dropped.numUpdatedRows) });
        await appendAudit(db, null, {
          action: 'operator.rotate_master_key',
          entityType: 'Coalition',
          details: Object.fromEntries(results.map((r) => [r.table, r.count])),
        });
        return results;
      }),
    );
    if (keyFile) {
      // Replace the file atomically: a crash leaves the old file or the new one, never half of one.
      const temporary = path.join(path.dirname(keyFile), `.master.key.${process.pid}`);
      fs.writeFileSync(temporary, `${next.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      fs.renameSync(temporary, keyFile);
      io.out(`Rotated the master key (${resealed.map((r) => `${r.table} ${r.count}`).join(', ')}); ${keyFile} holds the new key.`);
    } else {
      io.out(
        `Rotated the master key (${resealed.map((r) => `${r.table} ${r.count}`).join(', ')}). ` +
          `Now put the new key in ${source.file ? `COALITION_MASTER_KEY_FILE (${source.file})` : 'COALITION_MASTER_KEY'} before starting the server.`,
      );
    }
    return EXIT.OK;
  },
};
