import crypto from 'node:crypto';
import fs from 'node:fs';
import { appendAudit } from '../../core/audit/audit-writer';
import { loadConfig, masterKeySource } from '../../core/config/config';
import { dataDirMasterKeyFile, loadMasterKey, open, seal } from '../../core/crypto/secret-box';
import { inPooledTransaction, type Sql } from '../../core/db/session-kysely';
import { organisationKeyAad, personAad, personKeyAad, unwrapDataKey } from '../../modules/cases';
import { blobKeyAad } from '../../modules/evidence';
import { CliError, EXIT, parseArgs, single, type CliCommand, type CliIo } from './cli-args';
import { withOperatorDatabase } from './operator-database';

const DEFAULT_BATCH = 200;
const MAX_BATCH = 10_000;

function positiveInteger(value: string | undefined, option: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new CliError(`--${option} must be a whole number from 1 to ${max}`, EXIT.USAGE);
  return Number(value);
}

/** Every version of the organisation's key, unwrapped; the master key must open each (or nothing is changed). */
function unwrapAll(masterKey: Buffer, organisationId: string, rows: { version: number; wrapped_key: string }[]): Map<number, Buffer> {
  const keys = new Map<number, Buffer>();
  for (const row of rows) {
    try {
      keys.set(row.version, unwrapDataKey(masterKey, organisationId, row.wrapped_key));
    } catch {
      throw new CliError(`version ${row.version} of the organisation's key does not open with the current master key: nothing was changed (is the right key configured?)`);
    }
  }
  return keys;
}

/** `sealed` opened with version `from` and sealed again with `to`; `toAad` when the AAD names the version (a person's key). */
const reopen = (keys: Map<number, Buffer>, from: number, to: Buffer, sealed: string, aad: string, what: string, toAad = aad): string => {
  const old = keys.get(from);
  if (!old) throw new CliError(`${what} names key version ${from}, which does not exist`);
  try {
    return seal(to, open(old, sealed, aad), toAad);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${what} does not open with key version ${from}: stopped, the batches before it are kept (run again after checking it)`);
  }
};

/**
 * One batch of the organisation's persons sealed before persons had keys of their own (key_version set; the boot
 * gives them keys, so only a database not yet started since has any) and not under `target`: re-sealed.
 */
async function personsBatch(db: Sql, organisationId: string, keys: Map<number, Buffer>, target: number, limit: number): Promise<number> {
  const next = keys.get(target)!;
  const rows = await db
    .selectFrom('case_person_private')
    .select(['person_id', 'key_version', 'full_name', 'birth_year', 'contact'])
    .where('owner_organisation_id', '=', organisationId)
    .where('key_version', 'is not', null)
    .where('key_version', '<>', target)
    .orderBy('person_id')
    .limit(limit)
    .forUpdate()
    .execute();
  for (const r of rows) {
    const again = (sealed: string | null, column: 'full_name' | 'birth_year' | 'contact') =>
      sealed === null ? null : reopen(keys, r.key_version!, next, sealed, personAad(r.person_id, column), `person ${r.person_id}`);
    await db
      .updateTable('case_person_private')
      .set({ full_name: again(r.full_name, 'full_name')!, birth_year: again(r.birth_year, 'birth_year'), contact: again(r.contact, 'contact'), key_version: target })
      .where('person_id', '=', r.person_id)
      .execute();
  }
  return rows.length;
}

/**
 * One batch of the organisation's person keys not yet wrapped by `target`: each person's own key is re-wrapped
 * (their fields are sealed under it, which does not change, so none is rewritten). Only the wrapping changes:
 * the vault written by the next backup holds the new one.
 */
async function personKeysBatch(db: Sql, organisationId: string, keys: Map<number, Buffer>, target: number, limit: number): Promise<number> {
  const next = keys.get(target)!;
  const rows = await db
    .selectFrom('person_keys')
    .select(['person_id', 'key_version', 'wrapped_key'])
    .where('organisation_id', '=', organisationId)
    .where('key_version', '<>', target)
    .orderBy('person_id')
    .limit(limit)
    .forUpdate()
    .execute();
  for (const r of rows) {
    const id = r.person_id;
    const wrapped = reopen(keys, r.key_version, next, r.wrapped_key, personKeyAad(id, r.key_version), `the key of person ${id}`, personKeyAad(id, target));
    await db.updateTable('person_keys').set({ wrapped_key: wrapped, key_version: target }).where('person_id', '=', r.person_id).execute();
  }
  return rows.length;
}

/**
 * One batch of the organisation's evidence blobs not yet under `target`: each blob's own key is re-wrapped (the
 * stored chunks are encrypted under that per-blob key, which does not change, so no stored byte is rewritten).
 * A shredded blob (no key left) only moves to the new version.
 */
async function evidenceBatch(db: Sql, organisationId: string, keys: Map<number, Buffer>, target: number, limit: number): Promise<number> {
  const next = keys.get(target)!;
  const rows = await db
    .selectFrom('evidence_blobs')
    .select(['id', 'key_version', 'wrapped_key'])
    .where('organisation_id', '=', organisationId)
    // A consent form's blobs are wrapped by its person's key (key_version NULL): re-wrapping the person key suffices.
    .where('key_version', 'is not', null)
    .where('key_version', '<>', target)
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .execute();
  for (const r of rows) {
    const wrapped = r.wrapped_key === null ? null : reopen(keys, r.key_version!, next, r.wrapped_key, blobKeyAad(r.id), `evidence blob ${r.id}`);
    await db.updateTable('evidence_blobs').set({ wrapped_key: wrapped, key_version: target }).where('id', '=', r.id).execute();
  }
  return rows.length;
}

const left = async (db: Sql, organisationId: string, target: number) => {
  const persons = await db
    .selectFrom('case_person_private')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('owner_organisation_id', '=', organisationId)
    .where('key_version', 'is not', null)
    .where('key_version', '<>', target)
    .executeTakeFirstOrThrow();
  const personKeys = await db
    .selectFrom('person_keys')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('key_version', '<>', target)
    .executeTakeFirstOrThrow();
  const blobs = await db
    .selectFrom('evidence_blobs')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('key_version', '<>', target)
    .executeTakeFirstOrThrow();
  return { persons: Number(persons.n) + Number(personKeys.n), blobs: Number(blobs.n) };
};

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
        const key = crypto.randomBytes(32);
        const target = newest + 1;
        await db.insertInto('organisation_keys').values({ organisation_id: org.id, version: target, wrapped_key: seal(masterKey, key, organisationKeyAad(org.id)) }).execute();
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
        sweep: for (const [what, batch] of [['persons', personKeysBatch], ['persons', personsBatch], ['blobs', evidenceBatch]] as const) {
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
