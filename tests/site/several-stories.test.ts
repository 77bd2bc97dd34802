/**
 * A site of several stories: `/` is a front page listing them (headline,
 * the editors' standfirst, number of questions), newest first; each story
 * has its own home at stories/<slug>/ with only its questions, and its
 * pages' header names only its questions. Theme and source URLs are those a
 * site of one story has. A site of eight stories names each in the header
 * of a page that belongs to none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAV_THEMES } from '../../src/lib/render/nav-themes.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { htmlPages } from '../helpers/dist.ts';
import { EIGHT_STORIES, NOTICES, SEED_AND_UNRELATED, SEED_SITE, TWO_STORIES } from '../helpers/sites.ts';

const RENT = 'The council caps yearly rent rises at 3 percent';
const MAYOR = 'New York City’s mayor pledges to end ICE cooperation';
const MAYOR_ARTICLE = 'Mayor commits to ending federal immigration enforcement cooperation and detention';
/** The header's list of questions (or stories). */
const themesNav = (html: string) => html.match(/<ul class="themes-nav">([\s\S]*?)<\/ul>/)![1]!;
const cards = (html: string) => html.match(/<ol class="glance stories">([\s\S]*?)<\/ol>/)![1]!;
const glance = (html: string) => html.match(/<ol class="glance columns-\d">([\s\S]*?)<\/ol>/)![1]!;

const [two, eight, seed, joined] = await Promise.all([
  builtSite(TWO_STORIES),
  builtSite(EIGHT_STORIES),
  builtSite(SEED_SITE),
  builtSite(SEED_AND_UNRELATED),
]);
const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('the front page of a site of two stories', () => {
  const front = page(two.dist, '');

  it('lists the stories newest first, each with its headline, standfirst and number of questions', () => {
    const list = cards(front);
    const order = [...list.matchAll(/data-story="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['rent-cap', 'mayor-ice-pledge']);
    expect(list).toContain(`<a href="/stories/rent-cap/">${RENT}</a>`);
    expect(list).toContain('The city council voted to limit yearly rent increases');
    expect(list).toContain('2 questions');
    expect(list).toContain('4 questions');
    expect(front).toContain('Written by the editors');
  });

  it('blends no story into another: it quotes no article and lists no question', () => {
    expect(front).not.toMatch(/<ol class="glance columns-\d">/);
    expect(front).not.toContain('The city council voted 7 to 4 on Tuesday');
  });
});

describe('a story’s home on a site of two stories', () => {
  const rent = page(two.dist, 'stories/rent-cap');
  const mayor = page(two.dist, 'stories/mayor-ice-pledge');

  it('has only its own questions, lead and articles', () => {
    // The site's name is this story's headline here, so the header's name is the page's heading, said once.
    expect(rent).toContain(`<h1 class="site-name"><a href="/">${RENT}<span class="vh">, home page</span></a></h1>`);
    expect(rent.match(/<h1/g)).toHaveLength(1);
    expect(glance(rent).match(/<li>/g)).toHaveLength(2);
    // Its share text is its own news, the standfirst.
    expect(rent).toContain('<meta name="description" content="The city council voted to limit yearly rent increases');
    expect(rent).toContain('The city council voted 7 to 4 on Tuesday');
    expect(rent).not.toContain(MAYOR_ARTICLE);
    expect(glance(mayor).match(/<li>/g)).toHaveLength(4);
    expect(mayor).not.toContain('rent-rules');
  });

  it('names its own questions in the header, as a site of that story alone would, and no other story’s', () => {
    const nav = themesNav(rent);
    expect(nav.match(/<li>/g)).toHaveLength(2);
    expect(nav).toContain('<a href="/themes/rent-rules/">Rent rules</a>');
    expect(nav).not.toContain('sanctuary-policy');
    expect(themesNav(page(two.dist, 'themes/rent-rules'))).not.toContain('coalition-cities');
  });

  it('keeps the URLs a site of one story has for themes and sources', () => {
    for (const path of ['themes/rent-rules', 'themes/sanctuary-policy', 'sources/council-rent-cap'])
      expect(existsSync(join(two.dist, path, 'index.html'))).toBe(true);
  });
});

describe('a site of eight stories', () => {
  const front = page(eight.dist, '');

  it('lists them newest first, an undated story last', () => {
    const order = [...cards(front).matchAll(/data-story="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['rent-cap', ...[6, 5, 4, 3, 2, 1].map((n) => `notice-${n}`), 'mayor-ice-pledge']);
  });

  it('names each story in the header of a page that belongs to none, up to eight', () => {
    expect(NAV_THEMES).toBe(8);
    const nav = themesNav(page(eight.dist, 'sources'));
    expect(nav.match(/<li>/g)).toHaveLength(8);
    expect(nav).toContain(`<a href="/stories/mayor-ice-pledge/">${MAYOR}</a>`);
  });

  it('lists every source on the sources page', () => {
    const sources = page(eight.dist, 'sources');
    for (const n of NOTICES) expect(sources).toContain(`<a href="/sources/rent-board-notice-${n}/">Rent board notice ${n}</a>`);
    expect(sources).toContain(`>${MAYOR_ARTICLE}</a>`);
  });
});

describe('the project’s site with unrelated stories added', () => {
  it('keeps every page of its first story byte for byte, in both editions, and moves its home to stories/<slug>/', () => {
    const mine = (path: string) =>
      /^(es\/)?(themes\/(sanctuary-policy|federal-conflict|coalition-cities|implementation-limits)|sources\/mayor-ends)/.test(path);
    const pages = htmlPages(seed.dist).filter(mine);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    // Tag by tag, so a difference shows where it is.
    const tags = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8').split('><');
    for (const path of pages) expect(tags(joined.dist, path), path).toEqual(tags(seed.dist, path));
    expect(page(joined.dist, 'stories/mayor-ice-pledge')).toContain(
      `<h1 class="site-name"><a href="/">${MAYOR}<span class="vh">, home page</span></a></h1>`,
    );
    expect(page(joined.dist, '')).toContain('<ol class="glance stories">');
  });
});

describe('a newer version of an article', () => {
  it('leaves the older source page up, saying it was replaced and linking to the newer', () => {
    const older = page(joined.dist, 'sources/aml-reclamation');
    expect(older).toContain('This version of the article was replaced on December 7, 2026; it stays here for what still cites it.');
    expect(older).toContain('<a href="/sources/aml-reclamation-update/">The newer version: Abandoned Mine Land Reclamation Program</a>');
  });

  it('is an update of the source on the updates page, and the story has one live article', () => {
    const updates = page(joined.dist, 'updates');
    expect(updates).toMatch(
      /<time datetime="2026-12-07">December 7, 2026<\/time><span>New version of an article<\/span><\/p><p><a href="\/sources\/aml-reclamation-update\/">Abandoned Mine Land Reclamation Program<\/a>/,
    );
    const home = page(joined.dist, 'stories/aml-reclamation');
    expect(home).toContain('href="/sources/aml-reclamation-update/"');
    expect(home).not.toContain('href="/sources/aml-reclamation/"');
  });
});
