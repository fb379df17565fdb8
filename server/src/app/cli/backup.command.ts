import fs from 'node:fs';
import { backup, BackupError, MASTER_KEY_WARNING, restore, verifyBackup } from '../../core/backup/backup';
import { generateIdentity, readIdentityFile } from '../../core/backup/backup-crypto';
import { loadConfig } from '../../core/config/config';
import { CliError, EXIT, parseArgs, required, single, type CliCommand, type CliIo } from './cli-args';

function identities(file: string | undefined): string[] {
  if (!file) return [];
  try {
    return readIdentityFile(file);
  } catch (error) {
    throw new CliError((error as Error).message, EXIT.USAGE);
  }
}

const whereOf = (embedded: boolean, dataDir: string) => (embedded ? `the embedded database in ${dataDir}` : 'the DATABASE_URL database');

async function asBackupError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(error.message);
    throw error;
  }
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'write an age-encrypted backup of the database',
  usage: `coalition backup --out FILE [--recipient age1...]... [--unencrypted] [--vault VAULTFILE]

Backs up DATABASE_URL's database (pg_dump of the server's major version must be installed), or the
embedded one in DATA_DIR (the server must be stopped; a running server backs itself up with BACKUP_SCHEDULE).
The backup is encrypted to every --recipient, else to BACKUP_RECIPIENT (comma-separated age public keys):
only the holder of a matching private key can read it, not the server nor whoever copies the file.
--unencrypted writes a readable backup instead (for a drill on a machine you trust). FILE is never overwritten.
Persons' own data keys are never in FILE: they go to the key vault, VAULTFILE (default coalition-keys.age beside
FILE), encrypted the same way and replaced atomically. A backup restores with the vault, never without it; the
server rewrites BACKUP_DIR's vault at each erasure (erasePersonalData), so keep backups and vault in BACKUP_DIR.`,
  async run(argv: string[], io: CliIo) {
    const args = parseArgs(argv, { values: ['out', 'recipient', 'vault'], flags: ['unencrypted'] });
    const out = required(args, 'out');
    const config = loadConfig(io.env);
    const recipients = args.values.get('recipient') ?? config.BACKUP_RECIPIENT;
    for (const r of recipients) if (!/^age1[0-9a-z]+$/.test(r)) throw new CliError(`${r} is not an age public key (age1...)`, EXIT.USAGE);
    if (recipients.length > 0 && args.flags.has('unencrypted')) throw new CliError('--unencrypted and a recipient exclude each other', EXIT.USAGE);
    io.err(`Backing up ${whereOf(config.embedded, config.dataDir)} to ${out} ...`);
    const result = await asBackupError(() => backup(config, out, { recipients, unencrypted: args.flags.has('unencrypted'), vault: single(args, 'vault') }));
    io.out(`Backed up ${whereOf(config.embedded, config.dataDir)} to ${out} (${result.kind}, ${result.bytes} bytes, ${result.encrypted ? `encrypted to ${recipients.length} age recipient(s)` : 'NOT encrypted'}).`);
    io.out(`Key vault written to ${result.vault}: keep it with the backups; a restore needs it (and the newest one).`);
    if (!result.encrypted) io.err('WARNING: this backup is not encrypted: anyone who copies it reads everything but personal data.');
    io.err(`WARNING: ${MASTER_KEY_WARNING}`);
    return EXIT.OK;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'restore a backup into an empty database',
  usage: `coalition restore --in FILE [--identity KEYFILE] [--vault VAULTFILE]

Restores FILE into DATABASE_URL's database, which must be empty, or into DATA_DIR, which must hold no database.
An encrypted backup needs the private key: --identity KEYFILE (or BACKUP_IDENTITY_FILE), an age identity file.
Then the persons' keys of the key vault VAULTFILE (default coalition-keys.age beside FILE; give the NEWEST vault,
BACKUP_DIR's): a person erased after FILE was taken has no key in it and stays unreadable.
The master key is not in the backup: start the server with the same COALITION_MASTER_KEY(_FILE) as before.`,
  async run(argv: string[], io: CliIo) {
    const args = parseArgs(argv, { values: ['in', 'identity', 'vault'] });
    const file = required(args, 'in');
    const config = loadConfig(io.env);
    const keys = identities(single(args, 'identity') ?? io.env.BACKUP_IDENTITY_FILE);
    io.err(`Restoring ${file} into ${whereOf(config.embedded, config.dataDir)} ...`);
    const restored = await asBackupError(() => restore(config, file, keys, single(args, 'vault')));
    io.out(`Restored ${file} into ${whereOf(config.embedded, config.dataDir)}.`);
    if (restored.vault) io.out(`Loaded ${restored.persons} person keys from ${restored.vault}.`);
    else io.err('WARNING: no key vault (coalition-keys.age) beside the backup and none given with --vault: no person\'s name, birth year or contact will be readable.');
    io.err(`WARNING: ${MASTER_KEY_WARNING}`);
    return EXIT.OK;
  },
};

export const verifyBackupCommand: CliCommand = {
  name: 'verify-backup',
  summary: 'check that a backup decrypts and would restore',
  usage: `coalition verify-backup FILE [--identity KEYFILE] [--vault VAULTFILE]

Reads the whole of FILE: every encrypted chunk must authenticate (a changed byte fails), a server dump's table
of contents must be complete, an embedded one must open as a database (its tables are counted). Then the key
vault VAULTFILE (default coalition-keys.age beside FILE) must be there and, with the key, decrypt and parse: its
person keys are counted. A backup older than per-person keys needs no vault. Touches no database.
An encrypted backup needs --identity KEYFILE (or BACKUP_IDENTITY_FILE). Exit 0 when sound, 1 when not.`,
  async run(argv: string[], io: CliIo) {
    const args = parseArgs(argv, { values: ['identity', 'vault'] });
    const [file, extra] = args.positional;
    if (!file || extra) throw new CliError('give exactly one backup FILE', EXIT.USAGE);
    const keys = identities(single(args, 'identity') ?? io.env.BACKUP_IDENTITY_FILE);
    const check = await asBackupError(() => verifyBackup(file, keys, single(args, 'vault')));
    const counts = Object.entries(check.tables)
      .map(([table, n]) => (n >= 0 ? `${table} ${n}` : table))
      .join(', ');
    io.out(`${file}: sound ${check.kind} backup, ${check.encrypted ? 'encrypted' : 'NOT encrypted'}; ${counts}.`);
    const { vault } = check;
    if (vault.file === null) io.out('No key vault needed: this backup predates per-person keys (its persons are sealed by their organisation\'s key).');
    else if (vault.persons === null) {
      io.out(`Key vault ${vault.file}: present, encrypted.`);
      io.err('WARNING: the key vault was not opened: give --identity KEYFILE to check that it decrypts and count its person keys.');
    } else io.out(`Key vault ${vault.file}: sound, ${vault.encrypted ? 'encrypted' : 'NOT encrypted'}; ${vault.persons} person keys, ${vault.organisationKeys} organisation keys.`);
    return EXIT.OK;
  },
};

export const generateBackupKeyCommand: CliCommand = {
  name: 'generate-backup-key',
  summary: 'make an age key pair for backups (keep the private key offline)',
  usage: `coalition generate-backup-key --out KEYFILE

Writes a new age identity (private key) to KEYFILE (mode 0600, never overwritten) and prints its public key,
the value of BACKUP_RECIPIENT. Keep KEYFILE off the server: on paper or an offline device of the organisation.
The age tool's age-keygen makes the same kind of key.`,
  async run(argv: string[], io: CliIo) {
    const args = parseArgs(argv, { values: ['out'] });
    const out = required(args, 'out');
    if (fs.existsSync(out)) throw new CliError(`${out} exists: a key file is never overwritten`);
    const { identity, recipient } = await generateIdentity();
    fs.writeFileSync(out, `# created: ${new Date().toISOString()}\n# public key: ${recipient}\n${identity}\n`, { mode: 0o600, flag: 'wx' });
    io.out(recipient);
    io.err(`Private key written to ${out}. Set BACKUP_RECIPIENT=${recipient} on the server and move ${out} off it.`);
    return EXIT.OK;
  },
};
