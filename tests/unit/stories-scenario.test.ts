/**
 * A newsroom's stories through the commands' own mains, on a copy of the
 * project's site (one story, in English and Spanish): an unrelated article
 * is added (a new, proposed story; nothing filed under the first story's
 * questions; no file of the first story changes), a follow-up on the new
 * story joins it, the editors confirm the new story, an article is saved
 * again as a newer version under a new file name (it takes over the old
 * entries, edits kept, nothing published twice), and the front page's order
 * changes without touching the Spanish home's translation. After each step,
 * `npm run check` and `npm run derive -- --check` pass, and `CI=true npm run
 * check` passes once no draft is left.
 *
 * The articles are public-domain federal texts from
 * tests/fixtures/story-pairs/articles/ and tests/fixtures/versions/ (see
 * their README files).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownFile, parseYamlFile } from '../../src/lib/content-files/frontmatter.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { runCommand, type Command } from '../helpers/commands.ts';
import { confirmDrafts } from '../helpers/drafts.ts';

const ARTICLES = join(projectRoot, 'tests/fixtures/story-pairs/articles');
const VERSIONS = join(projectRoot, 'tests/fixtures/versions/onrr-aml-reclamation');
const FIRST = 'mayor-ice-pledge';
const NEW = 'gao-transparency-testimony';
const FOLLOW_UP = 'gao-program-inventory';

let root: string;
/** Every line derive printed in the scenario, to hold the authoring guide's examples to. */
const printed: string[] = [];

async function run(command: Command, args: string[] = [], env: Record<string, string> = {}) {
  const result = await runCommand(command, args, { cwd: root, env });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** derive, which must succeed; what it printed. */
async function derive(): Promise<string> {
  const { status, out, err } = await run('derive');
  expect(err).toBe('');
  expect(status).toBe(0);
  printed.push(...out.split('\n'));
  return out;
}

/** The steps CI runs: check (strict, or as a maintainer runs it) and derive --check. */
async function ciSteps({ strict = true } = {}): Promise<string> {
  const checked = await run('check', [], strict ? { CI: 'true' } : {});
  // A maintainer's check lists the drafts as warnings; CI's has nothing to say.
  expect(checked.err.split('\n').filter((line) => line && (strict || !line.startsWith('warning: ')))).toEqual([]);
  expect(checked.status).toBe(0);
  expect((await run('derive', ['--check'])).status).toBe(0);
  return checked.out;
}

const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const write = (path: string, text: string): void => writeFileSync(join(root, path), text);
const edit = (path: string, change: (text: string) => string): void => write(path, change(read(path)));
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.(md|ya?ml|txt)$/.test(p))
    .map((p) => `${dir}/${p}`)
    .sort();
const frontmatter = (path: string) => parseMarkdownFile(path, read(path)).data as Record<string, unknown>;
const yaml = (path: string) => parseYamlFile(path, read(path)).data as Record<string, unknown>;

/** Every file under content/, byte for byte, but derive's manifest. */
function snapshot(): Map<string, string> {
  return new Map(files('content').map((path) => [path, read(path)]));
}

/** A seed and its metadata from a fixture article: its facts as its source.json records them. */
function addArticle(slug: string, text: string, extra: Record<string, string> = {}, source = slug): void {
  const facts = JSON.parse(readFileSync(join(ARTICLES, source, 'source.json'), 'utf8')) as Record<string, string>;
  write(`seeds/${slug}.txt`, text);
  const meta = { publisher: facts['publisher'], published: facts['published'], url: facts['url'], licence: facts['licence'], ...extra };
  write(
    `seeds/${slug}.yaml`,
    Object.entries(meta)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}\n`)
      .join(''),
  );
}
const articleText = (slug: string) => readFileSync(join(ARTICLES, slug, 'seed.txt'), 'utf8');

/** The entries citing a source, by path. */
const entriesOf = (source: string): string[] => files('content/entries').filter((path) => frontmatter(path)['source'] === source);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'explainer-stories-'));
  for (const folder of ['content', 'seeds']) cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
});

describe('a newsroom of stories, step by step', () => {
  let before: Map<string, string>;

  it('starts as a site of one story that passes every CI step', async () => {
    expect(files('content/stories')).toEqual([`content/stories/${FIRST}.md`]);
    await derive();
    const checked = await ciSteps();
    expect(checked).toContain('content ok: 1 stories,');
    before = snapshot();
  });

  it('files an unrelated article as a new, proposed story, and changes no file of the first', async () => {
    addArticle(NEW, articleText(NEW));
    const out = await derive();
    expect(out).toMatch(
      new RegExp(
        `story {5}seeds/${NEW}\\.txt: a new story, content/stories/${NEW}\\.md: it fits no story here \\(closest: ${FIRST}, likeness 0\\.\\d\\d, below 0\\.332\\)`,
      ),
    );
    expect(out).toContain(`proposed  content/stories/${NEW}.md (a draft story`);
    expect(frontmatter(`content/stories/${NEW}.md`)['status']).toBe('proposed');
    expect(yaml(`content/sources/${NEW}.yaml`)['story']).toBe(NEW);
    // Nothing of it went under the first story's questions.
    const firstThemes = new Set(files('content/themes').filter((p) => frontmatter(p)['story'] === FIRST));
    for (const entry of entriesOf(NEW)) {
      const theme = `content/themes/${String(frontmatter(entry)['theme'])}.md`;
      expect(firstThemes.has(theme)).toBe(false);
      expect(frontmatter(theme)['story']).toBe(NEW);
    }
    const after = snapshot();
    for (const [path, text] of before) expect(after.get(path), path).toBe(text);
    // A draft story is refused by CI, as a draft theme is; a maintainer's check and derive --check pass.
    const strict = await run('check', [], { CI: 'true' });
    expect(strict.status).toBe(1);
    expect(strict.err).toContain(`content/stories/${NEW}.md:`);
    expect(strict.err).toContain(`proposed story "${NEW}" is a draft`);
    expect(strict.err).not.toContain('content/translations/');
    await ciSteps({ strict: false });
  });

  it('joins a follow-up to the story it fits, under that story’s questions only', async () => {
    addArticle(FOLLOW_UP, articleText(FOLLOW_UP));
    const out = await derive();
    expect(out).toMatch(
      new RegExp(`seeds/${FOLLOW_UP}\\.txt: a follow-up of the story "${NEW}" \\(likeness 0\\.\\d\\d; 0\\.332 or more joins a story`),
    );
    expect(yaml(`content/sources/${FOLLOW_UP}.yaml`)).toMatchObject({ story: NEW, follows: true });
    expect(files('content/stories')).toHaveLength(2);
    for (const entry of entriesOf(FOLLOW_UP))
      expect(frontmatter(`content/themes/${String(frontmatter(entry)['theme'])}.md`)['story']).toBe(NEW);
    const explained = await run('derive', ['--explain']);
    expect(explained.out).toContain(`seeds/${FOLLOW_UP}.txt\n  story: ${NEW} (as its source records)`);
    await ciSteps({ strict: false });
  });

  it('passes CI once the editors have written the new story’s words', async () => {
    confirmDrafts(root);
    const checked = await ciSteps();
    expect(checked).toContain('content ok: 2 stories,');
  });

  it('takes a newer version of an article, saved under a new name, as the next version: the old entries, edits kept, nothing twice', async () => {
    const url = 'https://revenuedata.doi.gov/how-it-works/aml-reclamation-program/';
    addArticle(
      'aml-reclamation',
      readFileSync(join(VERSIONS, 'v1.txt'), 'utf8'),
      { story: 'aml-reclamation', url },
      'onrr-aml-reclamation',
    );
    await derive();
    confirmDrafts(root);
    await ciSteps();
    const entries = entriesOf('aml-reclamation');
    expect(entries.length).toBeGreaterThan(0);
    const edited = entries.find((path) => !/the-fund-today/.test(path))!;
    edit(edited, (text) => text.replace(/^summary: .*$/m, 'summary: In the editors’ words.'));

    addArticle('aml-reclamation-update', readFileSync(join(VERSIONS, 'v2.txt'), 'utf8'), { url }, 'onrr-aml-reclamation');
    const out = await derive();
    expect(out).toContain(
      'story     seeds/aml-reclamation-update.txt: the newer version of content/sources/aml-reclamation.yaml, in the story "aml-reclamation"',
    );
    expect(out).toContain('retired   content/sources/aml-reclamation.yaml → content/sources/aml-reclamation-update.yaml');
    expect(out).toContain(`re-pointed ${edited} (source: aml-reclamation → aml-reclamation-update; edited by hand, nothing else changed)`);
    // The same entries, each once, now citing the newer version; the editors' words kept.
    expect(entriesOf('aml-reclamation')).toEqual([]);
    expect(entriesOf('aml-reclamation-update')).toEqual(entries);
    expect(frontmatter(edited)['summary']).toBe('In the editors’ words.');
    expect(yaml('content/sources/aml-reclamation.yaml')['retired']).toEqual({
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      replacedBy: 'aml-reclamation-update',
    });
    expect(yaml('content/sources/aml-reclamation-update.yaml')['story']).toBe('aml-reclamation');
    confirmDrafts(root);
    const checked = await ciSteps();
    expect(checked).toContain('content ok: 3 stories,');
    // The older seed stays where the editors left it; derive leaves its retired source as it is.
    expect(await derive()).not.toContain('aml-reclamation.yaml');
  });

  it('prints what the authoring guide’s "Stories" says it prints', () => {
    const guide = readFileSync(join(projectRoot, 'docs/authoring.md'), 'utf8');
    const section = guide.slice(guide.indexOf('### Stories'), guide.indexOf('### Adding an article'));
    const examples = section.split('\n').filter((line) => /^(story {5}|retired {3}|proposed {2}content\/stories\/)/.test(line));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const line of examples) expect(printed).toContain(line);
  });

  it('shows the first story’s Spanish home translation still, whatever the front page leads with', async () => {
    const translation = 'content/translations/es/stories/mayor-ice-pledge.md';
    expect(read(translation)).toBe(before.get(translation));
    edit('content/site.yaml', (text) => `${text}lead: ${NEW}\n`);
    const { status, out, err } = await run('check', [], { CI: 'true' });
    expect(err).toBe('');
    expect(status).toBe(0);
    expect(out).not.toContain('translations');
  });
});

describe('a follow-up whose sections fit its story’s questions only weakly', () => {
  it('is reported section by section, with the runner-up, and --explain shows why', async () => {
    root = mkdtempSync(join(tmpdir(), 'explainer-weak-'));
    const first = join(ARTICLES, 'tts-hiring-process');
    cpSync(join(first, 'themes'), join(root, 'content/themes'), { recursive: true });
    cpSync(join(first, 'seed.txt'), join(root, 'seeds/tts-hiring-process.txt'));
    await derive();
    addArticle('tts-hiring-faq', articleText('tts-hiring-faq'));
    const out = await derive();
    expect(out).toContain('story     seeds/tts-hiring-faq.txt: a follow-up of the story "tts-hiring-process"');
    expect(out).toMatch(
      /^weak {6}seeds\/tts-hiring-faq\.txt: "What is planned for my first day of employment\?" placed in [a-z-]+, which it fits weakly \(likeness 0\.\d\d\); runner-up [a-z-]+, 0\.\d\d: map it under "themes:", or give it a question of its own with --propose \(see --explain\)$/m,
    );
    const explained = (await run('derive', ['--explain'])).out;
    expect(explained).toContain('seeds/tts-hiring-faq.txt\n  story: tts-hiring-process (as its source records)');
  });
});
