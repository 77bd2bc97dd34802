/**
 * A site of several stories: `/` is a front page listing them (headline,
 * the editors' standfirst, number of questions), newest first; each story
 * has its own home at stories/<slug>/ with only its questions, and its
 * pages' header names only its questions. Theme and source URLs are those a
 * site of one story has. A site of eight stories names each in the header
 * of a page that belongs to none. Each story has its own key terms, timeline
 * and feed, listing only what rests on its own articles; the site-wide ones
 * list every story's, grouped by story.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile, parseYamlFile } from '../../src/lib/content-files/frontmatter.ts';
import { NAV_THEMES } from '../../src/lib/render/nav-themes.ts';
import { isBudgetedPage, PAGE_BUDGET_BYTES, pageWeight } from '../../src/lib/tooling/page-weight.ts';
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

  it('shows each of its key terms on its own key terms page as the site of that story alone does, in both editions', () => {
    const sections = (html: string) =>
      new Map(html.match(/<section class="term"[\s\S]*?<\/section>/g)!.map((s) => [s.match(/id="([^"]+)"/)![1], s]));
    for (const lang of ['', 'es/']) {
      const alone = sections(page(seed.dist, `${lang}terms`));
      const own = sections(page(joined.dist, `${lang}stories/mayor-ice-pledge/terms`));
      expect(own.size).toBeGreaterThanOrEqual(5);
      for (const [id, section] of own) expect(section, id).toBe(alone.get(id));
    }
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

/** Every key term and timeline item of a data root that readers see, by the story of the source it rests on (read from the files, not the pages). */
function itemsByStory(root: string): { terms: Map<string | undefined, string[]>; timeline: Map<string | undefined, string[]> } {
  const read = (dir: string) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => ({ f, data: parseMarkdownFile(f, readFileSync(join(root, dir, f), 'utf8')).data as Record<string, string> }))
      .filter(({ data }) => data['status'] !== 'rejected');
  const storyOf = (source: string | undefined) =>
    source === undefined
      ? undefined
      : (parseYamlFile(source, readFileSync(join(root, 'content/sources', `${source}.yaml`), 'utf8')).data as Record<string, string>)[
          'story'
        ];
  const group = (items: { id: string; source: string | undefined; story?: string | undefined }[]) => {
    const groups = new Map<string | undefined, string[]>();
    for (const { id, source, story = storyOf(source) } of items) groups.set(story, [...(groups.get(story) ?? []), id]);
    return groups;
  };
  return {
    terms: group(
      read('content/terms').map(({ f, data }) => ({ id: f.replace(/\.md$/, ''), source: data['source'], story: data['story'] })),
    ),
    timeline: group(
      read('content/timelines').map(({ f, data }) => ({ id: f.replace(/\.md$/, '').replace('/', '--'), source: data['source'] })),
    ),
  };
}

/** The ids of a page's key terms (their headings) or timeline events, in the page's order. */
const termIds = (html: string) => [...html.matchAll(/<section class="term" aria-labelledby="([^"]+)"/g)].map((m) => m[1]!);
const eventIds = (html: string) => [...html.matchAll(/<li class="event" id="([^"]+)"/g)].map((m) => m[1]!);
const footer = (html: string) => html.slice(html.indexOf('<footer'));
const feedOf = (html: string) => html.match(/<link rel="alternate" type="application\/rss\+xml" [^>]*href="([^"]+)">/)![1];
const STORIES = ['mayor-ice-pledge', 'gao-transparency-testimony', 'aml-reclamation'];

describe('each story’s key terms, timeline and feed', () => {
  const expected = itemsByStory(joined.root);
  const read = (path: string) => readFileSync(join(joined.dist, path), 'utf8');

  it('starts from a site where every story has key terms, two have dates, and one term rests on no source', () => {
    for (const story of STORIES) expect(expected.terms.get(story)?.length, story).toBeGreaterThan(0);
    expect(expected.timeline.get('mayor-ice-pledge')).toBeUndefined();
    expect(expected.timeline.get('gao-transparency-testimony')?.length).toBeGreaterThan(0);
    expect(expected.timeline.get('aml-reclamation')?.length).toBeGreaterThan(0);
    expect(expected.terms.get(undefined)).toEqual(['public-domain']);
    expect(expected.terms.get('mayor-ice-pledge')).toContain('aclu');
  });

  it('lists on a story’s key terms page only the terms resting on its own articles, alphabetically, in both editions', () => {
    for (const story of STORIES)
      for (const lang of ['', 'es/']) {
        const ids = termIds(page(joined.dist, `${lang}stories/${story}/terms`));
        // The Spanish page sorts by its own words ("abolición de ICE" before "ICE"): tests/site/translated-terms.test.ts.
        expect(lang ? [...ids].sort() : ids, story).toEqual([...expected.terms.get(story)!].sort());
      }
    expect(termIds(page(joined.dist, 'stories/mayor-ice-pledge/terms'))).not.toContain('detainer');
    expect(termIds(page(joined.dist, 'stories/gao-transparency-testimony/terms'))).toContain('omb');
  });

  it('lists on a story’s timeline only the dates its own articles carry, and builds none for a story without dates', () => {
    for (const story of ['gao-transparency-testimony', 'aml-reclamation'])
      for (const lang of ['', 'es/'])
        expect(new Set(eventIds(page(joined.dist, `${lang}stories/${story}/timeline`))), story).toEqual(
          new Set(expected.timeline.get(story)),
        );
    expect(existsSync(join(joined.dist, 'stories/mayor-ice-pledge/timeline'))).toBe(false);
  });

  it('keeps every term and date on the site-wide pages, grouped by story in front-page order, those of no story last', () => {
    const terms = page(joined.dist, 'terms');
    const groups = [...terms.matchAll(/<h2 id="(story-[^"]+|no-story)">/g)].map((m) => m[1]);
    const order = [...cards(page(joined.dist, '')).matchAll(/data-story="([^"]+)"/g)].map((m) => `story-${m[1]}`);
    expect(groups).toEqual([...order, 'no-story']);
    expect(terms).toContain('<h2 id="no-story">Not tied to one story</h2>');
    expect(termIds(terms).sort()).toEqual([...expected.terms.values()].flat().sort());
    expect(terms).toContain('<h2 id="story-mayor-ice-pledge"><a href="/stories/mayor-ice-pledge/">');
    expect(eventIds(page(joined.dist, 'timeline')).sort()).toEqual([...expected.timeline.values()].flat().sort());
  });

  it('links a story’s own pages to its own key terms, timeline and feed, and only to those it has', () => {
    for (const path of ['stories/gao-transparency-testimony', 'stories/gao-transparency-testimony/terms']) {
      const html = page(joined.dist, path);
      expect(footer(html)).toContain('href="/stories/gao-transparency-testimony/terms/"');
      expect(footer(html)).toContain('href="/stories/gao-transparency-testimony/timeline/"');
      expect(feedOf(html)).toBe('https://example.org/stories/gao-transparency-testimony/feed.xml');
    }
    const mayor = page(joined.dist, 'stories/mayor-ice-pledge');
    expect(footer(mayor)).toContain('href="/stories/mayor-ice-pledge/terms/"');
    expect(footer(mayor)).not.toContain('timeline/');
    expect(feedOf(page(joined.dist, 'es/stories/aml-reclamation/timeline'))).toBe(
      'https://example.org/es/stories/aml-reclamation/feed.xml',
    );
    // Theme pages keep the site's, where they are on a site of one story.
    expect(footer(page(joined.dist, 'themes/sanctuary-policy'))).toContain('href="/terms/"');
    expect(feedOf(page(joined.dist, 'themes/sanctuary-policy'))).toBe('https://example.org/feed.xml');
  });

  it('keeps each story’s home, key terms and timeline, and the site’s grouped pages, within the page budget', () => {
    const budgeted = htmlPages(joined.dist).filter(isBudgetedPage);
    expect(budgeted).toContain('stories/gao-transparency-testimony/terms/index.html');
    expect(budgeted).toContain('es/stories/aml-reclamation/timeline/index.html');
    for (const file of budgeted) expect(pageWeight(joined.dist, file).total, file).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
  });

  it('feeds each story’s updates alone, as RSS 2.0, in both editions; the site’s feed has them all', () => {
    const links = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    const all = links(read('feed.xml'));
    const themesOf = (story: string) =>
      [...glance(page(joined.dist, `stories/${story}`)).matchAll(/href="\/themes\/([^/]+)\/"/g)].map((m) => m[1]);
    const seen: string[] = [];
    for (const story of STORIES)
      for (const lang of ['', 'es/']) {
        const xml = read(`${lang}stories/${story}/feed.xml`);
        expect(xml).toMatch(
          /^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0"><channel><title>[^<]+<\/title><description>[^<]+<\/description>/,
        );
        expect(xml).toContain(`<link>https://example.org/${lang}stories/${story}/</link>`);
        expect(xml.endsWith('</channel></rss>')).toBe(true);
        const items = xml.match(/<item>[\s\S]*?<\/item>/g) ?? [];
        expect(items.length, story).toBeGreaterThan(0);
        for (const item of items)
          expect(item).toMatch(
            /^<item><title>[^<]+<\/title><link>[^<]+<\/link><guid isPermaLink="true">[^<]+<\/guid>(<description>[^<]*<\/description>)?<pubDate>[^<]+GMT<\/pubDate><\/item>$/,
          );
        const mine = links(xml).map((link) => new URL(link).pathname.replace(/^\/es\//, '/'));
        const themes = themesOf(story);
        for (const path of mine)
          expect(themes.some((t) => path.startsWith(`/themes/${t}/`)) || path.startsWith('/sources/'), `${story}: ${path}`).toBe(true);
        if (lang === '') seen.push(...links(xml));
      }
    expect(seen.sort()).toEqual([...all].sort());
  });
});
