/**
 * The error catalogue (docs/errors.md), row by row: each case runs the
 * command's own main on a temporary tree and checks the one-line messages,
 * the exit code, that no stack trace is printed and that a failed run
 * changed no file. tests/cli/programs.test.ts runs a few as real programs.
 */
import { rmSync } from 'node:fs';
import { describe, it } from 'vitest';
import { runCommand } from '../helpers/commands.ts';
import { errorCaseNames, expectAsCatalogued, prepareErrorCase, readErrorCase, snapshotTree } from '../helpers/error-cases.ts';

describe('error catalogue', () => {
  it.each(errorCaseNames())('%s', async (name) => {
    const spec = readErrorCase(name);
    const root = prepareErrorCase(name, spec);
    const before = snapshotTree(root);
    expectAsCatalogued(spec, await runCommand(spec.command, spec.args ?? [], { cwd: root }), before, root);
    rmSync(root, { recursive: true, force: true });
  });
});
