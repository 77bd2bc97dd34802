/**
 * What readers do: move through a page by keyboard alone, and search. Search
 * is also proved under a base path, on the fixture site built for previews.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectChromium, openTab, serveSite, type Tab } from '../helpers/browser.ts';
import { urlPathOf } from '../helpers/dist.ts';
import { LIBRARY_PREVIEW, SEED_SITE } from '../helpers/sites.ts';
import { uniqueEntryWord } from '../helpers/unique-word.ts';

const browser = await connectChromium();
const [site, preview, tab] = await Promise.all([
  serveSite(SEED_SITE),
  serveSite(LIBRARY_PREVIEW),
  openTab(browser, { viewport: { width: 1280, height: 800 } }),
]);

/** Runs a test's steps in the file's one tab; nothing may go wrong on the pages it visits. */
async function withTab(run: (tab: Tab) => Promise<void>): Promise<void> {
  await run(tab);
  expect(tab.problems).toEqual([]);
}

/** What has focus: its text and href, or its id when it is not a link. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      text: element?.innerText.trim() ?? '',
      href: element?.getAttribute('href') ?? null,
      id: element?.id ?? '',
      outline: element ? getComputedStyle(element).outlineStyle : '',
    };
  });

describe('keyboard only', () => {
  it.each(['', 'themes/federal-conflict/'])('on /%s the skip link is the first Tab stop and moves focus to main', async (path) => {
    await withTab(async ({ page, visit }) => {
      await visit(site.url + path);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ text: 'Skip to main content', href: '#main', outline: 'solid' });
      expect(await page.locator('.skip').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect((await focused(page)).id).toBe('main');
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(await page.locator('main').evaluate((main, href) => !!main.querySelector(`a[href="${href}"]`), first.href)).toBe(true);
    });
  });

  it('reaches every navigation link by Tab, in the order they are shown', async () => {
    await withTab(async ({ page, visit }) => {
      await visit(site.url + 'themes/federal-conflict/');
      const header = await page.locator('header a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      // The home link, the Spanish edition of this page, four themes, about and search.
      expect(header).toHaveLength(8);
      expect(header[1]).toBe('/es/themes/federal-conflict/');
      const stops: (string | null)[] = [];
      for (let i = 0; i <= header.length; i++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        expect(now.outline, `focus on ${now.href} is visible`).toBe('solid');
        stops.push(now.href);
      }
      expect(stops).toEqual(['#main', ...header]);
      expect(await page.locator('header a[aria-current="page"]').innerText()).toBe('Federal conflict');
    });
  });
});

describe('search', () => {
  it('finds the one entry that uses a word, shows its theme and an excerpt, and opens it at its anchor', async () => {
    const { word, entry, page: themePage } = uniqueEntryWord(site.dist);
    await withTab(async ({ page, visit }) => {
      await visit(site.url + 'search/');
      await page.getByLabel('Search the explainer and its source for a word or phrase').fill(word);
      const result = page.locator('#search-results li', { has: page.getByRole('link', { name: entry.title }) });
      await result.waitFor();
      expect(await page.locator('#search-status').innerText()).toMatch(new RegExp(`^\\d+ results? for “${word}”\\.$`));
      expect(await result.locator('.result-theme').innerText()).not.toBe('');
      expect((await result.locator('mark').allInnerTexts()).map((m) => m.toLowerCase())).toContain(word);
      await result.getByRole('link', { name: entry.title }).click();
      await page.waitForURL(`${site.url}${urlPathOf(themePage).slice(1)}#${entry.id}`);
      expect(await page.locator(`#${entry.id}`).isVisible()).toBe(true);
      expect(await page.locator(`#${entry.id} > span`).first().innerText()).toBe(entry.title);
    });
  });

  it('works under a base path, reading the query from the address', async () => {
    await withTab(async ({ page, visit }) => {
      await visit(`${preview.url}search/?q=zeppelinesque`);
      const link = page.locator('#search-results a');
      await link.first().waitFor();
      expect(await link.allInnerTexts()).toEqual(['Longer weekday hours']);
      expect(await page.locator('#search-results .result-theme').innerText()).toBe('Opening hours');
      await link.click();
      // The fixture site is built with one entry per page: the second entry is on page 2.
      await page.waitForURL(`${preview.url}themes/opening-hours/2/#weekday-hours`);
    });
  });

  it('says so when nothing matches', async () => {
    await withTab(async ({ page, visit }) => {
      await visit(site.url + 'search/');
      await page.getByLabel('Search the explainer and its source for a word or phrase').fill('qwxzvbnm');
      await expect
        .poll(() => page.locator('#search-status').innerText(), { timeout: 20_000 })
        .toBe('No results for “qwxzvbnm”. Try another word, or read the questions on the home page.');
      expect(await page.locator('#search-results li').count()).toBe(0);
    });
  });
});
