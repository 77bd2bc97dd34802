import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { formatProblem } from '../../src/lib/model/errors.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { runCommand } from '../helpers/commands.ts';
import { treeWithFixture } from '../helpers/fixture-tree.ts';

const fixtures = join(import.meta.dirname, '../fixtures/check');

describe('check on the real content', () => {
  it('finds no errors and no warnings', () => {
    const { errors, warnings } = checkContent(projectRoot);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([]);
  });
});

describe('check on content fixtures: each mistake gets its one-line messages, each good case none', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const expected = readFileSync(join(fixtures, name, 'expected.txt'), 'utf8')
        .split('\n')
        .filter(Boolean);
      const { errors } = checkContent(treeWithFixture(join(fixtures, name)));
      expect(errors.map(formatProblem)).toEqual(expected);
    });
  }
});

describe('npm run check', () => {
  const run = (root: string, env: Record<string, string> = {}) => runCommand('check', [], { cwd: root, env });

  it('prints every problem on its own line, exits 1 and shows no stack trace', async () => {
    const root = treeWithFixture(join(fixtures, 'duplicate-theme-order'));
    const result = await run(root);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'content/themes/second.md:5: order: expected a unique order, found 2 (also used by content/themes/federal-conflict.md)',
      'content/themes/second.md: theme "second" has no entries; add one under content/entries/second/ or remove the theme',
      '2 problem(s) in content/.',
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('passes on good content', async () => {
    expect((await run(projectRoot)).stdout).toBe('content ok: 1 stories, 4 themes, 1 sources, 7 entries, 6 terms, 0 timeline items.\n');
  });

  it('warns about a changed cited paragraph locally and fails on it under CI', async () => {
    const stale = treeWithFixture(join(import.meta.dirname, '../fixtures/drift/changed-paragraph'));
    const local = await run(stale);
    expect(local.status).toBe(0);
    expect(local.stderr).toContain(
      'warning: content/entries/federal-conflict/national-immigration-enforcement-conflicts.md:14: cited.p4: stale:',
    );
    const ci = await run(stale, { CI: 'true' });
    expect(ci.status).toBe(1);
    expect(ci.stderr).toMatch(/^content\/entries\/federal-conflict\/national-immigration-enforcement-conflicts\.md:14: cited\.p4: stale:/);
  });

  it('warns once per proposed theme locally, fails on it under CI, and keeps it a warning in a pull-request preview', async () => {
    const draft = treeWithFixture(join(fixtures, 'proposed-theme'));
    const message =
      'content/themes/coalition-cities.md:5: status: proposed theme "coalition-cities" is a draft; write its question and summary, then delete the status line';
    const local = await run(draft);
    expect(local.status).toBe(0);
    expect(local.stderr.trim().split('\n')).toEqual([`warning: ${message}`]);
    const ci = await run(draft, { CI: 'true' });
    expect(ci.status).toBe(1);
    expect(ci.stderr.trim().split('\n')).toEqual([message, '1 problem(s) in content/.']);
    const preview = await run(draft, { CI: 'true', EXPLAINER_PREVIEW: 'true' });
    expect(preview.status).toBe(0);
    expect(preview.stderr.trim().split('\n')).toEqual([`warning: ${message}`]);
  });

  it('asks a site of several stories for a name: a warning locally and in a preview, refused under CI; a site of one story needs none', async () => {
    const unnamed = treeWithFixture(join(fixtures, 'site-unnamed'));
    const message =
      'content/site.yaml: name: expected a name for a site of several stories, found none, so it is named after the story first on its front page ("Federal Information Transparency") and renamed whenever another comes first; set a name for a site of several stories';
    const local = await run(unnamed);
    expect(local.status).toBe(0);
    expect(local.stderr).toContain(`warning: ${message}\n`);
    const ci = await run(unnamed, { CI: 'true' });
    expect(ci.status).toBe(1);
    expect(ci.stderr.split('\n')).toContain(message);
    const preview = await run(unnamed, { CI: 'true', EXPLAINER_PREVIEW: 'true' });
    expect(preview.status).toBe(0);
    expect(preview.stderr).toContain(`warning: ${message}\n`);
    // Named, the same site has nothing to say of its name; with one story, no name is needed.
    writeFileSync(
      join(unnamed, 'content/site.yaml'),
      `name: City news explained\n${readFileSync(join(unnamed, 'content/site.yaml'), 'utf8')}`,
    );
    expect((await run(unnamed)).stderr).not.toContain('content/site.yaml');
    const single = treeWithFixture(join(fixtures, 'site-unnamed'));
    rmSync(join(single, 'content/stories/gao-transparency-testimony.md'));
    const alone = await run(single, { CI: 'true' });
    expect(alone.stderr).toBe('');
    expect(alone.status).toBe(0);
  });

  it('still fails a pull-request preview on a stale citation: only drafts are kept as warnings there', async () => {
    const stale = treeWithFixture(join(import.meta.dirname, '../fixtures/drift/changed-paragraph'));
    expect((await run(stale, { CI: 'true', EXPLAINER_PREVIEW: 'true' })).status).toBe(1);
  });
});
