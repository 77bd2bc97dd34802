/**
 * The layout as a reader meets it, measured in Chromium on the built pages,
 * on the real site and on a site named by a 120-character headline: nothing
 * scrolls sideways at 320 px; no two pieces of the header's text overlap at
 * 320, 768 or 1280 px, with the menu closed or open; the header is the same
 * height on every page and takes at most a fifth of a 390 × 844 phone; the
 * navigation opens without JavaScript; the home page's first question starts
 * on the first screen; a theme's question stands clearly above its entries'
 * headings; and a page printed from dark mode keeps its labels legible and
 * each entry's label and date on one line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { derive } from '../../src/lib/derive/derive.ts';
import { DEFAULT_CHROMIUM, launchChromium } from '../../src/lib/tooling/chromium.ts';
import { serveDist, type StaticServer } from '../../src/lib/tooling/static-server.ts';
import { buildSite } from '../helpers/build-site.ts';
import { htmlPages, urlPathOf } from '../helpers/dist.ts';
import { FIXTURE_BASE } from '../helpers/fixture-site.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
const LONG_NAME_FIXTURE = join(import.meta.dirname, '../fixtures/site-long-name');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let browser: Browser;
let site: StaticServer;
let longName: StaticServer;
let preview: StaticServer;
let longRoot: string;

beforeAll(async () => {
  longRoot = mkdtempSync(join(tmpdir(), 'explainer-long-name-'));
  cpSync(LONG_NAME_FIXTURE, longRoot, { recursive: true });
  await derive({ root: longRoot, today: '2026-04-09' });
  buildSite({ dataRoot: longRoot, outDir: join(longRoot, 'dist') });
  [browser, site, longName, preview] = await Promise.all([
    launchChromium(process.env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM),
    serveDist(inject('distDir')),
    serveDist(join(longRoot, 'dist')),
    serveDist(inject('fixtureDistDir'), FIXTURE_BASE),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), longName?.close(), preview?.close()]);
  rmSync(longRoot, { recursive: true, force: true });
});

const sites = [
  ['the site', () => site, () => inject('distDir')],
  ['the site named by a 120-character headline', () => longName, () => join(longRoot, 'dist')],
] as const;

/** Every page by the path to load; the 404 page at a missing address. */
const pathsOf = (dist: string) => htmlPages(dist).map((file) => (file === '404.html' ? 'no-such-page/' : urlPathOf(file).slice(1)));

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

describe.each(sites)('on %s', (_name, server, dist) => {
  it('scrolls no page sideways at 320 px', async () => {
    const overflowing = await withPage({ width: 320, height: 640 }, async (page) => {
      const found: string[] = [];
      for (const path of pathsOf(dist())) {
        await page.goto(server().url + path);
        const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (extra > 0) found.push(`/${path}: ${extra}px`);
      }
      return found;
    });
    expect(overflowing).toEqual([]);
  });

  it.each([320, 768, 1280])(
    'overlaps no text in the header at %i px, with the menu closed and open, and keeps one header height on every page',
    async (width) => {
      await withPage({ width, height: 800 }, async (page) => {
        const heights = new Set<number>();
        for (const path of pathsOf(dist())) {
          await page.goto(server().url + path);
          heights.add(await headerHeight(page));
          const closed = await headerOverlaps(page);
          expect(closed.count, path).toBeGreaterThan(1);
          expect(closed.clashes, `/${path}`).toEqual([]);
        }
        expect([...heights]).toHaveLength(1);
        if (await page.locator('summary').isVisible()) {
          await page.locator('summary').click();
          expect(await page.getByRole('navigation', { name: 'Site' }).getByRole('link').first().isVisible()).toBe(true);
          expect((await headerOverlaps(page)).clashes).toEqual([]);
        }
      });
    },
  );

  it('keeps the header within a fifth of a 390 × 844 phone on every page', async () => {
    await withPage(PHONE, async (page) => {
      for (const path of pathsOf(dist())) {
        await page.goto(server().url + path);
        expect(await headerHeight(page), `/${path}`).toBeLessThanOrEqual(PHONE.height / 5);
      }
    });
  });

  it('opens the navigation on a phone without JavaScript, and shows it without a button on a desktop', async () => {
    const links = (page: Page) => page.getByRole('navigation', { name: 'Site' }).getByRole('link');
    await withPage(
      PHONE,
      async (page) => {
        await page.goto(server().url + 'about/');
        expect(await links(page).first().isVisible()).toBe(false);
        await page.getByText('Menu', { exact: true }).click();
        const all = await links(page).all();
        expect(all.length).toBeGreaterThanOrEqual(4);
        for (const link of all) expect(await link.isVisible()).toBe(true);
      },
      false,
    );
    await withPage(DESKTOP, async (page) => {
      await page.goto(server().url + 'about/');
      expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false);
      for (const link of await links(page).all()) expect(await link.isVisible()).toBe(true);
    });
  });
});

describe('the real site’s pages', () => {
  it('has the header on two lines at 1280 px: the name, then every theme and tool in one row', async () => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(site.url + 'themes/federal-conflict/');
      const tops = await page
        .getByRole('navigation', { name: 'Site' })
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      const name = await page.locator('.site-name').evaluate((p) => p.getBoundingClientRect());
      expect(name.bottom).toBeLessThanOrEqual(tops[0]!);
    });
  });

  it.each([PHONE, DESKTOP])('starts the first question card on the home page’s first screen at %o', async (viewport) => {
    await withPage(viewport, async (page) => {
      await page.goto(site.url);
      const card = await page
        .locator('.glance > li')
        .first()
        .evaluate((li) => li.getBoundingClientRect().top);
      expect(card).toBeLessThan(viewport.height);
    });
  });

  it('sets each theme’s question clearly above its entries’ headings on a phone', async () => {
    await withPage(PHONE, async (page) => {
      for (const path of pathsOf(inject('distDir')).filter((p) => p.startsWith('themes/'))) {
        await page.goto(site.url + path);
        const size = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(await size('h1'), path).toBeGreaterThanOrEqual(1.25 * (await size('article.entry h2')));
      }
    });
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
  it('keeps every label and line legible when printed from dark mode with background graphics on', async () => {
    await withPage(DESKTOP, async (page) => {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const kinds = new Set<string>();
      for (const url of PRINTED) {
        await page.goto(url());
        for (const kind of await page.locator('.kind').evaluateAll((labels) => labels.map((l) => l.className))) kinds.add(kind);
        await page.evaluate(AXE_SOURCE);
        const failing = await page.evaluate(async () => {
          const { axe } = window as unknown as {
            axe: { run(c: Document, o: object): Promise<{ violations: { nodes: { target: string[] }[] }[] }> };
          };
          const result = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
          return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
        });
        expect(failing, url()).toEqual([]);
      }
      expect([...kinds].sort()).toEqual([
        'kind kind-analysis',
        'kind kind-context',
        'kind kind-editors',
        'kind kind-quote',
        'kind kind-reporting',
      ]);
    });
  });

  it('prints each entry’s label, correction marker and date on one line across an A4 page’s text width', async () => {
    // 210 mm less print.css's 16 mm margins, at 96 px to the inch.
    await withPage({ width: Math.floor(((210 - 2 * 16) / 25.4) * 96), height: 1000 }, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const lines: { items: number; spread: number }[] = [];
      for (const url of PRINTED) {
        await page.goto(url());
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
  });

  it('hides the navigation, search and page links, and prints where each source link goes', async () => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(`${preview.url}themes/opening-hours/`);
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
});
