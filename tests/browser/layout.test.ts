/**
 * The layout as a reader meets it, measured in Chromium on the built pages,
 * on the real site and on a site named by a 120-character headline: nothing
 * scrolls sideways at 320 px; no two pieces of the header's text overlap at
 * 320, 768 or 1280 px, with the menu closed or open; the header is the same
 * height on every page and takes at most a fifth of a 390 × 844 phone; the
 * navigation opens without JavaScript; the home page's first question starts
 * on the first screen; a theme's question stands clearly above its entries'
 * headings; and a page printed from dark mode keeps its labels legible and
 * each entry's label and date on one line. Each site's pages are loaded once,
 * in one tab, and measured at every width by resizing it.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectChromium, openTab, runAxe, serveSite, type ServedSite, type Tab } from '../helpers/browser.ts';
import { htmlPages, urlPathOf } from '../helpers/dist.ts';
import { LIBRARY_PREVIEW, LONG_NAME, SEED_SITE } from '../helpers/sites.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** The widths the header is measured at, the narrowest first; every page is also measured on the phone. */
const WIDTHS = [320, 768, 1280] as const;

const browser = await connectChromium();
const [site, longName, preview, tab, printing] = await Promise.all([
  serveSite(SEED_SITE),
  serveSite(LONG_NAME),
  serveSite(LIBRARY_PREVIEW),
  openTab(browser),
  openTab(browser, { axe: true }),
]);

const sites = [
  ['the site', site],
  ['the site named by a 120-character headline', longName],
] as const;

/** Every page by the path to load; the 404 page at a missing address. */
const pathsOf = (dist: string) => htmlPages(dist).map((file) => (file === '404.html' ? 'no-such-page/' : urlPathOf(file).slice(1)));

/** A page in a tab of its own, at a size, with JavaScript or without. */
async function withPage<T>(viewport: { width: number; height: number }, run: (page: Page) => Promise<T>, javaScript = true): Promise<T> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: javaScript });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * The header's visible text, one box per line of each text node (clipped to
 * any box that hides its overflow, as the site name's third line is), and
 * the menu button as one box; the pairs of boxes from different nodes that overlap.
 */
const headerOverlaps = (page: Page) =>
  page.evaluate(() => {
    const boxes: { who: string; r: DOMRect }[] = [];
    const visible = (node: Node, rect: DOMRect): DOMRect | undefined => {
      let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
      for (let el = node.parentElement; el; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.clipPath !== 'none') return undefined;
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          const c = el.getBoundingClientRect();
          [left, top, right, bottom] = [Math.max(left, c.left), Math.max(top, c.top), Math.min(right, c.right), Math.min(bottom, c.bottom)];
        }
      }
      return right - left > 1 && bottom - top > 1 ? new DOMRect(left, top, right - left, bottom - top) : undefined;
    };
    const header = document.querySelector('header')!;
    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('summary')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const shown = visible(node, rect);
        if (shown) boxes.push({ who: node.textContent.trim().slice(0, 30), r: shown });
      }
    }
    const summary = header.querySelector('summary');
    if (summary?.checkVisibility()) boxes.push({ who: 'menu button', r: summary.getBoundingClientRect() });
    const clashes: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.who === b.who) return;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 1 && y > 1) clashes.push(`“${a.who}” and “${b.who}”`);
      }),
    );
    return { count: boxes.length, clashes };
  });

const headerHeight = (page: Page) => page.locator('header').evaluate((h) => h.getBoundingClientRect().height);

interface Measured {
  path: string;
  lang: string;
  /** How far the page scrolls sideways at 320 px. */
  sideways: number;
  /** At each width: the header's height, how many text boxes it shows, and which of them overlap. */
  header: Record<(typeof WIDTHS)[number], { height: number; count: number; clashes: string[] }>;
  /** The header's height on a 390 × 844 phone. */
  onPhone: number;
}

/** Every page of a site, loaded once at the narrowest width and measured there, at the wider widths and on a phone by resizing the tab. */
async function measureEach(served: ServedSite, { page, visit }: Tab): Promise<Measured[]> {
  const found: Measured[] = [];
  for (const path of pathsOf(served.dist)) {
    await page.setViewportSize({ width: WIDTHS[0], height: 800 });
    await visit(served.url + path, { missing: path === 'no-such-page/' });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const header = {} as Measured['header'];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      header[width] = { height: await headerHeight(page), ...(await headerOverlaps(page)) };
    }
    await page.setViewportSize(PHONE);
    const onPhone = await headerHeight(page);
    found.push({ path, lang: (await page.locator('html').getAttribute('lang'))!, sideways, header, onPhone });
  }
  return found;
}

describe.each(sites)('on %s', (_name, served) => {
  let measured: Measured[];
  beforeAll(async () => {
    measured = await measureEach(served, tab);
  });

  it('scrolls no page sideways at 320 px', () => {
    const overflowing = measured.filter((m) => m.sideways > 0).map((m) => `/${m.path}: ${m.sideways}px`);
    expect(overflowing).toEqual([]);
  });

  it.each(WIDTHS)(
    'overlaps no text in the header at %i px, with the menu closed and open, and keeps one header height on every page of an edition',
    async (width) => {
      // Per edition: the site's name is in the edition's language, so its length, and the header's, differ between them.
      const heights = new Map<string, Set<number>>();
      for (const { path, lang, header } of measured) {
        heights.set(lang, (heights.get(lang) ?? new Set()).add(header[width].height));
        expect(header[width].count, path).toBeGreaterThan(1);
        expect(header[width].clashes, `/${path}`).toEqual([]);
      }
      for (const [lang, seen] of heights) expect([...seen], lang).toHaveLength(1);
      const { page, visit } = tab;
      await page.setViewportSize({ width, height: 800 });
      await visit(served.url + measured.at(-1)!.path);
      if (await page.locator('summary').isVisible()) {
        await page.locator('summary').click();
        expect(await page.getByRole('navigation', { name: 'Site' }).getByRole('link').first().isVisible()).toBe(true);
        expect((await headerOverlaps(page)).clashes).toEqual([]);
      }
    },
  );

  it('keeps the header within a fifth of a 390 × 844 phone on every page', () => {
    for (const { path, onPhone } of measured) expect(onPhone, `/${path}`).toBeLessThanOrEqual(PHONE.height / 5);
  });

  it('opens the navigation on a phone without JavaScript, and shows it without a button on a desktop', async () => {
    const links = (page: Page) => page.getByRole('navigation', { name: 'Site' }).getByRole('link');
    await withPage(
      PHONE,
      async (page) => {
        await page.goto(served.url + 'about/');
        expect(await links(page).first().isVisible()).toBe(false);
        await page.getByText('Menu', { exact: true }).click();
        const all = await links(page).all();
        expect(all.length).toBeGreaterThanOrEqual(4);
        for (const link of all) expect(await link.isVisible()).toBe(true);
      },
      false,
    );
    await withPage(DESKTOP, async (page) => {
      await page.goto(served.url + 'about/');
      expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false);
      for (const link of await links(page).all()) expect(await link.isVisible()).toBe(true);
    });
  });
});

describe('the real site’s pages', () => {
  const { page, visit } = tab;

  it('has the header on two lines at 1280 px: the name, then every theme and tool in one row', async () => {
    await page.setViewportSize(DESKTOP);
    await visit(site.url + 'themes/federal-conflict/');
    const tops = await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const name = await page.locator('.site-name').evaluate((p) => p.getBoundingClientRect());
    expect(name.bottom).toBeLessThanOrEqual(tops[0]!);
  });

  it.each([PHONE, DESKTOP])('starts the first question card on the home page’s first screen at %o', async (viewport) => {
    await page.setViewportSize(viewport);
    await visit(site.url);
    const card = await page
      .locator('.glance > li')
      .first()
      .evaluate((li) => li.getBoundingClientRect().top);
    expect(card).toBeLessThan(viewport.height);
  });

  it('sets each theme’s question clearly above its entries’ headings on a phone', async () => {
    await page.setViewportSize(PHONE);
    for (const path of pathsOf(site.dist).filter((p) => p.startsWith('themes/'))) {
      await visit(site.url + path);
      const size = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(await size('h1'), path).toBeGreaterThanOrEqual(1.25 * (await size('article.entry h2')));
    }
  });
});

/** Pages that show every label between them: the labels table, and the fixture site's entries of every kind and its correction. */
const PRINTED = [
  () => site.url + 'about/',
  () => site.url + 'themes/sanctuary-policy/',
  () => `${preview.url}themes/opening-hours/`,
  () => `${preview.url}themes/opening-hours/2/`,
  () => `${preview.url}themes/funding/`,
];

describe('print', () => {
  const { page, visit } = printing;

  it('keeps every label and line legible when printed from dark mode with background graphics on', async () => {
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const kinds = new Set<string>();
    for (const url of PRINTED) {
      await visit(url());
      for (const kind of await page.locator('.kind').evaluateAll((labels) => labels.map((l) => l.className))) kinds.add(kind);
      const { violations } = await runAxe(page, { runOnly: { type: 'rule', values: ['color-contrast'] } });
      expect(
        violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
        url(),
      ).toEqual([]);
    }
    expect([...kinds].sort()).toEqual([
      'kind kind-analysis',
      'kind kind-context',
      'kind kind-editors',
      'kind kind-quote',
      'kind kind-reporting',
    ]);
  });

  it('prints each entry’s label, correction marker and date on one line across an A4 page’s text width', async () => {
    // 210 mm less print.css's 16 mm margins, at 96 px to the inch.
    await page.setViewportSize({ width: Math.floor(((210 - 2 * 16) / 25.4) * 96), height: 1000 });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const lines: { items: number; spread: number }[] = [];
    for (const url of PRINTED) {
      await visit(url());
      lines.push(
        ...(await page.locator('.entry .meta').evaluateAll((metas) =>
          metas.map((meta) => {
            const middles = [...meta.children].map((item) => {
              const box = item.getBoundingClientRect();
              return box.top + box.height / 2;
            });
            return { items: middles.length, spread: Math.max(...middles) - Math.min(...middles) };
          }),
        )),
      );
    }
    expect(lines.some((line) => line.items === 3)).toBe(true);
    expect(lines.filter((line) => line.spread > 2)).toEqual([]);
  });

  it('hides the navigation, search and page links, and prints where each source link goes', async () => {
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    await visit(`${preview.url}themes/opening-hours/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.menu', '.site-footer', '.pager', '.pages', '.contents'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await after('.cite a[href*="/sources/"]')).toContain('(https://preview.example.net/pr-42/sources/library-hours/#p');
    expect(await after('a.kind')).toBe('none');
  });
});
