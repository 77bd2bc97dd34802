/**
 * derive knows an entry by what it was derived from (its source and section),
 * not by where its file is: the cases around that rule, on the project's
 * seed. The whole maintainer's walk through several articles, driving the
 * CLIs, is tests/unit/many-articles.test.ts.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { derivedFileText } from '../../src/lib/content-files/derived-file.ts';
import { parseMarkdownFile } from '../../src/lib/content-files/frontmatter.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { contentDigest } from '../../src/lib/model/derived-record.ts';
import { formatProblem } from '../../src/lib/model/errors.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { tempRoot } from '../helpers/temp-root.ts';

const SLUG = 'mayor-ends-immigration-enforcement-cooperation';
const SEED = `seeds/${SLUG}.txt`;
const META = `seeds/${SLUG}.yaml`;
const ENTRY = 'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md';
const HEADING = 'National Immigration Enforcement Conflicts';
const COALITION = 'content/entries/coalition-cities/coalition-building-among-progressive-cities.md';

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const edit = (root: string, path: string, change: (text: string) => string) => writeFileSync(join(root, path), change(read(root, path)));
const field = (text: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1];
/** What an editor does to a derived entry: writes the body in their own words, and labels it context. */
const editorsNote = (root: string, path: string) =>
  edit(root, path, (t) => `${/^---\n[\s\S]*?\n---\n/.exec(t)![0].replace(/^kind: quote$/m, 'kind: context')}An editor’s note.\n`);

async function derived(): Promise<string> {
  const root = tempRoot();
  await derive({ root, today: '2026-01-02' });
  return root;
}

describe('derive finds an entry by its source and section', () => {
  it('records the section in the entry, and reads an entry written before that by its file name', async () => {
    const root = await derived();
    expect(read(root, ENTRY)).toContain('  section: national-immigration-enforcement-conflicts\n');
    edit(root, ENTRY, (t) => t.replace('  section: national-immigration-enforcement-conflicts\n', ''));
    const report = await derive({ root, today: '2026-01-03' });
    // The source, seven entries and the key term derive proposed.
    expect(report.unchanged).toHaveLength(9);
  });

  it('keeps an entry at its file when its heading is reworded in the seed, finding it by its paragraphs', async () => {
    const root = await derived();
    editorsNote(root, ENTRY);
    const other = 'content/entries/coalition-cities/coalition-building-among-progressive-cities.md';
    edit(root, SEED, (t) =>
      t.replace(HEADING, 'Conflicts With National Enforcement').replace('Coalition Building Among', 'Coalitions Among'),
    );
    const report = await derive({ root, today: '2026-01-03' });
    expect(report.created).toEqual([]);
    expect(report.removed).toEqual([]);
    expect(report.kept).toEqual([ENTRY]);
    expect(report.updated).toEqual([`content/sources/${SLUG}.yaml`, other]);
    expect(field(read(root, other), 'title')).toBe('Coalitions among progressive cities');
    expect(checkContent(root).errors.map(formatProblem)).toEqual([]);
  });

  it('moves an untouched entry whose theme assignment changed to the end of its new theme, and leaves an edited one', async () => {
    const root = await derived();
    const edited = 'content/entries/sanctuary-policy/detention-and-release-policies-under-mamdani.md';
    editorsNote(root, edited);
    writeFileSync(
      join(root, `seeds/${SLUG}.yaml`),
      `themes:\n  ${HEADING}: implementation-limits\n  Detention and Release Policies Under Mamdani: implementation-limits\n`,
    );
    // Its Spanish translation goes with it, as it is.
    const translation = ENTRY.replace('content/', 'content/translations/es/');
    mkdirSync(dirname(join(root, translation)), { recursive: true });
    writeFileSync(join(root, translation), 'a translator’s text\n');
    const report = await derive({ root, today: '2026-01-03' });
    const moved = 'content/entries/implementation-limits/national-immigration-enforcement-conflicts.md';
    const translated = moved.replace('content/', 'content/translations/es/');
    expect(report.moved).toEqual([`${ENTRY} → ${moved}`, `${translation} → ${translated}`]);
    expect(readFileSync(join(root, translated), 'utf8')).toBe('a translator’s text\n');
    expect(existsSync(join(root, translation))).toBe(false);
    // What the authoring guide shows derive printing for it.
    const guide = readFileSync(join(projectRoot, 'docs/authoring.md'), 'utf8');
    for (const [from, to] of [
      [ENTRY, moved],
      [translation, translated],
    ])
      expect(guide).toContain(`moved     ${from} → ${to} (its section now goes to another theme)`);
    expect(report.kept).toEqual([edited]);
    expect(existsSync(join(root, ENTRY))).toBe(false);
    expect(field(read(root, moved), 'order')).toBe('2');
    expect(field(read(root, moved), 'updated')).toBe('2026-01-02');
    // The source says where each section's entry is.
    expect(read(root, `content/sources/${SLUG}.yaml`)).toContain(
      '  - heading: Detention and Release Policies Under Mamdani\n    theme: sanctuary-policy\n',
    );
  });

  it('completes a move made by hand without changing the theme field: the folder wins, and the order is made free', async () => {
    const root = await derived();
    const moved = 'content/entries/sanctuary-policy/coalition-building-among-progressive-cities.md';
    renameSync(join(root, COALITION), join(root, moved));
    const report = await derive({ root, today: '2026-01-03' });
    expect(report.created).toEqual([]);
    expect(report.updated).toEqual([`content/sources/${SLUG}.yaml`, moved]);
    expect(field(read(root, moved), 'theme')).toBe('sanctuary-policy');
    expect(field(read(root, moved), 'order')).toBe('3');
    expect(existsSync(join(root, COALITION))).toBe(false);
    expect(checkContent(root).errors.map(formatProblem)).toEqual([]);
    // The move is the editors' from now on: the next derive leaves it where they put it.
    const again = await derive({ root, today: '2026-01-04' });
    expect(again.moved).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(existsSync(join(root, moved))).toBe(true);
  });

  it('removes the copy an older derive recreated beside an entry moved by hand, keeping the edited one', async () => {
    const root = await derived();
    const moved = 'content/entries/sanctuary-policy/coalition-building-among-progressive-cities.md';
    writeFileSync(
      join(root, moved),
      read(root, COALITION).replace('theme: coalition-cities', 'theme: sanctuary-policy').replace('order: 1', 'order: 3'),
    );
    expect(checkContent(root).errors.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/entries\/coalition-cities\/coalition-building-among-progressive-cities\.md:\d+: derived\.section: expected one entry per section, .*; run "npm run derive": nobody edited this copy, so derive removes it$/,
      ),
    ]);
    const report = await derive({ root, today: '2026-01-03' });
    expect(report.removed).toEqual([COALITION]);
    expect(report.kept).toEqual([moved]);
    expect(checkContent(root).errors.map(formatProblem)).toEqual([]);
  });

  it('keeps an entry whose frontmatter an editor broke, rather than deriving its section again beside it', async () => {
    const root = await derived();
    edit(root, ENTRY, (t) => t.replace(/^summary: (.*)$/m, 'summary: "$1'));
    const report = await derive({ root, today: '2026-01-03' });
    expect(report.kept).toEqual([ENTRY]);
    expect(report.created).toEqual([]);
  });

  it('keeps `updated` when only bookkeeping changes: a cited paragraph whose link labels changed, not its body', async () => {
    const root = await derived();
    const last = 'content/entries/implementation-limits/implementation-challenges-and-municipal-authority-limits.md';
    edit(root, SEED, (t) => t.replace('Understand ACLU immigration work.', 'Understand ACLU work on immigration.'));
    const report = await derive({ root, today: '2026-02-03' });
    expect(report.updated).toContain(last);
    expect(field(read(root, last), 'updated')).toBe('2026-01-02');
  });

  it('writes `added` when it creates an entry and never moves it; a changed section moves only `updated`', async () => {
    const root = await derived();
    expect([field(read(root, COALITION), 'added'), field(read(root, COALITION), 'updated')]).toEqual(['2026-01-02', '2026-01-02']);
    edit(root, SEED, (t) => t.replace('Los Angeles, San Francisco, and Chicago', 'Los Angeles and Chicago'));
    const report = await derive({ root, today: '2026-02-03' });
    expect(report.updated).toContain(COALITION);
    expect([field(read(root, COALITION), 'added'), field(read(root, COALITION), 'updated')]).toEqual(['2026-01-02', '2026-02-03']);
  });

  it('dates an entry it wrote before `added` existed by its `updated`, once, and leaves an edited one without it', async () => {
    const root = await derived();
    // An unedited entry from before the field: no `added`, and a digest of what it then held.
    const { data, body } = parseMarkdownFile(ENTRY, read(root, ENTRY));
    const dated: Record<string, unknown> = { ...(data as Record<string, unknown>), updated: '2025-12-01' };
    const { added, derived: record, ...older } = dated;
    expect(added).toBe('2026-01-02');
    const digest = contentDigest(older, body);
    writeFileSync(join(root, ENTRY), derivedFileText(ENTRY, older, body, { ...(record as { from: string; seed: string }), digest }));
    edit(root, COALITION, (t) => t.replace(/^added: .*\n/m, ''));
    const first = await derive({ root, today: '2026-02-03' });
    expect(first.updated).toEqual([ENTRY]);
    expect(first.kept).toContain(COALITION);
    expect([field(read(root, ENTRY), 'added'), field(read(root, ENTRY), 'updated')]).toEqual(['2025-12-01', '2025-12-01']);
    expect(field(read(root, COALITION), 'added')).toBeUndefined();
    const second = await derive({ root, today: '2026-02-04' });
    expect(second.updated).toEqual([]);
  });
});

describe('derive follows a renamed seed', () => {
  it('by the same title and most paragraphs, when the text changed a little too', async () => {
    const root = await derived();
    editorsNote(root, ENTRY);
    const text = read(root, SEED).replace('Los Angeles, San Francisco, and Chicago', 'Los Angeles and Chicago');
    rmSync(join(root, SEED));
    // Its metadata, if it has any, goes with it.
    if (existsSync(join(root, META))) renameSync(join(root, META), join(root, 'seeds/mayor-pledge.yaml'));
    writeFileSync(join(root, 'seeds/mayor-pledge.txt'), text);
    const report = await derive({ root, today: '2026-01-03' });
    expect(report.renamed).toEqual([`content/sources/${SLUG}.yaml → content/sources/mayor-pledge.yaml`]);
    // Seven entries, and the four themes whose answers cite the article.
    expect(report.repointed).toHaveLength(11);
    expect(report.repointed.find((r) => r.file === ENTRY)).toEqual({ file: ENTRY, from: SLUG, to: 'mayor-pledge', edited: true });
    expect(report.repointed.filter((r) => r.file.startsWith('content/themes/')).map((r) => r.file)).toEqual([
      'content/themes/sanctuary-policy.md',
      'content/themes/federal-conflict.md',
      'content/themes/coalition-cities.md',
      'content/themes/implementation-limits.md',
    ]);
    expect(read(root, 'content/themes/federal-conflict.md')).toContain('  - source: mayor-pledge\n');
    expect(report.created).toEqual([]);
    expect(read(root, ENTRY)).toContain('An editor’s note.');
    expect(field(read(root, ENTRY), 'source')).toBe('mayor-pledge');
    expect(checkContent(root).errors.map(formatProblem)).toEqual([]);
  });

  it('not when a different article takes the old one’s place: that is one article retired and another added', async () => {
    const root = await derived();
    editorsNote(root, ENTRY);
    rmSync(join(root, SEED));
    rmSync(join(root, META), { force: true });
    writeFileSync(join(root, 'seeds/other.txt'), 'Another story\nOpening\nSanctuary text here.\nSanctuary Details\nMore sanctuary text.\n');
    const report = await derive({ root, today: '2026-01-03' });
    expect(report.renamed).toEqual([]);
    expect(report.created).toContain('content/sources/other.yaml');
    // Six unedited entries and the key term derive proposed from the retired article.
    expect(report.removed).toHaveLength(7);
    expect(report.orphans).toEqual([
      {
        file: ENTRY,
        detail: `edited by hand, and ${SEED} is gone: it keeps citing the retired source; to take it off the site, add "status: rejected", or point "source:" and "paragraphs:" at another article and confirm it`,
      },
    ]);
    expect(report.retired).toEqual([
      {
        file: `content/sources/${SLUG}.yaml`,
        detail: `${SEED} is gone, but 1 file an editor wrote and the themes coalition-cities, federal-conflict, implementation-limits, sanctuary-policy (under cites) still cite it: it stays, marked retired, so no page shows it as a story, until nothing does`,
      },
    ]);
    expect(read(root, ENTRY)).toContain('An editor’s note.');
    expect(read(root, `content/sources/${SLUG}.yaml`)).toContain('retired:\n  date: 2026-01-03\n');
  });
});
