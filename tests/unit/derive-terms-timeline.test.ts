/**
 * Key terms and timeline items through derive, check and confirm: derive
 * proposes them as drafts from the seed, leaves alone what an editor
 * confirmed, rejected or reworded, follows the seed where nobody edited
 * them; check refuses drafts under CI (naming each file) except in a
 * preview, and flags a term whose paragraph changed until it is confirmed.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { confirmEntry } from '../../src/lib/check/confirm.ts';
import { judgeProblems } from '../../src/lib/check/severity.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { formatProblem } from '../../src/lib/model/errors.ts';
import { runCommand } from '../helpers/commands.ts';
import { DATED_ROOT } from '../helpers/fixture-site.ts';

const TODAY = '2026-11-30';
const ITEMS = 'content/timelines/harbour-bridge';

/** The dated fixture's seed and themes, with nothing derived yet. */
function freshRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'explainer-dated-'));
  cpSync(join(DATED_ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  cpSync(join(DATED_ROOT, 'content/themes'), join(root, 'content/themes'), { recursive: true });
  return root;
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const edit = (root: string, file: string, find: string, replacement: string) => {
  const text = read(root, file);
  if (!text.includes(find)) throw new Error(`"${find}" not in ${file}`);
  writeFileSync(join(root, file), text.replace(find, replacement));
};

describe('derive proposes key terms and timeline items', () => {
  it('writes each defined acronym and each dated sentence as a draft, and nothing more on a second run', async () => {
    const root = freshRoot();
    const report = await derive({ root, today: TODAY });
    expect(report.created.filter((f) => /terms|timelines/.test(f))).toEqual([
      'content/terms/dot.md',
      'content/terms/hba.md',
      `${ITEMS}/2024-06-14-the-harbour-bridge-authority-hba-reopened.md`,
      `${ITEMS}/2022-03-inspectors-from-the-department-of-transportation.md`,
      `${ITEMS}/2022-the-span-closed-in-2022-and.md`,
      `${ITEMS}/2022-09-the-city-council-approved-the-repair.md`,
    ]);
    expect(read(root, 'content/terms/hba.md')).toContain(
      'term: HBA\nexpansion: Harbour Bridge Authority\nkind: quote\nstatus: proposed\nwhy: defined in p1, used 2 times; draft 1 of 6 in seeds/harbour-bridge.txt\nsource: harbour-bridge\nparagraphs:\n  - p1\n',
    );
    expect(read(root, 'content/terms/hba.md')).toMatch(
      /---\nThe Harbour Bridge Authority \(HBA\) reopened the east span on 14 June 2024, after two years of repairs\.\n$/,
    );
    const { errors, drafts } = checkContent(root);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(drafts).toHaveLength(6);
    const again = await derive({ root, today: TODAY });
    expect([...again.created, ...again.updated, ...again.removed]).toEqual([]);
  });

  it('keeps what an editor confirmed, rejected or reworded, and removes an untouched item whose sentence left the seed', async () => {
    const root = freshRoot();
    await derive({ root, today: TODAY });
    edit(root, 'content/terms/hba.md', 'status: proposed\n', '');
    edit(root, 'content/terms/dot.md', 'status: proposed', 'status: rejected');
    edit(root, `${ITEMS}/2022-09-the-city-council-approved-the-repair.md`, 'kind: quote', 'kind: reporting');
    edit(
      root,
      `${ITEMS}/2022-09-the-city-council-approved-the-repair.md`,
      'The city council approved the repair budget in September 2022.',
      'The council agreed to pay.',
    );
    edit(root, 'seeds/harbour-bridge.txt', 'The span closed in 2022, and', 'The span closed, and');
    const report = await derive({ root, today: TODAY });
    expect(report.kept).toEqual(
      expect.arrayContaining(['content/terms/hba.md', 'content/terms/dot.md', `${ITEMS}/2022-09-the-city-council-approved-the-repair.md`]),
    );
    expect(report.removed).toEqual([`${ITEMS}/2022-the-span-closed-in-2022-and.md`]);
    expect(existsSync(join(root, `${ITEMS}/2022-the-span-closed-in-2022-and.md`))).toBe(false);
    expect(read(root, 'content/terms/dot.md')).toContain('status: rejected');
  });

  it('does not propose a term an editor keeps under another file name', async () => {
    const root = freshRoot();
    mkdirSync(join(root, 'content/terms'), { recursive: true });
    writeFileSync(join(root, 'content/terms/harbour-authority.md'), '---\nkind: context\nterm: hba\n---\nThe body that runs the bridge.\n');
    const report = await derive({ root, today: TODAY });
    expect(report.created).not.toContain('content/terms/hba.md');
  });
});

describe('drafts and staleness of key terms and timeline items', () => {
  const run = (root: string, env: Record<string, string>) => runCommand('check', [], { cwd: root, env });

  it('fails a CI check naming every proposed file, and passes a preview and a local run with warnings', async () => {
    const ci = await run(DATED_ROOT, { CI: 'true' });
    expect(ci.status).toBe(1);
    expect(ci.stderr.trim().split('\n')).toEqual([
      'content/terms/dot.md:5: status: proposed term "DOT" is a draft; check its definition against the source, then delete the status line (or write "status: rejected")',
      `${ITEMS}/2022-the-span-closed-in-2022-and.md:4: status: proposed timeline item of 2022 is a draft; check its text against the source, then delete the status line (or write "status: rejected")`,
      '2 problem(s) in content/.',
    ]);
    expect((await run(DATED_ROOT, { CI: 'true', EXPLAINER_PREVIEW: 'true' })).status).toBe(0);
    const local = await run(DATED_ROOT, {});
    expect(local.status).toBe(0);
    expect(local.stderr.match(/^warning: .*is a draft/gm)).toHaveLength(2);
  });

  it('flags a confirmed term whose paragraph changed, and confirm clears it', async () => {
    const root = freshRoot();
    await derive({ root, today: TODAY });
    edit(root, 'content/terms/hba.md', 'status: proposed\n', '');
    edit(root, 'seeds/harbour-bridge.txt', 'Drivers and cyclists', 'Drivers, walkers and cyclists');
    await derive({ root, today: TODAY });
    const { warnings } = checkContent(root);
    expect(warnings.map(formatProblem)).toContainEqual(
      expect.stringMatching(/^content\/terms\/hba\.md:\d+: cited\.p1: stale: harbour-bridge p1 changed since this term was written/),
    );
    expect(judgeProblems(checkContent(root), 'ci').fatal.map((p) => p.file)).toContain('content/terms/hba.md');
    expect(confirmEntry(root, 'content/terms/hba.md').changed).toEqual(['p1']);
    expect(checkContent(root).warnings.filter((w) => w.file === 'content/terms/hba.md')).toEqual([]);
  });

  it('flags a confirmed timeline item whose paragraph changed, and confirm clears it', async () => {
    const root = freshRoot();
    await derive({ root, today: TODAY });
    const item = `${ITEMS}/2022-03-inspectors-from-the-department-of-transportation.md`;
    edit(root, item, 'status: proposed\n', '');
    edit(root, 'seeds/harbour-bridge.txt', 'ferries carried commuters', 'buses carried commuters');
    await derive({ root, today: TODAY });
    expect(checkContent(root).warnings.map(formatProblem)).toContainEqual(
      expect.stringMatching(new RegExp(`^${item}:\\d+: cited\\.p2: stale: harbour-bridge p2 changed since this timeline item was written`)),
    );
    expect(confirmEntry(root, item).changed).toEqual(['p2']);
    expect(checkContent(root).warnings.filter((w) => w.file === item)).toEqual([]);
  });

  it('refuses a quoted definition an editor changed', async () => {
    const root = freshRoot();
    await derive({ root, today: TODAY });
    edit(root, 'content/terms/hba.md', 'reopened the east span', 'reopened the bridge');
    expect(checkContent(root).errors.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/terms\/hba\.md:4: kind: expected reporting, analysis or context for a body the editors rewrote, found quote/,
      ),
    ]);
  });
});
