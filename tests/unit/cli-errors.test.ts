/**
 * The error catalogue (docs/errors.md), row by row: each case runs the real
 * CLI on a temporary tree and checks the one-line messages, the exit code,
 * that no stack trace is printed and that a failed run changed no file.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { treeWithFixture } from '../helpers/fixture-tree.ts';
import { tempRoot } from '../helpers/temp-root.ts';

interface Case {
  base: 'themes' | 'derived' | 'empty';
  command: 'derive' | 'check' | 'confirm' | 'translations';
  args?: string[];
  checkFixture?: string;
  generate?: { path: string; megabytes: number };
  replace?: { file: string; find: string; with: string }[];
  exit: number;
  stderr?: string[];
  stdout?: string[];
}

const fixtures = join(import.meta.dirname, '../fixtures/cli');
const catalogue = readFileSync(join(projectRoot, 'docs/errors.md'), 'utf8');

function prepare(dir: string, spec: Case): string {
  const root = spec.checkFixture
    ? treeWithFixture(join(import.meta.dirname, '../fixtures/check', spec.checkFixture))
    : spec.base === 'derived'
      ? treeWithFixture(join(fixtures, 'none'))
      : spec.base === 'empty'
        ? mkdtempSync(join(tmpdir(), 'explainer-empty-'))
        : tempRoot({}, { withSeeds: false });
  if (existsSync(join(dir, 'tree'))) cpSync(join(dir, 'tree'), root, { recursive: true });
  if (spec.generate) {
    writeFileSync(join(root, spec.generate.path), '');
    truncateSync(join(root, spec.generate.path), spec.generate.megabytes * 1024 * 1024);
  }
  for (const { file, find, with: text } of spec.replace ?? [])
    writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8').replace(find, text));
  return root;
}

function snapshot(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(root, p)).isFile());
  return new Map(
    files.map((p) => [relative(root, join(root, p)), p.endsWith('huge.txt') ? 'huge' : readFileSync(join(root, p), 'latin1')]),
  );
}

/** Runs a CLI the way its npm script does, without blocking, so the cases run side by side (each waits mostly on its own process). */
function runCli(command: Case['command'], args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--import', join(projectRoot, 'scripts/compile-cache.mjs'), join(projectRoot, `scripts/${command}.ts`), ...args],
    {
      cwd,
      env: { ...process.env, CI: 'false' },
    },
  );
  const out = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out.stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, ...out }));
  });
}

describe('error catalogue', () => {
  for (const name of readdirSync(fixtures).filter((n) => n !== 'none')) {
    it.concurrent(name, async ({ expect }) => {
      const spec: Case = JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8'));
      const root = prepare(join(fixtures, name), spec);
      const before = snapshot(root);
      const result = await runCli(spec.command, spec.args ?? [], root);
      const lines = (text: string) => text.split('\n').filter(Boolean);
      if (spec.stderr) expect(lines(result.stderr)).toEqual(spec.stderr);
      if (spec.stdout) expect(lines(result.stdout).filter((l) => spec.stdout!.includes(l) || !l.startsWith('would'))).toEqual(spec.stdout);
      expect(result.status).toBe(spec.exit);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      if (spec.exit !== 0) expect(snapshot(root)).toEqual(before);
      for (const message of spec.stderr ?? [])
        expect(catalogue, `docs/errors.md lists "${message}"`).toContain(message.replace(/^[^:]*(?::\d+)?: /, ''));
      rmSync(root, { recursive: true, force: true });
    });
  }
});
