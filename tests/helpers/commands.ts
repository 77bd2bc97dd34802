/**
 * The project's commands as tests run them: in this process, through the
 * script's own `main` (what `npm run <command>` runs, without starting
 * Node), or, for the `cli` tier, as the real program in a process of its
 * own. Either way the environment is only what the test gives, over
 * CI=false, so a run on a CI machine is as strict as on a laptop.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runCli, type CliMain } from '../../scripts/cli.ts';
import { projectRoot } from './build-site.ts';

export type Command = 'check' | 'confirm' | 'derive' | 'diff' | 'translations';

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  /** The folder the command starts in: the data root, unless EXPLAINER_ROOT names another. */
  cwd: string;
  env?: Record<string, string>;
}

const mains: Record<Command, () => Promise<{ main: CliMain }>> = {
  check: () => import('../../scripts/check.ts'),
  confirm: () => import('../../scripts/confirm.ts'),
  derive: () => import('../../scripts/derive.ts'),
  diff: () => import('../../scripts/diff.ts'),
  translations: () => import('../../scripts/translations.ts'),
};

/** Runs a command's main in this process, and gives what it printed and its exit code. */
export async function runCommand(command: Command, argv: readonly string[], { cwd, env = {} }: CommandOptions): Promise<CommandResult> {
  const printed = { stdout: '', stderr: '' };
  const io = {
    cwd,
    env: { CI: 'false', ...env },
    stdout: { write: (text: string) => (printed.stdout += text) },
    stderr: { write: (text: string) => (printed.stderr += text) },
  };
  const status = await runCli((await mains[command]()).main, argv, io);
  return { status, ...printed };
}

/** Starts a command as `npm run <command>` starts it, as a program in its own process. */
export function startCommand(command: Command, argv: readonly string[], { cwd, env = {} }: CommandOptions): Promise<CommandResult> {
  const script = join(projectRoot, 'scripts', `${command}.ts`);
  const child = spawn(process.execPath, ['--import', join(projectRoot, 'scripts/compile-cache.mjs'), script, ...argv], {
    cwd,
    env: { ...process.env, CI: 'false', ...env },
  });
  const printed = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (printed.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (printed.stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, ...printed }));
  });
}
