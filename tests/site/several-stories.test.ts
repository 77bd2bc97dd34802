/**
 * A site of two articles: the home page leads with one story (here the most
 * recently published, since content/site.yaml names none) and its header,
 * title, lead and question count agree; the other article is listed as a
 * further story, and the header names each of its six themes. A site of
 * eight articles and twelve themes names only the newest few further stories
 * and links to the list of every source, and its header links to the home
 * page's list of every question instead of naming them all, so no page
 * grows with the number of articles or themes.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FURTHER_STORIES } from '../../src/lib/content-files/lead-story.ts';
import { NAV_THEMES } from '../../src/lib/render/nav-themes.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { buildSite } from '../helpers/build-site.ts';
import { tempRoot } from '../helpers/temp-root.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/many-articles');
const RENT = 'Council votes to cap yearly rent increases at 3 percent';
const MAYOR = 'Mayor commits to ending federal immigration enforcement cooperation and detention';
/** The header's list of themes, and the home page's further stories. */
const themesNav = (html: string) => html.match(/<ul class="themes-nav">([\s\S]*?)<\/ul>/)![1]!;
const furtherStories = (html: string) => html.match(/<h2 id="further">Further stories<\/h2>([\s\S]*?)<\/section>/)![1]!;

describe('the home page of a site of several articles', () => {
  let root: string;
  let home: string;

  beforeAll(async () => {
    root = tempRoot();
    for (const part of ['first', 'second']) cpSync(join(FIXTURE, part), root, { recursive: true });
    await derive({ root, today: '2026-03-11' });
    buildSite({ dataRoot: root, outDir: join(root, 'dist') });
    home = readFileSync(join(root, 'dist/index.html'), 'utf8');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leads with the most recently published story: headline, title, header and lead agree', () => {
    expect(home).toContain(`<title>${RENT}</title>`);
    // With no short name, the site is named for the lead story; the home page's headline says it explains it, the story's own headline being its source page's.
    expect(home).toContain(`<h1>Explained: ${RENT}</h1>`);
    expect(home).toContain(`<cite>${RENT}</cite>`);
    expect(home).toMatch(new RegExp(`class="site-name">\\s*<a [^>]*>${RENT}<span class="vh">, home page</span></a>`));
    expect(home).toContain('The city council voted 7 to 4 on Tuesday');
    expect(home).not.toContain('Mayor Zohran Mamdani has committed his administration');
  });

  it('counts the questions it lists', () => {
    const questions = home.match(/<ol class="glance">([\s\S]*?)<\/ol>/)![1]!.match(/<li>/g)!.length;
    expect(questions).toBe(6);
    expect(home).toContain('The story in six questions,');
  });

  it('names each of its six themes in the header', () => {
    const nav = themesNav(home);
    expect(nav.match(/<li>/g)).toHaveLength(6);
    expect(nav).toContain('<a href="/themes/rent-rules/">Rent rules</a>');
    expect(nav).not.toContain('#glance');
  });

  it('lists the other article as a further story, linked to its source page', () => {
    const further = furtherStories(home);
    expect(further).toContain(`<a href="/sources/mayor-ends-immigration-enforcement-cooperation/">${MAYOR}</a>`);
    expect(further).not.toContain(RENT);
  });
});

describe('the home page of a site of eight articles and twelve themes', () => {
  // Six short notices, published on the first of January to June 2025 (newer than the undated mayor's article, older than the rent cap), each in a theme of its own.
  const NOTICES = [1, 2, 3, 4, 5, 6];
  let root: string;
  let home: string;
  let sources: string;

  beforeAll(async () => {
    root = tempRoot();
    for (const part of ['first', 'second']) cpSync(join(FIXTURE, part), root, { recursive: true });
    for (const n of NOTICES) {
      writeFileSync(
        join(root, `seeds/rent-board-notice-${n}.txt`),
        `Rent board notice ${n}\nNotice ${n} Published\nThe rent board published its notice ${n} on Monday, as the rent cap requires each month.\nWhat Happens Next\nThe notice lists ${n * 12} buildings whose owners asked for increases above the cap; the board decides within ninety days.\n`,
      );
      writeFileSync(
        join(root, `seeds/rent-board-notice-${n}.yaml`),
        `published: 2025-0${n}-01\nthemes:\n  What Happens Next: notice-${n}\n`,
      );
      writeFileSync(
        join(root, `content/themes/notice-${n}.md`),
        `---\ntitle: Notice ${n}\nquestion: What did notice ${n} list?\nsummary: The buildings whose owners asked for more.\norder: ${10 + n}\nkeywords:\n  - notice ${n}\n---\nThe rent board's notice ${n}.\n`,
      );
    }
    await derive({ root, today: '2026-03-11' });
    buildSite({ dataRoot: root, outDir: join(root, 'dist') });
    home = readFileSync(join(root, 'dist/index.html'), 'utf8');
    sources = readFileSync(join(root, 'dist/sources/index.html'), 'utf8');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names the newest few further stories, newest first, and links to every source', () => {
    const further = furtherStories(home);
    const named = [...further.matchAll(/<a href="\/sources\/([^/]+)\/">/g)].map((m) => m[1]);
    expect(FURTHER_STORIES).toBe(5);
    expect(named).toEqual([6, 5, 4, 3, 2].map((n) => `rent-board-notice-${n}`));
    expect(further).toContain('<a href="/sources/">All 8 source articles</a>');
  });

  it('names no theme in the header past eight, and links to the home page’s list of every question instead', () => {
    expect(NAV_THEMES).toBe(8);
    for (const page of [home, sources]) {
      const nav = themesNav(page);
      expect(nav.match(/<li>/g)).toHaveLength(1);
      expect(nav).toContain('<a href="/#glance">All 12 questions</a>');
    }
    expect(home).toContain('<h2 id="glance">');
    expect(home.match(/<ol class="glance">([\s\S]*?)<\/ol>/)![1]!.match(/<li>/g)).toHaveLength(12);
  });

  it('lists every source on the sources page', () => {
    for (const n of NOTICES) expect(sources).toContain(`<a href="/sources/rent-board-notice-${n}/">Rent board notice ${n}</a>`);
    expect(sources).toContain(`>${MAYOR}</a>`);
    expect(sources).toContain(`>${RENT}</a>`);
  });
});
