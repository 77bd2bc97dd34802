/**
 * Shared shape of every CLI: input mistakes print one line each and exit 1,
 * with no stack trace; anything else is a bug and is thrown as it is.
 */
import { InputError } from '../src/lib/model/errors.ts';
import type { Settings } from '../src/lib/model/settings.ts';
import { runSettings } from '../src/settings.ts';

export async function runCli(main: () => number | void | Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const problem of error.message.split('\n')) console.error(problem);
    process.exitCode = 1;
  }
}

export function parseFlags(argv: readonly string[], known: readonly string[]): Set<string> {
  const flags = new Set<string>();
  for (const arg of argv) {
    if (!known.includes(arg)) throw new InputError({ file: 'command line', detail: `unknown option ${arg}; expected ${known.join(', ')}` });
    flags.add(arg);
  }
  return flags;
}

/** The run's settings for a command: its project is the current directory. */
export const cliSettings = (): Settings => runSettings(process.cwd());

/** The data root a command works on: EXPLAINER_ROOT, or the current directory. */
export const cliDataRoot = (): string => cliSettings().root;
