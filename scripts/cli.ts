/**
 * Shared shape of every CLI: a script exports `main(argv, io)`, which does the
 * work and gives the exit code, and runs it only when Node started that
 * script, so tests call the same main in their own process. Input mistakes
 * print one line each and exit 1, with no stack trace; anything else is a bug
 * and is thrown as it is.
 */
import { InputError } from '../src/lib/model/errors.ts';
import { resolveSettings, type Settings } from '../src/lib/model/settings.ts';

/** What a command reads from and writes to, besides its arguments: the process's own when run as a program. */
export interface CliIo {
  /** The folder the command was started in. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export type CliMain = (argv: readonly string[], io: CliIo) => number | void | Promise<number | void>;

/** Runs a command's main and gives its exit code; an input mistake is printed, one line per problem, and exits 1. */
export async function runCli(main: CliMain, argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return (await main(argv, io)) ?? 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
}

/** Runs a command's main as this process: its arguments, folder, environment and streams, and its exit code. */
export async function runAsProgram(main: CliMain): Promise<void> {
  const io = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
  process.exitCode = await runCli(main, process.argv.slice(2), io);
}

export function parseFlags(argv: readonly string[], known: readonly string[]): Set<string> {
  const flags = new Set<string>();
  for (const arg of argv) {
    if (!known.includes(arg)) throw new InputError({ file: 'command line', detail: `unknown option ${arg}; expected ${known.join(', ')}` });
    flags.add(arg);
  }
  return flags;
}

/** The run's settings for a command: its project is the folder it was started in. */
export const cliSettings = (io: CliIo): Settings => resolveSettings(io.env, io.cwd);

/** The data root a command works on: EXPLAINER_ROOT, or the folder it was started in. */
export const cliDataRoot = (io: CliIo): string => cliSettings(io).root;
