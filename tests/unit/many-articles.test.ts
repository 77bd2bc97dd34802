/**
 * A site of two articles and a Spanish edition through a maintainer's year,
 * driving the commands' own mains on one data root: add a second article
 * (with key terms, timeline items, theme answers and translations written
 * by hand), rename its seed, move an entry by hand, remove a section,
 * delete and restore a source file, change a cited paragraph and confirm,
 * add a correction, retire the article and bring it back. After every step:
 * no editor's text, correction or translation is lost, no section is
 * published twice, no entry's `updated` date changes unless an editor
 * changed the entry (so the updates page and feed announce no revision
 * nobody made), no file of the other article changed by a byte, and the CI
 * steps (`CI=true npm run check`, `npm run derive -- --check`) pass. The
 * pull-request summary of each step names what changed as a reviewer needs
 * it: a rename as a rename, a move as a move, a rejected section as such.
 *
 * The second article, tests/fixtures/many-articles/second/seeds/council-rent-cap.txt,
 * is fictional, written for these tests (CC0). Both articles map their
 * sections to themes in their metadata files, so the steps do not depend on
 * how keywords score.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffContent } from '../../src/lib/content-diff/content-diff.ts';
import { diffMarkdown } from '../../src/lib/content-diff/diff-markdown.ts';
import { parseMarkdownFile, parseYamlFile } from '../../src/lib/content-files/frontmatter.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { runCommand, type Command } from '../helpers/commands.ts';
import { tempRoot } from '../helpers/temp-root.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/many-articles');
/** The site's settings: a site of several articles with a Spanish edition. */
const SITE = `name: City news explained
language:
  code: en
  name: English
  dir: ltr
  locale: en-GB
editions:
  - code: es
    name: Español
    dir: ltr
`;
/** A key term and a timeline item the editors write by hand on the second article, in their own words. */
const BY_HAND = {
  'content/terms/rent-board.md': `---
term: rent board
kind: context
source: council-rent-cap
paragraphs:
  - p4
---
The five people the council appoints to hear landlords who ask to raise a rent by more than the cap allows.
`,
  'content/timelines/council-rent-cap/rent-board-appointed.md': `---
date: 2026-05
kind: reporting
source: council-rent-cap
paragraphs:
  - p8
---
The council is due to name the rent board's members.
`,
};
const MAYOR = 'mayor-ends-immigration-enforcement-cooperation';
const TODAY = new Date().toISOString().slice(0, 10);

let root: string;
/** Words editors wrote, each of which must stay in exactly one entry, key term, timeline item or theme. */
const editorsWords: string[] = [];
/** Words translators wrote, each of which must stay in exactly one translation. */
const translatorsWords: string[] = [];
/** Each entry's `updated` date after the last step, by file name (an entry's anchor, the same wherever it moves). */
let updatedDates = new Map<string, string>();
/** The tree before the seed was renamed: the base of the pull request docs/authoring.md shows a review of. */
let beforeRename = new Map<string, string>();

async function run(command: Command, args: string[] = [], env: Record<string, string> = {}) {
  const result = await runCommand(command, args, { cwd: root, env });
  return { status: result.status, stdout: result.stdout.split('\n').filter(Boolean), stderr: result.stderr.split('\n').filter(Boolean) };
}

async function derive(): Promise<string[]> {
  const result = await run('derive');
  expect(result.stderr).toEqual([]);
  expect(result.status).toBe(0);
  return result.stdout;
}

const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const write = (path: string, text: string): void => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const edit = (path: string, change: (text: string) => string): void => write(path, change(read(path)));

function filesUnder(folder: string): string[] {
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.(md|yaml|txt)$/.test(p))
    .map((p) => `${folder}/${p}`)
    .sort();
}

const entryFiles = (): string[] => filesUnder('content/entries');

/** Every file of content/ and seeds/, as `npm run diff` reads a version of them. */
const tree = (): Map<string, string> =>
  new Map([...filesUnder('content'), ...filesUnder('seeds')].filter((p) => !p.includes('/originals/')).map((p) => [p, read(p)]));

/** The pull-request summary of the change from `before` to the tree as it is, line by line. */
const review = (before: Map<string, string>): string[] => diffMarkdown(diffContent(before, tree()), { ref: 'main', base: '/' }).split('\n');

/** A translation of an entry into Spanish, in words of its own, with the English it translates recorded. */
async function translate(entry: string, words: string): Promise<void> {
  const path = entry.replace('content/entries/', 'content/translations/es/entries/');
  const title = JSON.stringify(`Traducción de «${String(entryData(entry)['title'])}»`);
  write(
    path,
    `---\ntranslates: '0000000000000000'\nstatus: draft\ntranslator: Equipo de traducción\ntitle: ${title}\nsummary: ${words}\n---\n${words}\n`,
  );
  const confirmed = await run('translations', ['--confirm', path]);
  expect(confirmed.stderr).toEqual([]);
  translatorsWords.push(words);
}

const updatedOf = (): Map<string, string> =>
  new Map(entryFiles().map((path) => [path.split('/').pop()!, /^updated: (.*)$/m.exec(read(path))?.[1] ?? '']));

function entryData(path: string): Record<string, unknown> {
  return parseMarkdownFile(path, read(path)).data as Record<string, unknown>;
}

/** Every file of one article, byte for byte: its source and the entries that cite it. */
function articleFiles(source: string): Map<string, string> {
  const files = new Map<string, string>([[`content/sources/${source}.yaml`, read(`content/sources/${source}.yaml`)]]);
  for (const path of entryFiles()) if (entryData(path)['source'] === source) files.set(path, read(path));
  return files;
}

/** Lines of derive's output that docs/authoring.md shows as examples, so the guide says what the tool prints. */
function examples(pattern: RegExp): string[] {
  const lines = readFileSync(join(projectRoot, 'docs/authoring.md'), 'utf8').split('\n');
  const found = lines.filter((line) => pattern.test(line));
  expect(found.length).toBeGreaterThan(0);
  return found;
}

/** What must hold after every step; `revised` names the entries an editor changed in it, whose `updated` may move. */
/** The review of a pull request docs/authoring.md shows, under "Reviewing a pull request". */
function reviewExample(): string {
  const guide = readFileSync(join(projectRoot, 'docs/authoring.md'), 'utf8');
  const section = guide.slice(guide.indexOf('### Reviewing a pull request'));
  return /```markdown\n([\s\S]*?)```/.exec(section)![1]!;
}

async function expectInvariants(revised: readonly string[] = []): Promise<void> {
  // No editor's text, correction or translation is lost, nor copied.
  const texts = ['content/entries', 'content/terms', 'content/timelines', 'content/themes'].flatMap(filesUnder).map(read);
  for (const words of editorsWords)
    expect(
      texts.filter((t) => t.includes(words)),
      words,
    ).toHaveLength(1);
  const translations = filesUnder('content/translations/es').map(read);
  for (const words of translatorsWords)
    expect(
      translations.filter((t) => t.includes(words)),
      words,
    ).toHaveLength(1);
  // No revision nobody made: an entry's date moves only when an editor changed it.
  const dates = updatedOf();
  for (const [name, date] of dates)
    if (updatedDates.has(name) && !revised.some((path) => path.endsWith(`/${name}`))) expect(date, name).toBe(updatedDates.get(name));
  updatedDates = dates;
  // No section of a source is published twice.
  const sections = new Map<string, string>();
  for (const path of entryFiles()) {
    const data = entryData(path);
    for (const id of data['paragraphs'] as string[]) {
      const key = `${String(data['source'])}#${id}`;
      expect(sections.get(key), `${key} in ${path}`).toBeUndefined();
      sections.set(key, path);
    }
  }
  // The sections every source assigns to a theme each have their entry.
  for (const name of readdirSync(join(root, 'content/sources'))) {
    const source = parseYamlFile(name, read(`content/sources/${name}`)).data as {
      sections: { theme: string | null; paragraphs: string[] }[];
      retired?: object;
    };
    // A retired source keeps only what editors wrote that cites it.
    if (source.retired) continue;
    for (const section of source.sections.filter((s) => s.theme !== null))
      expect(sections.get(`${name.replace(/\.yaml$/, '')}#${section.paragraphs[0]}`), `${name} ${section.paragraphs[0]}`).toBeDefined();
  }
  // What CI runs passes.
  const check = await run('check', [], { CI: 'true' });
  expect(check.stderr).toEqual([]);
  expect(check.status).toBe(0);
  const stale = await run('derive', ['--check']);
  expect(stale.stdout.filter((l) => !l.startsWith('kept '))).toEqual([expect.stringMatching(/file\(s\) already up to date\.$/)]);
  expect(stale.status).toBe(0);
}

/** What an editor does to a derived entry: writes the body in their own words, and labels it context. */
const withNote = (text: string, note: string): string =>
  `${/^---\n[\s\S]*?\n---\n/.exec(text)![0].replace(/^kind: quote$/m, 'kind: context')}${note}\n`;

describe('a site of several articles, step by step', () => {
  beforeAll(async () => {
    root = tempRoot();
    cpSync(join(FIXTURE, 'first'), root, { recursive: true });
    // A Spanish edition, whose interface is the project's own.
    write('content/site.yaml', SITE);
    write('content/translations/es/interface.yaml', readFileSync(join(projectRoot, 'content/translations/es/interface.yaml'), 'utf8'));
    await derive();
    await translate(
      'content/entries/sanctuary-policy/detention-and-release-policies-under-mamdani.md',
      'El alcalde dice que la ciudad dejará de detener a personas para el control migratorio federal.',
    );
    const entry = 'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md';
    const words = 'Editors’ note: the source names no date for any federal response.';
    edit(entry, (t) => withNote(t, `${words} It calls such a city “a flashpoint for federal-local conflicts”.`));
    editorsWords.push(words);
    // The article uses ICE without defining it: derive proposes the term, and an editor defines and publishes it.
    edit('content/terms/ice.md', (t) =>
      t.replace('status: proposed\n', '').replace(/\n---\n\n?$/, '\n---\nImmigration and Customs Enforcement, the federal agency.\n'),
    );
    await expectInvariants();
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('adds a second article without changing a byte of the first', async () => {
    const first = articleFiles(MAYOR);
    cpSync(join(FIXTURE, 'second'), root, { recursive: true });
    const printed = await derive();
    expect(printed.filter((l) => l.startsWith('created'))).toEqual([
      'created   content/sources/council-rent-cap.yaml',
      'created   content/entries/rent-rules/which-homes-the-cap-covers.md',
      'created   content/entries/rent-rules/how-landlords-can-ask-for-more.md',
      'created   content/entries/rent-reactions/tenant-groups-welcome-the-vote.md',
      'created   content/entries/rent-reactions/property-owners-warn-of-fewer-new-homes.md',
      'created   content/entries/rent-rules/a-legal-challenge-is-expected.md',
      'created   content/entries/rent-rules/what-happens-next.md',
    ]);
    expect(articleFiles(MAYOR)).toEqual(first);
    // Each story has its own questions: the rent article's sections go to its own, in article order.
    expect(entryData('content/entries/rent-rules/a-legal-challenge-is-expected.md')['order']).toBe(3);

    const words = 'An editor adds: the cap was first proposed two years ago.';
    edit('content/entries/rent-rules/how-landlords-can-ask-for-more.md', (t) => withNote(t, words));
    editorsWords.push(words);
    // What else the editors write on the new article: a key term, a timeline item, the theme's answer citing it.
    for (const [path, text] of Object.entries(BY_HAND)) {
      write(path, text);
      editorsWords.push(/\n---\n(.*)\n$/s.exec(text)![1]!);
    }
    edit('content/themes/rent-rules.md', (t) =>
      t.replace('order: 5\n', `order: 5\ncites:\n  - source: council-rent-cap\n    paragraphs: [p1, p4]\n`),
    );
    // …and the Spanish edition translates an entry nobody edited, and one an editor will.
    await translate('content/entries/rent-rules/which-homes-the-cap-covers.md', 'El tope cubre unos 41.000 apartamentos de la ciudad.');
    await translate('content/entries/rent-reactions/tenant-groups-welcome-the-vote.md', 'Los grupos de inquilinos celebran la votación.');
    await expectInvariants();
  });

  it('follows a renamed seed, re-pointing edited and unedited entries, key terms, timeline items and themes, and leaves the other article alone', async () => {
    const first = articleFiles(MAYOR);
    const before = tree();
    beforeRename = before;
    for (const ext of ['txt', 'yaml']) renameSync(join(root, `seeds/council-rent-cap.${ext}`), join(root, `seeds/rent-cap-vote.${ext}`));
    const printed = await derive();
    expect(printed).toEqual([
      'renamed   content/sources/council-rent-cap.yaml → content/sources/rent-cap-vote.yaml (its seed was renamed)',
      're-pointed content/entries/rent-rules/which-homes-the-cap-covers.md (source: council-rent-cap → rent-cap-vote)',
      're-pointed content/entries/rent-reactions/tenant-groups-welcome-the-vote.md (source: council-rent-cap → rent-cap-vote)',
      're-pointed content/entries/rent-reactions/property-owners-warn-of-fewer-new-homes.md (source: council-rent-cap → rent-cap-vote)',
      're-pointed content/entries/rent-rules/a-legal-challenge-is-expected.md (source: council-rent-cap → rent-cap-vote)',
      're-pointed content/entries/rent-rules/what-happens-next.md (source: council-rent-cap → rent-cap-vote)',
      're-pointed content/entries/rent-rules/how-landlords-can-ask-for-more.md (source: council-rent-cap → rent-cap-vote; edited by hand, nothing else changed)',
      're-pointed content/themes/rent-rules.md (source: council-rent-cap → rent-cap-vote; edited by hand, nothing else changed)',
      're-pointed content/terms/rent-board.md (source: council-rent-cap → rent-cap-vote; edited by hand, nothing else changed)',
      're-pointed content/timelines/rent-cap-vote/rent-board-appointed.md (source: council-rent-cap → rent-cap-vote; edited by hand, nothing else changed)',
      'kept      content/entries/federal-conflict/national-immigration-enforcement-conflicts.md (edited by hand; not overwritten, use --force to replace)',
      'kept      content/terms/ice.md (edited by hand; not overwritten, use --force to replace)',
      '7 file(s) already up to date.',
    ]);
    for (const line of examples(/^(renamed|re-pointed) /)) expect(printed).toContain(line);
    expect(existsSync(join(root, 'content/sources/council-rent-cap.yaml'))).toBe(false);
    expect(articleFiles(MAYOR)).toEqual(first);
    expect([...articleFiles('rent-cap-vote').keys()]).toHaveLength(7);
    expect(existsSync(join(root, 'content/timelines/council-rent-cap/rent-board-appointed.md'))).toBe(false);
    // The reviewer sees one rename that everything follows, and no file added or removed.
    const summary = review(before);
    expect(summary[2]).toBe('Sources: 1 renamed. Seeds: 2 renamed.');
    expect(summary).toContain(
      '- Renamed: **Council votes to cap yearly rent increases at 3 percent** (`rent-cap-vote`) from `council-rent-cap`; 6 entries, 1 theme, 1 key term and 1 timeline item follow it',
    );
    await expectInvariants();
  });

  it('removes a section for good with status: rejected, which derive never undoes and no page or feed reports as a revision', async () => {
    const first = articleFiles(MAYOR);
    const entry = 'content/entries/rent-reactions/property-owners-warn-of-fewer-new-homes.md';
    const was = read(entry);
    // Deleting the file is not the way: check says so in one line, and derive would write it again.
    rmSync(join(root, entry));
    const deleted = await run('check', [], { CI: 'true' });
    expect(deleted.status).toBe(1);
    expect(deleted.stderr).toEqual([...examples(/^content\/sources\/rent-cap-vote\.yaml:\d+: sections\[/), '1 problem(s) in content/.']);
    expect((await run('derive', ['--check'])).status).toBe(1);
    write(entry, was);

    const before = tree();
    edit(entry, (t) => t.replace(/^---\n/, '---\nstatus: rejected\n'));
    const printed = await derive();
    const kept = `kept      ${entry} (status: rejected: its section stays off the site, and derive never writes it again)`;
    expect(printed).toContain(kept);
    expect(examples(/^kept .*status: rejected: its section/)).toEqual([kept]);
    expect(read(entry)).toMatch(/^---\nstatus: rejected\n/);
    expect(review(before)).toContain(
      '- Changed: **Property owners warn of fewer new homes** (`property-owners-warn-of-fewer-new-homes`): status published → rejected',
    );
    expect(articleFiles(MAYOR)).toEqual(first);
    await expectInvariants();
    // Even a forced derive would leave it as it is (asked with --check, which writes nothing: --force would replace the editors' files).
    const forced = await run('derive', ['--check', '--force']);
    expect(forced.stdout).toContain(kept);
    expect(forced.stdout.filter((l) => l.includes(entry))).toEqual([kept]);

    // The pull request so far (the rename, this section, and a key term reworded) as docs/authoring.md shows its review.
    const words = 'The five people the council appoints to decide';
    edit('content/terms/rent-board.md', (t) => t.replace('The five people the council appoints to hear', words));
    editorsWords.splice(
      editorsWords.findIndex((w) => w.startsWith('The five people')),
      1,
      words,
    );
    expect(review(beforeRename).join('\n')).toBe(reviewExample());
    await expectInvariants();
  });

  it('never derives again an entry an editor moved to another theme', async () => {
    const first = articleFiles(MAYOR);
    const from = 'content/entries/rent-rules/what-happens-next.md';
    const to = 'content/entries/rent-reactions/what-happens-next.md';
    renameSync(join(root, from), join(root, to));
    edit(to, (t) => t.replace('theme: rent-rules', 'theme: rent-reactions'));
    const printed = await derive();
    expect(printed.filter((l) => !l.startsWith('kept'))).toEqual([
      'updated   content/sources/rent-cap-vote.yaml',
      '10 file(s) already up to date.',
    ]);
    expect(existsSync(join(root, from))).toBe(false);
    expect(read('content/sources/rent-cap-vote.yaml')).toContain('  - heading: What Happens Next\n    theme: rent-reactions\n');
    expect(articleFiles(MAYOR)).toEqual(first);
    await expectInvariants();
  });

  it('moves an entry nobody edited with its translation when its section goes to another theme, and back', async () => {
    const first = articleFiles(MAYOR);
    const meta = 'seeds/rent-cap-vote.yaml';
    const [rules, reactions] = ['rent-rules', 'rent-reactions'].map((theme) => `${theme}/which-homes-the-cap-covers.md`) as [
      string,
      string,
    ];
    for (const [from, to] of [
      [rules, reactions],
      [reactions, rules],
    ] as const) {
      edit(meta, (t) => t.replace(`Which Homes the Cap Covers: ${from.split('/')[0]}`, `Which Homes the Cap Covers: ${to.split('/')[0]}`));
      const printed = await derive();
      expect(printed.filter((l) => l.startsWith('moved'))).toEqual([
        `moved     content/entries/${from} → content/entries/${to} (its section now goes to another theme)`,
        `moved     content/translations/es/entries/${from} → content/translations/es/entries/${to} (its section now goes to another theme)`,
      ]);
      expect(existsSync(join(root, `content/translations/es/entries/${from}`))).toBe(false);
      expect(articleFiles(MAYOR)).toEqual(first);
      await expectInvariants();
    }
  });

  it('says in one line to run derive when a source file is deleted, and derive restores it as it was', async () => {
    const first = articleFiles(MAYOR);
    const source = 'content/sources/rent-cap-vote.yaml';
    const was = read(source);
    rmSync(join(root, source));
    const check = await run('check', [], { CI: 'true' });
    expect(check.stderr).toEqual([
      'content/sources/rent-cap-vote.yaml: expected the source derived from seeds/rent-cap-vote.txt, which 6 entries cite, found no file; run "npm run derive"',
      '1 problem(s) in content/.',
    ]);
    expect(check.status).toBe(1);
    expect(await derive()).toContain('created   content/sources/rent-cap-vote.yaml');
    expect(read(source)).toBe(was);
    expect(articleFiles(MAYOR)).toEqual(first);
    await expectInvariants();
  });

  it('after a cited paragraph changes, confirm refuses a stale quotation and then leaves CI green', async () => {
    const second = articleFiles('rent-cap-vote');
    const entry = 'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md';
    edit(`seeds/${MAYOR}.txt`, (t) => t.replace('promised aggressive deportation', 'promised deportation'));
    expect(await derive()).toContain(`updated   content/sources/${MAYOR}.yaml`);
    const stale = await run('check', [], { CI: 'true' });
    expect(stale.status).toBe(1);
    expect(stale.stderr[0]).toMatch(new RegExp(`^${entry}:\\d+: cited\\.p4: stale: .*run "npm run confirm -- ${entry}"$`));

    const quote = 'It reports that the administration “promised aggressive deportation operations”.';
    edit(entry, (t) => `${t}\n${quote}\n`);
    const refused = await run('confirm', [entry]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${entry}:\\d+: not confirmed: quote not found in ${MAYOR} p4: "promised aggressive deportation operations"; closest passage: `,
        ),
      ),
    ]);
    edit(entry, (t) => t.replace(`\n${quote}\n`, ''));
    const confirmed = await run('confirm', [entry]);
    expect(confirmed.stdout).toEqual([
      `confirmed ${entry}: p4`,
      `updated   content/sources/${MAYOR}.yaml (no entry cites the earlier text of a changed paragraph any more)`,
    ]);
    expect(articleFiles('rent-cap-vote')).toEqual(second);
    await expectInvariants();
  });

  it('keeps a correction an editor added through the next derive', async () => {
    const first = articleFiles(MAYOR);
    const entry = 'content/entries/rent-reactions/tenant-groups-welcome-the-vote.md';
    const correction = { wrong: 'The organisers collected 1,200 signatures.', right: 'They collected more than 12,000.' };
    edit(entry, (t) =>
      t
        .replace('corrections: []', `corrections:\n  - date: ${TODAY}\n    wrong: ${correction.wrong}\n    right: ${correction.right}`)
        .replace(/^updated: .*$/m, `updated: ${TODAY}`),
    );
    editorsWords.push(correction.wrong, correction.right);
    expect(await derive()).toContain(`kept      ${entry} (edited by hand; not overwritten, use --force to replace)`);
    expect(articleFiles(MAYOR)).toEqual(first);
    // The Spanish translation is now behind the English: a warning, never an error, until the translator catches up.
    const translation = entry.replace('content/entries/', 'content/translations/es/entries/');
    const behind = await run('check', [], { CI: 'true' });
    expect(behind.status).toBe(0);
    expect(behind.stderr).toEqual([expect.stringMatching(new RegExp(`^warning: ${translation}:\\d+: translates: stale: `))]);
    expect((await run('translations', ['--confirm', translation])).status).toBe(0);
    await expectInvariants([entry]);
  });

  it('retires an article: removes what nobody edited, keeps what editors wrote and says what to do; restoring the seed brings it back', async () => {
    const first = articleFiles(MAYOR);
    const seeds = ['txt', 'yaml'].map((ext) => [`seeds/rent-cap-vote.${ext}`, read(`seeds/rent-cap-vote.${ext}`)] as const);
    const before = tree();
    for (const [path] of seeds) rmSync(join(root, path));
    const printed = await derive();
    expect(printed.filter((l) => l.startsWith('removed'))).toEqual([
      'removed   content/entries/rent-rules/a-legal-challenge-is-expected.md',
    ]);
    const gone = (why: string, off = '') =>
      `(${why}, and seeds/rent-cap-vote.txt is gone: it keeps citing the retired source; to take it off the site, add "status: rejected"${off}, or point "source:" and "paragraphs:" at another article and confirm it)`;
    const kept = [
      ...[
        'entries/rent-reactions/tenant-groups-welcome-the-vote',
        'entries/rent-reactions/what-happens-next',
        'entries/rent-rules/how-landlords-can-ask-for-more',
      ].map((file) => `kept      content/${file}.md ${gone('edited by hand')}`),
      // Nobody edited it, but it has a Spanish translation: a translator's text is not derive's to lose.
      `kept      content/entries/rent-rules/which-homes-the-cap-covers.md ${gone('translated (content/translations/es/entries/rent-rules/which-homes-the-cap-covers.md)', ' (its translations go with it)')}`,
      `kept      content/terms/rent-board.md ${gone('written by hand')}`,
      `kept      content/timelines/rent-cap-vote/rent-board-appointed.md ${gone('written by hand')}`,
      'kept      content/entries/rent-reactions/property-owners-warn-of-fewer-new-homes.md (status: rejected, and seeds/rent-cap-vote.txt is gone: no page shows it; delete it when you like)',
    ];
    for (const line of kept) expect(printed).toContain(line);
    expect(printed).toContain(
      'retired   content/sources/rent-cap-vote.yaml (seeds/rent-cap-vote.txt is gone, but 6 files an editor wrote and the theme rent-rules (under cites) still cite it: it stays, marked retired, so no page shows it as a story, until nothing does)',
    );
    expect(read('content/sources/rent-cap-vote.yaml')).toContain(`retired:\n  date: ${TODAY}\n`);
    const summary = review(before);
    expect(summary).toContain('- Retired: **Council votes to cap yearly rent increases at 3 percent** (`rent-cap-vote`): fields retired');
    expect(summary).toContain('- Removed: **A legal challenge is expected** (`a-legal-challenge-is-expected`)');
    for (const line of examples(/^(removed|kept|retired) .*rent-cap-vote/)) expect(printed).toContain(line);
    expect(articleFiles(MAYOR)).toEqual(first);
    // The editors' entries stay on the site, citing the retired source: CI passes as it is.
    await expectInvariants();
    expect((await derive()).filter((l) => !/^kept |already up to date/.test(l))).toEqual([]);

    for (const [path, text] of seeds) write(path, text);
    const restored = await derive();
    // What derive removed comes back; the rejected section stays off the site.
    expect(restored.filter((l) => l.startsWith('created'))).toEqual([
      'created   content/entries/rent-rules/a-legal-challenge-is-expected.md',
    ]);
    expect(restored).toContain('updated   content/sources/rent-cap-vote.yaml');
    expect(read('content/sources/rent-cap-vote.yaml')).not.toContain('retired:');
    expect(articleFiles(MAYOR)).toEqual(first);
    await expectInvariants();
  });
});
