/**
 * The name of a site of several stories is the editors' to write. When an
 * unrelated article makes a site without a name a site of several stories,
 * derive says a name is needed and writes nothing in content/site.yaml;
 * `check` then asks for one (tests/unit/check.test.ts holds its severity).
 * A site with a name hears nothing of it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { runCommand } from '../helpers/commands.ts';

const ARTICLE = join(projectRoot, 'tests/fixtures/story-pairs/articles/gao-transparency-testimony/seed.txt');
const NOTE =
  'name      content/site.yaml: set a name for a site of several stories (name:); until then it is named after the story first on its front page';
const SITE = 'content/site.yaml';

/** The project's site, its name taken out or kept, with an unrelated article added. */
function site({ named }: { named: boolean }): string {
  const root = mkdtempSync(join(tmpdir(), 'explainer-site-name-'));
  for (const folder of ['content', 'seeds']) cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
  if (!named) writeFileSync(join(root, SITE), readFileSync(join(root, SITE), 'utf8').replace(/^name: .*\n/m, ''));
  cpSync(ARTICLE, join(root, 'seeds/gao-transparency-testimony.txt'));
  return root;
}

describe('the name of a site of several stories', () => {
  it('is asked for by derive when a new story makes a site without one a site of several, and derive writes none', async () => {
    const root = site({ named: false });
    const before = readFileSync(join(root, SITE), 'utf8');
    const derived = await runCommand('derive', [], { cwd: root });
    expect(derived.status).toBe(0);
    expect(derived.stdout).toContain('proposed  content/stories/gao-transparency-testimony.md');
    expect(derived.stdout.split('\n')).toContain(NOTE);
    expect(readFileSync(join(projectRoot, 'docs/authoring.md'), 'utf8'), 'the authoring guide shows it as printed').toContain(
      `\n${NOTE}\n`,
    );
    expect(readFileSync(join(root, SITE), 'utf8')).toBe(before);
    const checked = await runCommand('check', [], { cwd: root });
    expect(checked.stderr).toContain('warning: content/site.yaml: name: expected a name for a site of several stories, found none');
    // Said once, when the story is started: derive run again has nothing new to say.
    expect((await runCommand('derive', [], { cwd: root })).stdout).not.toContain(NOTE);
  });

  it('is not asked for when the site has one', async () => {
    const root = site({ named: true });
    const derived = await runCommand('derive', [], { cwd: root });
    expect(derived.stdout).toContain('proposed  content/stories/gao-transparency-testimony.md');
    expect(derived.stdout).not.toContain('content/site.yaml');
    expect((await runCommand('check', [], { cwd: root })).stderr).not.toContain('content/site.yaml');
  });
});
