import { backupCommand, generateBackupKeyCommand, restoreCommand, verifyBackupCommand } from './backup.command';
import { CliError, EXIT, type CliCommand, type CliIo } from './cli-args';
import { createCoordinatorCommand, migrateCommand } from './database.command';
import { rotateMasterKeyCommand } from './rotate-master-key.command';
import { rotateOrganisationKeyCommand } from './rotate-organisation-key.command';

/** Every operator command, in the order `coalition --help` lists them. */
export const CLI_COMMANDS: CliCommand[] = [
  backupCommand,
  restoreCommand,
  verifyBackupCommand,
  generateBackupKeyCommand,
  migrateCommand,
  rotateMasterKeyCommand,
  rotateOrganisationKeyCommand,
  createCoordinatorCommand,
];

export function cliHelp(): string {
  const width = Math.max(...CLI_COMMANDS.map((c) => c.name.length));
  return [
    'Usage: coalition COMMAND [options]     (in the image: node server/dist/cli.js COMMAND)',
    '',
    'Commands:',
    ...CLI_COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'coalition COMMAND --help shows a command\'s options. Exit codes: 0 done, 1 failed, 2 wrong usage, 3 stopped where asked (run it again to resume).',
    'The configuration comes from the same environment variables as the server (docs/OPERATIONS.md).',
  ].join('\n');
}

/** Runs one command line; returns the exit code. Errors meant for the operator are printed, not thrown. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(cliHelp());
    return name ? EXIT.OK : EXIT.USAGE;
  }
  const command = CLI_COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`coalition: unknown command "${name}"\n\n${cliHelp()}`);
    return EXIT.USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return EXIT.OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`coalition ${name}: ${error.message}`);
      if (error.exitCode === EXIT.USAGE) io.err(`\n${command.usage}`);
      return error.exitCode;
    }
    // Configuration errors and refusals of the database are the operator's to read; nothing here holds personal data.
    io.err(`coalition ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.FAILED;
  }
}
