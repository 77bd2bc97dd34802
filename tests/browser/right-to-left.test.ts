/**
 * A right-to-left edition needs no CSS of its own: over the real content,
 * tests/fixtures/site-rtl declares Arabic (`dir: rtl`) with its home page, a
 * theme and two entries translated, and an interface catalogue written in
 * tests/helpers/sites.ts (every English key, a few in Arabic): the
 * three-edition site. It builds; every page under /ar/ carries
 * `<html lang="ar" dir="rtl">`; and at phone and desktop widths no text
 * leaves the screen, nothing scrolls sideways, no two pieces of text overlap,
 * and the page starts at the right. It is built under a preview's base path,
 * so both editions' links are checked there too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectChromium, openTab, serveSite } from '../helpers/browser.ts';
import { htmlPages, readPage, urlPathOf } from '../helpers/dist.ts';
import { FIXTURE_BASE } from '../helpers/fixture-site.ts';
import { THREE_EDITIONS } from '../helpers/sites.ts';

const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const browser = await connectChromium();
const [{ dist, url }, tab] = await Promise.all([serveSite(THREE_EDITIONS), openTab(browser)]);

const arabicPages = () => htmlPages(dist).filter((file) => file.startsWith('ar/'));

/** Text that leaves the viewport, and pairs of text boxes that overlap, on the page as laid out. */
const layoutProblems = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width)
      problems.push(`scrolls sideways by ${document.documentElement.scrollWidth - width}px`);
    // Each element's own text, line by line. Text hidden for screen readers only (clipped to a pixel) is skipped:
    // its boxes report the unclipped run, which is neither seen nor laid out.
    const clipped = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement) if (getComputedStyle(at).clipPath !== 'none') return true;
      return false;
    };
    const boxes: { el: Element; r: DOMRect; name: string }[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (own.length === 0 || !el.checkVisibility() || el.closest('.skip') || clipped(el)) continue;
      const name = `<${el.tagName.toLowerCase()}> “${el.textContent!.trim().slice(0, 30)}”`;
      for (const text of own) {
        const range = document.createRange();
        range.selectNodeContents(text);
        for (const r of range.getClientRects()) {
          if (r.width < 1 || r.height < 1) continue;
          if (r.left < -1 || r.right > width + 1) problems.push(`${name} off screen (${Math.round(r.left)}–${Math.round(r.right)})`);
          boxes.push({ el, r, name });
        }
      }
    }
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) return;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) problems.push(`${a.name} overlaps ${b.name}`);
      }),
    );
    return problems;
  });

describe('a right-to-left edition (Arabic fixture)', () => {
  it('builds every page under /ar/, each with <html lang="ar" dir="rtl">', () => {
    const pages = arabicPages();
    expect(pages.length).toBe(htmlPages(dist).filter((file) => !/^(?:ar|es)\//.test(file)).length);
    for (const file of pages) expect(readPage(dist, file), file).toContain('<html lang="ar" dir="rtl">');
    expect(readPage(dist, 'ar/themes/sanctuary-policy/index.html')).toContain('<h1>بماذا تعهد العمدة؟');
    expect(readPage(dist, 'ar/index.html')).toContain('ترجمة آلية لم يراجعها إنسان بعد.');
  });

  it('links every page of every edition under the base path', () => {
    for (const file of htmlPages(dist).filter((f) => /^(?:ar|es)\//.test(f)))
      expect(readPage(dist, file), file).not.toMatch(new RegExp(`(?:href|src)="/(?!${FIXTURE_BASE.slice(1)})`));
  });

  it.each(WIDTHS)(
    'lays out every Arabic page at $width px with no text off screen or overlapping, starting at the right',
    async (viewport) => {
      const { page, visit } = tab;
      await page.setViewportSize(viewport);
      const found: string[] = [];
      for (const file of arabicPages()) {
        const path = file === 'ar/404.html' ? 'ar/404.html' : urlPathOf(file).slice(1);
        await visit(url + path);
        for (const problem of await layoutProblems(page)) found.push(`/${path}: ${problem}`);
        // The page's heading (the header's name, on a home page whose headline it is) starts at the right-hand edge of
        // its column, as Arabic reads, and reads right to left.
        const h1 = await page.locator('h1').evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const firstLine = range.getClientRects()[0]!;
          return {
            gapRight: el.getBoundingClientRect().right - firstLine.right,
            direction: getComputedStyle(el).direction,
            english: el.hasAttribute('lang') || el.querySelector('[lang]') !== null,
          };
        });
        expect(h1.direction, path).toBe('rtl');
        // A heading still in English (not translated) is an English run inside the right-to-left line; only Arabic ones are measured.
        if (!h1.english) expect(h1.gapRight, path).toBeLessThan(2);
      }
      expect(found).toEqual([]);
    },
  );
});
