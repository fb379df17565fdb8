import { ConfigError, loadConfig } from '../config/config';
import { backup, BackupError, MASTER_KEY_WARNING, restore } from './backup';

const USAGE = `Usage:
  npm run backup -- --out FILE     back up DATABASE_URL's database, or the embedded one in DATA_DIR (server stopped)
  npm run restore -- --in FILE     restore into DATABASE_URL's empty database, or into an empty DATA_DIR`;

function argument(args: string[], name: string): string | null {
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1] ?? null;
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline ? inline.slice(name.length + 1) : null;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  const file = argument(args, command === 'backup' ? '--out' : '--in');
  if ((command !== 'backup' && command !== 'restore') || !file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const where = config.embedded ? `the embedded database in ${config.dataDir}` : 'the DATABASE_URL database';
  if (command === 'backup') {
    await backup(config, file);
    process.stdout.write(`Backed up ${where} to ${file}.\n`);
  } else {
    await restore(config, file);
    process.stdout.write(`Restored ${file} into ${where}.\n`);
  }
  process.stderr.write(`WARNING: ${MASTER_KEY_WARNING}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof BackupError || error instanceof ConfigError;
    process.stderr.write(`${command()} failed: ${known ? (error as Error).message : String(error)}\n`);
    process.exit(1);
  },
);

function command(): string {
  return process.argv[2] === 'restore' ? 'Restore' : 'Backup';
}
