/**
 * The error catalogue's cases (tests/fixtures/cli/<case>/case.json): the
 * command to run on a temporary tree, and the lines, exit code and untouched
 * files it must leave. The unit tier runs every case in-process; the cli tier
 * runs a few as real programs.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import type { Command, CommandResult } from './commands.ts';
import { projectRoot } from './build-site.ts';
import { treeWithFixture } from './fixture-tree.ts';
import { tempRoot } from './temp-root.ts';

export interface ErrorCase {
  base: 'themes' | 'derived' | 'empty';
  command: Exclude<Command, 'diff'>;
  args?: string[];
  checkFixture?: string;
  generate?: { path: string; megabytes: number };
  replace?: { file: string; find: string; with: string }[];
  exit: number;
  stderr?: string[];
  stdout?: string[];
}

const fixtures = join(projectRoot, 'tests/fixtures/cli');
const catalogue = readFileSync(join(projectRoot, 'docs/errors.md'), 'utf8');

/** Every case's name; `none` is the tree the others start from. */
export const errorCaseNames = (): string[] => readdirSync(fixtures).filter((name) => name !== 'none');

export const readErrorCase = (name: string): ErrorCase => JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8'));

/** A temporary data root holding the case's tree. */
export function prepareErrorCase(name: string, spec: ErrorCase): string {
  const root = spec.checkFixture
    ? treeWithFixture(join(projectRoot, 'tests/fixtures/check', spec.checkFixture))
    : spec.base === 'derived'
      ? treeWithFixture(join(fixtures, 'none'))
      : spec.base === 'empty'
        ? mkdtempSync(join(tmpdir(), 'explainer-empty-'))
        : tempRoot({}, { withSeeds: false });
  if (existsSync(join(fixtures, name, 'tree'))) cpSync(join(fixtures, name, 'tree'), root, { recursive: true });
  if (spec.generate) {
    writeFileSync(join(root, spec.generate.path), '');
    truncateSync(join(root, spec.generate.path), spec.generate.megabytes * 1024 * 1024);
  }
  for (const { file, find, with: text } of spec.replace ?? [])
    writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8').replace(find, text));
  return root;
}

/** Every file under a root, by path; a generated huge file by its name alone. */
export function snapshotTree(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(root, p)).isFile());
  return new Map(
    files.map((p) => [relative(root, join(root, p)), p.endsWith('huge.txt') ? 'huge' : readFileSync(join(root, p), 'latin1')]),
  );
}

/** What the catalogue promises of a run: its lines, its exit code, no stack trace, no file changed by a failure, every message listed in docs/errors.md. */
export function expectAsCatalogued(spec: ErrorCase, result: CommandResult, before: Map<string, string>, root: string): void {
  const lines = (text: string) => text.split('\n').filter(Boolean);
  if (spec.stderr) expect(lines(result.stderr)).toEqual(spec.stderr);
  if (spec.stdout) expect(lines(result.stdout).filter((l) => spec.stdout!.includes(l) || !l.startsWith('would'))).toEqual(spec.stdout);
  expect(result.status).toBe(spec.exit);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  if (spec.exit !== 0) expect(snapshotTree(root)).toEqual(before);
  for (const message of spec.stderr ?? [])
    expect(catalogue, `docs/errors.md lists "${message}"`).toContain(message.replace(/^[^:]*(?::\d+)?: /, ''));
}
