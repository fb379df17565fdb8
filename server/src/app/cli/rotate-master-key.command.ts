import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../../core/audit/audit-writer';
import { loadConfig, masterKeySource } from '../../core/config/config';
import { dataDirMasterKeyFile, loadMasterKey } from '../../core/crypto/secret-box';
import { inPooledTransaction } from '../../core/db/session-kysely';
import { resealUnderNewMasterKey } from '../master-key-reseal';
import { CliError, EXIT, parseArgs, type CliCommand, type CliIo } from './cli-args';
import { withOperatorDatabase } from './operator-database';

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
        const results = await resealUnderNewMasterKey(db, keys, io.err);
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
