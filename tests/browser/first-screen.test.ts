/**
 * What a reader meets first, measured in Chromium on the built seed site, in
 * both editions: the home page's first answer is on a 390 × 844 phone's
 * first screen and its first question within 800 px of a 1280 × 800 desktop;
 * no page has a heading that repeats the header's site name, and each has
 * one h1; a Spanish page says "machine translation" once, with a small
 * marker beside each translated quotation instead; and search finds the key
 * terms, shows a quoted paragraph once, says whose words each excerpt is and
 * names the query in the tab's title. Each figure is in the failure message,
 * so a failing run says how far off the first screen is.
 */
import { describe, expect, it } from 'vitest';
import { connectChromium, openTab, serveSite } from '../helpers/browser.ts';
import { htmlPages, urlPathOf } from '../helpers/dist.ts';
import { SEED_SITE } from '../helpers/sites.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const EDITIONS = [
  ['English', ''],
  ['Spanish', 'es/'],
] as const;

const browser = await connectChromium();
const [site, tab] = await Promise.all([serveSite(SEED_SITE), openTab(browser)]);
const { page, visit } = tab;

/** Where the home page's first question and the first line of its answer are, in CSS pixels from the top of the screen. */
const firstCard = () =>
  page
    .locator('.glance > li')
    .first()
    .evaluate((li) => {
      const question = li.querySelector('h3')!.getBoundingClientRect();
      const answer = li.querySelector('h3 + p')!;
      const line = parseFloat(getComputedStyle(answer).lineHeight);
      const top = answer.getBoundingClientRect().top;
      return { questionBottom: Math.round(question.bottom), answerTop: Math.round(top), answerFirstLine: Math.round(top + line) };
    });

describe('the home page’s first screen', () => {
  it.each(EDITIONS)('shows the first answer on a phone’s first screen (%s)', async (_name, path) => {
    await page.setViewportSize(PHONE);
    await visit(site.url + path);
    const card = await firstCard();
    expect(card.answerFirstLine, JSON.stringify(card)).toBeLessThanOrEqual(PHONE.height);
  });

  it.each(EDITIONS)('shows the whole first question within 800 px on a desktop (%s)', async (_name, path) => {
    await page.setViewportSize(DESKTOP);
    await visit(site.url + path);
    const card = await firstCard();
    expect(card.questionBottom, JSON.stringify(card)).toBeLessThanOrEqual(DESKTOP.height);
  });

  it.each(EDITIONS)(
    'leads with the editors’ standfirst and what is not known, before the questions and the quoted lead (%s)',
    async (_name, path) => {
      await visit(site.url + path);
      const order = await page.evaluate(() =>
        ['main .dek', '#not-known', '#glance', '#lead'].map(
          (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1,
        ),
      );
      expect(order.every((top) => top >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(await page.locator('main .dek').evaluate((p) => p.closest('.by-editors') !== null)).toBe(true);
    },
  );

  it.each(EDITIONS)('shares the news, the standfirst, not a sentence about method (%s)', async (_name, path) => {
    await visit(site.url + path);
    const [share, standfirst] = await Promise.all([
      page.locator('meta[property="og:description"]').getAttribute('content'),
      page.locator('main .dek').innerText(),
    ]);
    expect(share).toBe(standfirst);
  });
});

describe('every page’s heading', () => {
  const paths = htmlPages(site.dist)
    .filter((file) => file !== '404.html')
    .map((file) => urlPathOf(file).slice(1));

  it('has one h1, which never repeats the header’s site name', async () => {
    const found: string[] = [];
    for (const path of paths) {
      await visit(site.url + path);
      const { count, inMain, name } = await page.evaluate(() => ({
        count: document.querySelectorAll('h1').length,
        inMain: document.querySelector('main h1')?.textContent?.trim(),
        name: (() => {
          const link = document.querySelector('.site-name a')!.cloneNode(true) as HTMLElement;
          link.querySelectorAll('.vh').forEach((hidden) => hidden.remove());
          return link.textContent?.trim();
        })(),
      }));
      if (count !== 1 || inMain === name) found.push(`${path}: ${count} h1, main's “${inMain}”`);
    }
    expect(paths.length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });
});

describe('the Spanish edition’s notices', () => {
  const spanish = htmlPages(site.dist)
    .filter((file) => file.startsWith('es/') && file !== 'es/404.html')
    .map((file) => urlPathOf(file).slice(1));

  it('says once per page that a translation is a machine’s, never once per entry', async () => {
    const counts: Record<string, number> = {};
    for (const path of spanish) {
      await visit(site.url + path);
      counts[path] = await page.locator('.translation-notice').count();
    }
    expect(Math.max(...Object.values(counts)), JSON.stringify(counts)).toBe(1);
    expect(counts['es/themes/coalition-cities/']).toBe(1);
  });

  it('marks each translated quotation beside its translation, not above the English', async () => {
    await visit(`${site.url}es/themes/coalition-cities/`);
    const translations = page.locator('.quote-translation');
    expect(await translations.count()).toBeGreaterThan(1);
    const markers = await translations.evaluateAll((all) => all.map((t) => t.querySelector(':scope > .label .marker')?.textContent));
    expect(new Set(markers)).toEqual(new Set(['traducción automática']));
    expect(await page.locator('article.entry .translation-notice').count()).toBe(0);
  });
});

describe('search', () => {
  /** Searches as a reader arriving with a query in the address. */
  async function search(path: string, query: string) {
    await visit(`${site.url}${path}search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 20_000 }).toContain(query);
    return page.locator('#search-results li').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
        whose: li.querySelector('.whose')?.textContent ?? '',
        snippet: li.querySelector('.excerpt')?.textContent ?? '',
      })),
    );
  }

  it.each([
    ['ACLU', '/terms/#aclu'],
    ['American Civil Liberties Union', '/terms/#aclu'],
    ['deportation', '/terms/#deportation'],
  ])('finds the key term “%s” by its definition', async (query, href) => {
    const results = await search('', query);
    expect(results.map((r) => r.href)).toContain(href);
  });

  it.each([
    ['', 'labels', '/about/#kinds'],
    ['', 'RSS', '/updates/'],
    ['es/', 'etiquetas', '/es/about/#kinds'],
  ])('finds the pages about the site itself (%s“%s”)', async (path, query, href) => {
    const results = await search(path, query);
    expect(results.map((r) => r.href)).toContain(href);
  });

  it.each([
    ['', 'flashpoint'],
    ['', 'federal'],
    ['', 'budget'],
    ['es/', 'federal'],
  ])('shows a quoted paragraph once, as the entry that quotes it (%s“%s”)', async (path, query) => {
    const results = await search(path, query);
    const snippets = results.map((r) => r.snippet);
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(snippets).size, snippets.join('\n')).toBe(snippets.length);
  });

  it('says whose words each excerpt is: the source’s, or the editors’', async () => {
    const results = await search('', 'federal');
    const whose = new Set(results.map((r) => r.whose));
    expect(whose).toEqual(new Set(['From the source', 'Editors']));
    const quoted = results.find((r) => r.href.endsWith('#national-immigration-enforcement-conflicts'));
    expect(quoted?.whose).toBe('From the source');
    const answer = results.find((r) => r.href === '/themes/federal-conflict/');
    expect(answer?.whose).toBe('Editors');
  });

  it.each([
    ['', 'flashpoint', 'Search: “flashpoint” — '],
    ['es/', 'federal', 'Buscar: «federal» — '],
  ])('names the query in the tab’s title (%s“%s”)', async (path, query, title) => {
    await search(path, query);
    expect(await page.title()).toMatch(new RegExp(`^${title}`));
  });
});
