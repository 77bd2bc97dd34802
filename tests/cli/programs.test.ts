/**
 * The commands as real programs: a few of the error catalogue's cases, one
 * per command, started as `npm run` starts them, print the same one line
 * and exit non-zero with no stack trace, changing no file; and a good run
 * exits 0. The unit tier runs every case through the same mains in-process.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startCommand } from '../helpers/commands.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { expectAsCatalogued, prepareErrorCase, readErrorCase, snapshotTree } from '../helpers/error-cases.ts';

describe('each command as a program', () => {
  it.concurrent.each(['unknown-flag', 'binary-seed', 'check-wrong-type', 'confirm-misquoted', 'translations-confirm-orphan'])(
    '%s: one line, a non-zero exit, no file changed',
    async (name) => {
      const spec = readErrorCase(name);
      const root = prepareErrorCase(name, spec);
      const before = snapshotTree(root);
      const result = await startCommand(spec.command, spec.args ?? [], { cwd: root });
      expect(result.status).not.toBe(0);
      expectAsCatalogued(spec, result, before, root);
      rmSync(root, { recursive: true, force: true });
    },
  );

  it('passes on good content, saying what it checked', async () => {
    expect(await startCommand('check', [], { cwd: projectRoot })).toEqual({
      status: 0,
      stdout: 'content ok: 1 stories, 4 themes, 1 sources, 7 entries, 6 terms, 0 timeline items.\n',
      stderr: '',
    });
  });
});
