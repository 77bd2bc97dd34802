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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FURTHER_STORIES } from '../../src/lib/content-files/lead-story.ts';
import { NAV_THEMES } from '../../src/lib/render/nav-themes.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { EIGHT_STORIES, NOTICES, TWO_STORIES } from '../helpers/sites.ts';

const RENT = 'Council votes to cap yearly rent increases at 3 percent';
const MAYOR = 'Mayor commits to ending federal immigration enforcement cooperation and detention';
/** The header's list of themes, and the home page's further stories. */
const themesNav = (html: string) => html.match(/<ul class="themes-nav">([\s\S]*?)<\/ul>/)![1]!;
const furtherStories = (html: string) => html.match(/<h2 id="further">Further stories<\/h2>([\s\S]*?)<\/section>/)![1]!;

const [two, eight] = await Promise.all([builtSite(TWO_STORIES), builtSite(EIGHT_STORIES)]);

describe('the home page of a site of several articles', () => {
  const home = readFileSync(join(two.dist, 'index.html'), 'utf8');

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
  const home = readFileSync(join(eight.dist, 'index.html'), 'utf8');
  const sources = readFileSync(join(eight.dist, 'sources/index.html'), 'utf8');

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
