/**
 * The Spanish edition as a reader meets it, in Chromium on the built site:
 * the language switcher leads to the same page in the other language and
 * back, with or without JavaScript; an unreviewed translation, content not
 * translated yet, and (on the three-edition site of tests/helpers/sites.ts,
 * where one sentence of a translated English entry and one key term's
 * definition changed) a translation behind its English each carry their notice; Spanish search finds a Spanish
 * word from an entry and not English-only words; and `hreflang` names only
 * pages that exist in each language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectChromium, openTab, serveSite, type Tab } from '../helpers/browser.ts';
import { SEED_SITE, THREE_EDITIONS } from '../helpers/sites.ts';

const PHONE = { width: 390, height: 844 };

const browser = await connectChromium();
const [site, stale, scripted, plain] = await Promise.all([
  serveSite(SEED_SITE),
  serveSite(THREE_EDITIONS),
  openTab(browser, { viewport: PHONE }),
  openTab(browser, { viewport: PHONE, javaScriptEnabled: false }),
]);

/** Runs a test's steps in the file's tab with JavaScript on or off; nothing may go wrong on the pages it visits. */
async function withTab(run: (tab: Tab) => Promise<void>, javaScript = true): Promise<void> {
  const tab = javaScript ? scripted : plain;
  await run(tab);
  expect(tab.problems).toEqual([]);
}

describe('the language switcher', () => {
  it.each([true, false])('leads to the same page in Spanish and back (JavaScript %s)', async (javaScript) => {
    await withTab(async ({ page, visit }) => {
      await visit(site.url + 'themes/federal-conflict/');
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
      await page.waitForURL(site.url + 'es/themes/federal-conflict/');
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      expect(await page.locator('main h1').innerText()).toBe('¿Cómo podría responder el Gobierno federal?');
      await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
      await page.waitForURL(site.url + 'themes/federal-conflict/');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    }, javaScript);
  });
});

describe('what readers of the Spanish edition are told', () => {
  it('that a machine translation is not reviewed, with a link to the English', async () => {
    await withTab(async ({ page, visit }) => {
      await visit(site.url + 'es/themes/federal-conflict/');
      const notice = page.locator('.translation-notice').first();
      expect(await notice.innerText()).toMatch(/^Traducción automática, aún no revisada por una persona\./);
      await notice.getByRole('link', { name: /Leer el original en inglés/ }).click();
      await page.waitForURL(site.url + 'themes/federal-conflict/');
    });
  });

  it('that content not translated yet is shown in English, marked as English: a key term whose definition changed since', async () => {
    await withTab(async ({ page, visit }) => {
      await visit(stale.url + 'es/terms/');
      expect(await page.locator('#deportation ~ .notice-fallback').innerText()).toBe('Aún sin traducir: se muestra en el inglés original.');
      expect(await page.locator('#deportation').getAttribute('lang')).toBe('en');
      expect(await page.locator('#detention').innerText()).toBe('detención');
      expect(await page.locator('#detention').getAttribute('lang')).toBeNull();
    });
  });

  it('the English, as not yet translated, where a translation was made from English that has changed since: never the old translation', async () => {
    await withTab(async ({ page, visit }) => {
      await visit(stale.url + 'es/themes/federal-conflict/');
      const notice = page.locator('#national-immigration-enforcement-conflicts ~ .notice-fallback');
      expect(await notice.innerText()).toBe('Aún sin traducir: se muestra en el inglés original.');
      expect(await page.locator('#national-immigration-enforcement-conflicts > span').first().getAttribute('lang')).toBe('en');
      expect(await page.locator('main').innerText()).toContain('The Trump administration has promised wider deportation operations.');
    });
    await withTab(async ({ page, visit }) => {
      await visit(site.url + 'es/themes/federal-conflict/');
      expect(await page.locator('#national-immigration-enforcement-conflicts ~ .notice-fallback').count()).toBe(0);
    });
  });
});

describe('Spanish search', () => {
  it('finds a Spanish word from an entry and opens the entry in Spanish', async () => {
    await withTab(async ({ page, visit }) => {
      await visit(site.url + 'es/search/');
      await page.getByLabel('Busque una palabra o una frase en la guía').fill('representación');
      const result = page.locator('#search-results li', {
        has: page.getByRole('link', { name: 'Las políticas de detención y liberación con Mamdani' }),
      });
      await result.waitFor();
      expect(await page.locator('#search-status').innerText()).toMatch(/^\d+ resultados? para «representación»\.$/);
      expect((await result.locator('mark').allInnerTexts()).map((m) => m.toLowerCase())).toContain('representación');
      await result.getByRole('link').first().click();
      await page.waitForURL(site.url + 'es/themes/sanctuary-policy/#detention-and-release-policies-under-mamdani');
    });
  });

  it('finds a key term by its Spanish definition, and opens the term on the Spanish key terms page', async () => {
    await withTab(async ({ page, visit }) => {
      await visit(site.url + 'es/search/');
      await page.getByLabel('Busque una palabra o una frase en la guía').fill('aduanas');
      const result = page.locator('#search-results li', { has: page.getByRole('link', { name: /ICE/ }) }).first();
      await result.waitFor();
      await result.getByRole('link').first().click();
      await page.waitForURL(site.url + 'es/terms/#ice');
    });
  });

  it('searches Spanish pages only: an English-only word finds nothing', async () => {
    await withTab(async ({ page, visit }) => {
      await visit(site.url + 'es/search/');
      await page.getByLabel('Busque una palabra o una frase en la guía').fill('counsel');
      await page.getByText('No hay resultados para «counsel»', { exact: false }).waitFor();
      expect(await page.locator('#search-results li').count()).toBe(0);
    });
  });
});

describe('hreflang', () => {
  const alternates = (page: Page) =>
    page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));

  it('names both languages where the page is translated, and none where only the English exists', async () => {
    await withTab(async ({ page, visit }) => {
      await visit(site.url + 'es/themes/federal-conflict/');
      expect(await alternates(page)).toEqual([
        'en https://example.org/themes/federal-conflict/',
        'es https://example.org/es/themes/federal-conflict/',
        'x-default https://example.org/themes/federal-conflict/',
      ]);
      await visit(site.url + 'es/terms/');
      expect(await alternates(page)).toEqual([
        'en https://example.org/terms/',
        'es https://example.org/es/terms/',
        'x-default https://example.org/terms/',
      ]);
      const article = 'sources/mayor-ends-immigration-enforcement-cooperation/';
      for (const path of [article, `es/${article}`]) {
        await visit(site.url + path);
        expect(await alternates(page), path).toEqual([]);
        expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toBe(`https://example.org/${article}`);
      }
    });
  });
});
