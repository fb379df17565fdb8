import fs from 'node:fs';
import { appendAudit } from '../../core/audit/audit-writer';
import { loadConfig, masterKeySource } from '../../core/config/config';
import { dataDirMasterKeyFile, loadMasterKey } from '../../core/crypto/secret-box';
import { inPooledTransaction } from '../../core/db/session-kysely';
import { addOrganisationKeyVersion, left, RESEAL_BATCHES, unwrapAll } from '../organisation-key-reseal';
import { CliError, EXIT, parseArgs, single, type CliCommand, type CliIo } from './cli-args';
import { withOperatorDatabase } from './operator-database';

const DEFAULT_BATCH = 200;
const MAX_BATCH = 10_000;

function positiveInteger(value: string | undefined, option: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new CliError(`--${option} must be a whole number from 1 to ${max}`, EXIT.USAGE);
  return Number(value);
}

/**
 * A new data key for one organisation, and everything sealed with its older keys re-sealed under it, batch by
 * batch, each batch its own transaction: the rows themselves say how far it got (their key_version), so a run that
 * was stopped or killed is resumed by running the command again. An older key is deleted only when nothing refers
 * to it (the foreign keys of case_person_private and evidence_blobs make sure of it).
 */
export const rotateOrganisationKeyCommand: CliCommand = {
  name: 'rotate-organisation-key',
  summary: 'give one organisation a new data key and re-seal its personal data and evidence keys, resumably',
  usage: `coalition rotate-organisation-key SLUG [--batch-size N] [--max-batches N]

Gives the organisation SLUG a new data key (a new version, wrapped by the master key) and re-seals under it,
in batches of --batch-size rows (${DEFAULT_BATCH}; each batch commits on its own), each person's own key (their
name, birth year and contact stay sealed under it: nothing else of them is rewritten), and the per-file key of each of its evidence files (the files' stored chunks are
encrypted under that per-file key, which stays: nothing in storage is rewritten). The server may keep running
(with DATABASE_URL; the embedded database must be stopped): what is written meanwhile is sealed under the new
key, and what is read is opened with the version it names. When nothing refers to the older key any more it
is deleted. --max-batches N stops after N batches (exit code 3): run the same command again to resume, as after
an interrupted run (a second run resumes the rotation under way, it does not begin another).
Audited: operator.rotate_organisation_key (begun) and operator.rotate_organisation_key.finish.
Exit codes: 0 rotated, 1 failed (nothing of the failed batch changed), 2 wrong usage, 3 stopped by --max-batches.`,
  async run(argv: string[], io: CliIo) {
    const args = parseArgs(argv, { values: ['batch-size', 'max-batches'] });
    if (args.positional.length !== 1) throw new CliError('name one organisation by its slug', EXIT.USAGE);
    const slug = args.positional[0]!;
    const batchSize = positiveInteger(single(args, 'batch-size'), 'batch-size', MAX_BATCH) ?? DEFAULT_BATCH;
    const maxBatches = positiveInteger(single(args, 'max-batches'), 'max-batches');
    const config = loadConfig(io.env);
    const source = masterKeySource(config);
    if (!source.value && !source.file && !fs.existsSync(dataDirMasterKeyFile(config.dataDir))) {
      throw new CliError(`no master key: neither COALITION_MASTER_KEY(_FILE) nor ${dataDirMasterKeyFile(config.dataDir)}`, EXIT.USAGE);
    }
    const masterKey = loadMasterKey(source).key;

    return withOperatorDatabase(config, async (dataSource) => {
      const org = await inPooledTransaction(dataSource, (db) => db.selectFrom('organisations').select(['id', 'slug']).where('slug', '=', slug).executeTakeFirst());
      if (!org) throw new CliError(`no organisation with the slug "${slug}"`);

      // The version to rotate to: the one a stopped run created, or a new one.
      const begun = await inPooledTransaction(dataSource, async (db) => {
        const rows = await db.selectFrom('organisation_keys').select(['version', 'wrapped_key']).where('organisation_id', '=', org.id).orderBy('version').forUpdate().execute();
        if (rows.length === 0) return null;
        const keys = unwrapAll(masterKey, org.id, rows);
        const newest = rows.at(-1)!.version;
        if (rows.length > 1) return { keys, target: newest, resumed: true };
        const { version: target, key } = await addOrganisationKeyVersion(db, masterKey, org.id, newest);
        keys.set(target, key);
        await appendAudit(db, null, {
          action: 'operator.rotate_organisation_key',
          entityType: 'Organisation',
          entityId: org.id,
          organisationId: org.id,
          details: { fromVersion: newest, toVersion: target },
        });
        return { keys, target, resumed: false };
      });
      if (!begun) {
        io.out(`${slug} has no data key yet: nothing of it is sealed, nothing to rotate.`);
        return EXIT.OK;
      }
      const { keys, target } = begun;
      io.err(begun.resumed ? `Resuming the rotation of ${slug}'s key to version ${target} ...` : `Rotating ${slug}'s key to version ${target} ...`);

      const done = { persons: 0, blobs: 0 };
      let batches = 0;
      // Rows written under an older key by a request that began before the new version existed are caught by
      // the next pass; the deletion below refuses while any is left.
      for (let pass = 0; ; pass++) {
        sweep: for (const [what, batch] of RESEAL_BATCHES) {
          for (;;) {
            if (maxBatches !== undefined && batches >= maxBatches) {
              const remaining = await inPooledTransaction(dataSource, (db) => left(db, org.id, target));
              // Nothing left: the limit fell exactly on the last batch, so the rotation finishes below.
              if (remaining.persons + remaining.blobs === 0) break sweep;
              io.out(
                `Stopped after ${batches} batch${batches === 1 ? '' : 'es'} (--max-batches): ${done.persons} persons and ${done.blobs} evidence keys re-sealed in this run, ` +
                  `${remaining.persons} persons and ${remaining.blobs} evidence keys still under an older key. Run the same command again to resume.`,
              );
              return EXIT.STOPPED;
            }
            const n = await inPooledTransaction(dataSource, (db) => batch(db, org.id, keys, target, batchSize));
            if (n === 0) break;
            batches += 1;
            done[what] += n;
            io.err(`  ${what === 'persons' ? 'persons' : 'evidence keys'}: ${done[what]} re-sealed`);
          }
        }
        const retired = await inPooledTransaction(dataSource, async (db) => {
          // Locks the older versions: a request still inserting a row that names one waits for, or is refused by, this.
          const older = await db
            .selectFrom('organisation_keys')
            .select('version')
            .where('organisation_id', '=', org.id)
            .where('version', '<>', target)
            .forUpdate()
            .execute();
          const remaining = await left(db, org.id, target);
          if (remaining.persons + remaining.blobs > 0) return null;
          const versions = older.map((o) => o.version);
          if (versions.length > 0) await db.deleteFrom('organisation_keys').where('organisation_id', '=', org.id).where('version', 'in', versions).execute();
          await appendAudit(db, null, {
            action: 'operator.rotate_organisation_key.finish',
            entityType: 'Organisation',
            entityId: org.id,
            organisationId: org.id,
            details: { version: target, deletedVersions: versions.join(', '), persons: done.persons, evidenceKeys: done.blobs },
          });
          return versions;
        });
        if (retired) {
          io.out(
            `Rotated ${slug}'s data key to version ${target}: ${done.persons} persons and ${done.blobs} evidence keys re-sealed in this run; ` +
              `older key version${retired.length === 1 ? '' : 's'} ${retired.join(', ') || '(none)'} deleted.`,
          );
          return EXIT.OK;
        }
        if (pass >= 10) throw new CliError('rows under the older key keep appearing: run the command again when the server is quieter');
      }
    });
  },
};
