/**
 * The pull-request summary (`npm run diff`) on two in-memory versions of the
 * project's own content: what readers see beyond entries (stories, key terms,
 * timeline items, translations and their status, the site's settings), the
 * English and Spanish pages each change touches, renames and moves shown as
 * such, and derive's bookkeeping left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffContent } from '../../src/lib/content-diff/content-diff.ts';
import { diffMarkdown } from '../../src/lib/content-diff/diff-markdown.ts';
import { projectRoot } from '../helpers/build-site.ts';

const SOURCE = 'mayor-ends-immigration-enforcement-cooperation';
const MOVED = 'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md';
const REJECTED = 'content/entries/coalition-cities/integration-with-broader-social-justice-agenda.md';
const TRANSLATION = 'content/translations/es/entries/coalition-cities/coalition-building-among-progressive-cities.md';
const ITEM = `content/timelines/${SOURCE}/2026-01-01-pledge.md`;
const ITEM_TEXT = `---\ndate: 2026-01-01\nsource: ${SOURCE}\nparagraphs:\n  - p2\nstatus: proposed\n---\nThe mayor takes office and repeats the pledge to end cooperation with ICE.\n`;

let files: Map<string, string>;

beforeAll(() => {
  files = new Map();
  for (const dir of ['content', 'seeds'])
    for (const path of readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' }))
      if (/\.(md|yaml|txt)$/.test(path) && !path.startsWith('translations/originals/'))
        files.set(`${dir}/${path}`, readFileSync(join(projectRoot, dir, path), 'utf8'));
});

/** The summary of going from `before` to `after`, each a copy of the project's content changed by the function given. */
function summary(change: (after: Map<string, string>) => void, prepare: (before: Map<string, string>) => void = () => {}): string[] {
  const before = new Map(files);
  prepare(before);
  const after = new Map(before);
  change(after);
  return diffMarkdown(diffContent(before, after), { ref: 'main', base: '/pr-42/' }).split('\n');
}

function edit(map: Map<string, string>, path: string, from: string | RegExp, to: string): void {
  const text = map.get(path)!;
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit changed nothing in ${path}`);
  map.set(path, changed);
}

/** The lines of one `### heading` section, up to the next heading of the same level. */
function section(lines: string[], heading: string): string[] {
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && /^### /.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter(Boolean);
}

describe('npm run diff covers what readers see', () => {
  it('a confirmed key term, a new timeline item, a reviewed translation and a site setting, with their English and Spanish pages', () => {
    const lines = summary(
      (after) => {
        edit(after, 'content/terms/aclu.md', 'status: proposed\n', '');
        after.set(ITEM, ITEM_TEXT);
        edit(after, TRANSLATION, 'status: machine', 'status: reviewed');
        edit(after, 'content/site.yaml', /^name: .*$/m, 'name: City news explained');
      },
      (before) => edit(before, 'content/terms/aclu.md', 'term: ACLU\n', 'term: ACLU\nstatus: proposed\n'),
    );
    expect(lines[2]).toBe('Key terms: 1 changed. Timeline items: 1 added. Translations: 1 changed. Site settings: 1 changed.');
    expect(section(lines, '### Key terms')).toEqual(['- Changed: **ACLU** (`aclu`): status proposed → published']);
    expect(section(lines, '### Timeline items')).toEqual([
      `- Added: **2026-01-01: The mayor takes office and repeats the pledge …** (\`${SOURCE}/2026-01-01-pledge\`) (proposed)`,
    ]);
    expect(section(lines, '### Translations (`es`)')).toEqual([
      '- Changed: **La formación de una coalición entre ciudades progresistas** (`coalition-building-among-progressive-cities`) (reviewed) at `es/entries/coalition-cities/coalition-building-among-progressive-cities`: status machine → reviewed',
    ]);
    expect(section(lines, '### Site settings')).toEqual(['- Changed in `content/site.yaml`: name']);
    // The site's name is on every page's header: the home page stands for them; the item is on the
    // timeline and on the theme whose entry cites its paragraph; the translation only in its edition.
    expect(section(lines, '### Pages to review')).toEqual([
      '- `/pr-42/`',
      '- `/pr-42/terms/#aclu`',
      '- `/pr-42/themes/sanctuary-policy/`',
      `- \`/pr-42/timeline/#${SOURCE}--2026-01-01-pledge\``,
      '#### Español (`es`)',
      '- `/pr-42/es/`',
      '- `/pr-42/es/terms/#aclu`',
      '- `/pr-42/es/themes/coalition-cities/#coalition-building-among-progressive-cities`',
      '- `/pr-42/es/themes/sanctuary-policy/`',
      `- \`/pr-42/es/timeline/#${SOURCE}--2026-01-01-pledge\``,
    ]);
  });

  it('a story: its standfirst edited on a site of one story, then a second story added, with the homes each touches', () => {
    const story = 'content/stories/mayor-ice-pledge.md';
    const one = summary((after) => edit(after, story, 'It is a pledge;', 'It is only a pledge;'));
    expect(one[2]).toBe('Stories: 1 changed.');
    expect(section(one, '### Stories')).toEqual([
      '- Changed: **New York City’s mayor pledges to end ICE cooperation** (`mayor-ice-pledge`): fields standfirst',
    ]);
    // On a site of one story its home is the site's home, in English and in Spanish.
    expect(section(one, '### Pages to review')).toEqual(['- `/pr-42/`', '#### Español (`es`)', '- `/pr-42/es/`']);

    const two = summary((after) =>
      after.set('content/stories/rent-cap.md', '---\nheadline: The council caps rents\nstandfirst: The council voted a cap.\n---\n'),
    );
    expect(section(two, '### Stories')).toEqual(['- Added: **The council caps rents** (`rent-cap`)']);
    // With several stories the front page lists them, and each has a home of its own.
    expect(section(two, '### Pages to review')).toEqual([
      '- `/pr-42/`',
      '- `/pr-42/stories/rent-cap/`',
      '#### Español (`es`)',
      '- `/pr-42/es/`',
      '- `/pr-42/es/stories/rent-cap/`',
    ]);
  });

  it('a key term whose definition changed: the theme pages that mark it', () => {
    const lines = summary((after) => edit(after, 'content/terms/ice.md', 'The federal agency', 'The federal police agency'));
    expect(section(lines, '### Key terms')).toEqual(['- Changed: **ICE** (`ice`): body +1 −0 words']);
    const pages = section(lines, '### Pages to review');
    expect(pages).toContain('- `/pr-42/terms/#ice`');
    expect(pages.filter((p) => p.startsWith('- `/pr-42/themes/')).length).toBeGreaterThan(0);
    expect(pages).toContain('- `/pr-42/es/terms/#ice`');
  });

  it('a key term and a timeline item on a site of several stories: their story’s own pages too, for a term resting on a source or naming its story', () => {
    const lines = summary(
      (after) => {
        edit(after, 'content/terms/ice.md', 'The federal agency', 'The federal police agency');
        edit(after, 'content/terms/deportation.md', 'Sending a person', 'Sending someone');
        edit(after, 'content/terms/aclu.md', 'A national nonprofit', 'A national non-profit');
        edit(after, 'content/terms/aclu.md', 'kind: context', 'story: mayor-ice-pledge\nkind: context');
        after.set(ITEM, ITEM_TEXT);
      },
      (before) => before.set('content/stories/rent-cap.md', '---\nheadline: The council caps rents\n---\n'),
    );
    const pages = section(lines, '### Pages to review');
    for (const prefix of ['', 'es/'])
      for (const page of [
        `terms/#ice`,
        `stories/mayor-ice-pledge/terms/#ice`,
        `terms/#deportation`,
        `terms/#aclu`,
        `stories/mayor-ice-pledge/terms/#aclu`,
        `timeline/#${SOURCE}--2026-01-01-pledge`,
        `stories/mayor-ice-pledge/timeline/#${SOURCE}--2026-01-01-pledge`,
      ])
        expect(pages).toContain(`- \`/pr-42/${prefix}${page}\``);
    // A term resting on no source and naming no story belongs to none: it is on the site-wide page only.
    expect(pages.some((p) => p.includes('/terms/#deportation') && p.includes('stories/'))).toBe(false);
  });

  it('an entry moved to another theme, as one move and not a removal and an addition', () => {
    const lines = summary((after) => {
      const to = MOVED.replace('federal-conflict', 'implementation-limits');
      after.set(to, after.get(MOVED)!.replace('theme: federal-conflict', 'theme: implementation-limits').replace('order: 1', 'order: 2'));
      after.delete(MOVED);
    });
    expect(lines[2]).toBe('Entries: 1 moved.');
    expect(section(lines, '### Entries')).toEqual([
      '#### Implementation limits (`implementation-limits`)',
      '- Moved here from `federal-conflict`: **National immigration enforcement conflicts** (`national-immigration-enforcement-conflicts`): fields order',
    ]);
    const pages = section(lines, '### Pages to review');
    expect(pages).toContain('- `/pr-42/themes/federal-conflict/`');
    expect(pages).toContain('- `/pr-42/themes/implementation-limits/#national-immigration-enforcement-conflicts`');
    expect(pages).toContain('- `/pr-42/es/themes/implementation-limits/#national-immigration-enforcement-conflicts`');
  });

  it('a renamed seed, as one rename that everything citing it follows, timeline items in their new folder included', () => {
    const lines = summary(
      (after) => {
        for (const [path, text] of [...after]) {
          if (!path.includes(SOURCE) && !text.includes(`source: ${SOURCE}`)) continue;
          after.delete(path);
          after.set(path.replace(SOURCE, 'mayor-pledge'), path.startsWith('seeds/') ? text : text.replaceAll(SOURCE, 'mayor-pledge'));
        }
      },
      (before) => before.set(ITEM, ITEM_TEXT),
    );
    expect(lines[2]).toBe('Sources: 1 renamed. Seeds: 2 renamed.');
    expect(section(lines, '### Sources')).toEqual([
      '- Renamed: **Mayor commits to ending federal immigration enforcement cooperation and detention** (`mayor-pledge`) from `mayor-ends-immigration-enforcement-cooperation`; 7 entries, 4 themes, 2 key terms and 1 timeline item follow it',
    ]);
    expect(section(lines, '### Seeds')).toEqual([
      `- Renamed: \`seeds/${SOURCE}.txt\` → \`seeds/mayor-pledge.txt\``,
      `- Renamed: \`seeds/${SOURCE}.yaml\` → \`seeds/mayor-pledge.yaml\``,
    ]);
    expect(lines).not.toContain('### Key terms');
    expect(lines).not.toContain('### Timeline items');
  });

  it('a rejected entry: its status, and its theme page rather than an anchor it no longer has', () => {
    const lines = summary((after) => edit(after, REJECTED, '---\n', '---\nstatus: rejected\n'));
    expect(section(lines, '### Entries')).toEqual([
      '#### Coalition cities (`coalition-cities`)',
      '- Changed: **Integration with broader social justice agenda** (`integration-with-broader-social-justice-agenda`): status published → rejected',
    ]);
    const pages = section(lines, '### Pages to review');
    expect(pages).toContain('- `/pr-42/themes/coalition-cities/`');
    expect(pages.filter((p) => p.includes('#integration-with-broader-social-justice-agenda'))).toEqual([]);
  });

  it('leaves out bookkeeping: what derive and the translations record about a file is no change a reader sees', () => {
    const entry = 'content/entries/sanctuary-policy/detention-and-release-policies-under-mamdani.md';
    const lines = summary((after) => {
      edit(after, entry, /digest: \w+/, 'digest: 0000000000000000');
      edit(after, entry, /seed: \w+/, 'seed: ffffffffffffffff');
      edit(after, TRANSLATION, /translates: '\w+'/, "translates: '0000000000000000'");
    });
    expect(lines).toEqual(['## Content changes since `main`', '', 'No changes to content/ or seeds/.', '']);
  });
});
