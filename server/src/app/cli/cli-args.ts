/** An operator's mistake or a refused operation: its message is for the operator, its code for scripts. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.FAILED,
  ) {
    super(message);
  }
}

/** Exit codes of every command (docs/OPERATIONS.md lists them); STOPPED: a resumable command stopped where asked (run it again). */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, STOPPED: 3 } as const;

export interface ParsedArgs {
  positional: string[];
  /** Options with a value; repeatable ones keep every value in order. */
  values: Map<string, string[]>;
  flags: Set<string>;
}

/** `--name value`, `--name=value` and bare `--flag`; anything not named in `spec` is a usage error. */
export function parseArgs(argv: string[], spec: { values?: string[]; flags?: string[] }): ParsedArgs {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (spec.flags?.includes(name) && eq < 0) {
      flags.add(name);
    } else if (spec.values?.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new CliError(`--${name} needs a value`, EXIT.USAGE);
      values.set(name, [...(values.get(name) ?? []), value]);
    } else {
      throw new CliError(`unknown option --${name}`, EXIT.USAGE);
    }
  }
  return { positional, values, flags };
}

export const single = (args: ParsedArgs, name: string): string | undefined => args.values.get(name)?.at(-1);

export function required(args: ParsedArgs, name: string): string {
  const value = single(args, name);
  if (value === undefined) throw new CliError(`--${name} is required`, EXIT.USAGE);
  return value;
}

/** What a command writes: results to stdout, progress and warnings to stderr. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
