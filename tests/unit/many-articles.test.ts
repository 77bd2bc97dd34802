/**
 * A site of two articles through a maintainer's year, driving the commands'
 * own mains on one data root: add a second article, rename its seed (with edited and
 * unedited entries), move an entry by hand, delete and restore a source
 * file, change a cited paragraph and confirm, add a correction. After every
 * step: no editor's text or correction is lost, no section is published
 * twice, no file of the other article changed by a byte, and the CI steps
 * (`CI=true npm run check`, `npm run derive -- --check`) pass.
 *
 * The second article, tests/fixtures/many-articles/second/seeds/council-rent-cap.txt,
 * is fictional, written for these tests (CC0). Both articles map their
 * sections to themes in their metadata files, so the steps do not depend on
 * how keywords score.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownFile, parseYamlFile } from '../../src/lib/content-files/frontmatter.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { runCommand, type Command } from '../helpers/commands.ts';
import { tempRoot } from '../helpers/temp-root.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/many-articles');
const MAYOR = 'mayor-ends-immigration-enforcement-cooperation';
const TODAY = new Date().toISOString().slice(0, 10);

let root: string;
/** Words editors wrote, each of which must stay in exactly one entry. */
const editorsWords: string[] = [];

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
const write = (path: string, text: string): void => writeFileSync(join(root, path), text);
const edit = (path: string, change: (text: string) => string): void => write(path, change(read(path)));

function entryFiles(): string[] {
  return readdirSync(join(root, 'content/entries'), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.md'))
    .map((p) => `content/entries/${p}`)
    .sort();
}

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

async function expectInvariants(): Promise<void> {
  // No editor's text or correction is lost, nor copied.
  const texts = entryFiles().map(read);
  for (const words of editorsWords)
    expect(
      texts.filter((t) => t.includes(words)),
      words,
    ).toHaveLength(1);
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
    };
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
    await derive();
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
    await expectInvariants();
  });

  it('follows a renamed seed, re-pointing edited and unedited entries, and leaves the other article alone', async () => {
    const first = articleFiles(MAYOR);
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
      'kept      content/entries/federal-conflict/national-immigration-enforcement-conflicts.md (edited by hand; not overwritten, use --force to replace)',
      'kept      content/terms/ice.md (edited by hand; not overwritten, use --force to replace)',
      '7 file(s) already up to date.',
    ]);
    for (const line of examples(/^(renamed|re-pointed) /)) expect(printed).toContain(line);
    expect(existsSync(join(root, 'content/sources/council-rent-cap.yaml'))).toBe(false);
    expect(articleFiles(MAYOR)).toEqual(first);
    expect([...articleFiles('rent-cap-vote').keys()]).toHaveLength(7);
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
      '11 file(s) already up to date.',
    ]);
    expect(existsSync(join(root, from))).toBe(false);
    expect(read('content/sources/rent-cap-vote.yaml')).toContain('  - heading: What Happens Next\n    theme: rent-reactions\n');
    expect(articleFiles(MAYOR)).toEqual(first);
    await expectInvariants();
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
    await expectInvariants();
  });

  it('retires an article: removes what nobody edited, keeps what editors wrote and says what to do; restoring the seed brings it back', async () => {
    const first = articleFiles(MAYOR);
    const seeds = ['txt', 'yaml'].map((ext) => [`seeds/rent-cap-vote.${ext}`, read(`seeds/rent-cap-vote.${ext}`)] as const);
    for (const [path] of seeds) rmSync(join(root, path));
    const printed = await derive();
    expect(printed.filter((l) => l.startsWith('removed'))).toEqual([
      'removed   content/entries/rent-reactions/property-owners-warn-of-fewer-new-homes.md',
      'removed   content/entries/rent-rules/a-legal-challenge-is-expected.md',
      'removed   content/entries/rent-rules/which-homes-the-cap-covers.md',
    ]);
    const gone =
      '(edited by hand, and seeds/rent-cap-vote.txt is gone: point "source:" and "paragraphs:" at another article and confirm it, or restore the seed)';
    for (const entry of [
      'rent-reactions/tenant-groups-welcome-the-vote',
      'rent-reactions/what-happens-next',
      'rent-rules/how-landlords-can-ask-for-more',
    ])
      expect(printed).toContain(`kept      content/entries/${entry}.md ${gone}`);
    expect(printed).toContain(
      'kept      content/sources/rent-cap-vote.yaml (seeds/rent-cap-vote.txt is gone, but 3 entries still cite it: point them at another article, or restore the seed)',
    );
    for (const line of examples(/^(removed|kept) .*rent-cap-vote/)) expect(printed).toContain(line);
    for (const words of editorsWords)
      expect(
        entryFiles()
          .map(read)
          .filter((t) => t.includes(words)),
        words,
      ).toHaveLength(1);
    const check = await run('check');
    expect(check.stderr).toEqual([
      expect.stringMatching(
        /^content\/sources\/rent-cap-vote\.yaml:\d+: derived\.from: expected the seed seeds\/rent-cap-vote\.txt, found it gone; restore it, or run "npm run derive"/,
      ),
      '1 problem(s) in content/.',
    ]);
    expect(articleFiles(MAYOR)).toEqual(first);

    for (const [path, text] of seeds) write(path, text);
    expect((await derive()).filter((l) => l.startsWith('created'))).toHaveLength(3);
    expect(articleFiles(MAYOR)).toEqual(first);
    await expectInvariants();
  });
});
