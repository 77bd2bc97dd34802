/**
 * Two figures of the design that axe does not measure, taken in Chromium on
 * the built pages: body text sets about 60–75 characters to the line on a
 * desktop, and the marks that carry meaning without words (each label's
 * shape, the focus ring) stand out at least 3:1 from what they are drawn on
 * (WCAG 1.4.11), in the light and the dark colours.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectChromium, openTab, serveSite } from '../helpers/browser.ts';
import { htmlPages, urlPathOf } from '../helpers/dist.ts';
import { LIBRARY_PREVIEW, SEED_SITE } from '../helpers/sites.ts';

const browser = await connectChromium();
const [site, preview, tab] = await Promise.all([
  serveSite(SEED_SITE),
  serveSite(LIBRARY_PREVIEW),
  openTab(browser, { viewport: { width: 1280, height: 800 } }),
]);

/** Runs a test's steps in the file's one tab, in the light or the dark colours. */
async function withPage<T>(
  colorScheme: 'light' | 'dark',
  run: (page: Page, visit: (url: string) => Promise<unknown>) => Promise<T>,
): Promise<T> {
  await tab.page.emulateMedia({ colorScheme });
  return run(tab.page, tab.visit);
}

/** The pages read as running text: themes, sources, how this is made, updates. The home page is cards and a lead beside the headline. */
const readingPaths = () =>
  htmlPages(site.dist)
    .map((file) => urlPathOf(file).slice(1))
    .filter((path) => /^(themes|sources)\/[^/]+\/$|^about\/$|^updates\/$/.test(path));

describe('the measure', () => {
  it('sets 60 to 75 characters to the line in every paragraph of body text at 1280 px', async () => {
    const paths = readingPaths();
    expect(paths.length).toBeGreaterThanOrEqual(4);
    const measures = await withPage('light', async (page, visit) => {
      const found: { path: string; characters: number }[] = [];
      for (const path of paths) {
        await visit(site.url + path);
        // Characters to the line: the text's width over its average character's, in its own font, against the column it sets in.
        const perLine = await page.evaluate(() => {
          const canvas = document.createElement('canvas').getContext('2d')!;
          const bodySize = getComputedStyle(document.body).fontSize;
          return [...document.querySelectorAll('main p')].flatMap((p) => {
            const style = getComputedStyle(p);
            const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
            if (style.fontSize !== bodySize || text.length < 150) return [];
            canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const column = p.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
            return [Math.round(column / (canvas.measureText(text).width / text.length))];
          });
        });
        found.push(...perLine.map((characters) => ({ path, characters })));
      }
      return found;
    });
    expect(measures.length).toBeGreaterThanOrEqual(10);
    expect(measures.filter((m) => m.characters < 60 || m.characters > 75)).toEqual([]);
  });
});

/** The contrast ratio of two CSS colours, as WCAG defines it; each is resolved by the browser to sRGB. */
const contrastIn = (page: Page, pairs: [string, string][]) =>
  page.evaluate((pairs) => {
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const luminance = (colour: string) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b] = [...canvas.getImageData(0, 0, 1, 1).data].map((c) => c / 255);
      const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    };
    return pairs.map(([a, b]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    });
  }, pairs);

/** The fixture site's pages show an entry of every kind; the real site's about page has every label in its table. */
const LABELLED = [() => `${preview.url}themes/opening-hours/`, () => `${preview.url}themes/opening-hours/2/`, () => site.url + 'about/'];

describe.each(['light', 'dark'] as const)('in the %s colours', (scheme) => {
  it('draws each label’s shape at 3:1 or more against the label', async () => {
    await withPage(scheme, async (page, visit) => {
      const shapes = new Map<string, [string, string]>();
      for (const url of LABELLED) {
        await visit(url());
        const labels = await page
          .locator('.kind')
          .evaluateAll((all) =>
            all.map(
              (label) =>
                [label.className, getComputedStyle(label, '::before').backgroundColor, getComputedStyle(label).backgroundColor] as const,
            ),
          );
        for (const [kind, shape, tint] of labels) shapes.set(kind, [shape, tint]);
      }
      expect(shapes.size).toBe(5);
      const ratios = await contrastIn(page, [...shapes.values()]);
      const weak = [...shapes.keys()].map((kind, i) => `${kind}: ${ratios[i]!.toFixed(2)}`).filter((_, i) => ratios[i]! < 3);
      expect(weak).toEqual([]);
    });
  });

  it('rings every focused control in the first ten Tab stops with a solid line at 3:1 or more against the page and a panel', async () => {
    await withPage(scheme, async (page, visit) => {
      await visit(site.url + 'themes/federal-conflict/');
      const rings: { who: string; style: string; width: number; colour: string }[] = [];
      for (let stop = 0; stop < 10; stop++) {
        await page.keyboard.press('Tab');
        rings.push(
          await page.evaluate(() => {
            const style = getComputedStyle(document.activeElement!);
            return {
              who: document.activeElement!.textContent!.trim().slice(0, 30),
              style: style.outlineStyle,
              width: parseFloat(style.outlineWidth),
              colour: style.outlineColor,
            };
          }),
        );
      }
      const [bg, panel] = await page.evaluate(() =>
        ['--bg', '--panel'].map((t) => getComputedStyle(document.documentElement).getPropertyValue(t)),
      );
      const ratios = await contrastIn(
        page,
        rings.flatMap((ring) => [
          [ring.colour, bg!],
          [ring.colour, panel!],
        ]),
      );
      const faint = rings
        .map((ring, i) => ({ ...ring, ratio: Math.min(ratios[2 * i]!, ratios[2 * i + 1]!) }))
        .filter((ring) => ring.style !== 'solid' || ring.width < 2 || ring.ratio < 3);
      expect(faint).toEqual([]);
    });
  });
});
