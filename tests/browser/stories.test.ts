/**
 * A site of several stories in a browser (the project's site with an
 * unrelated story added, built as CI builds it): the front page and each
 * story's home, in both editions, have no axe violations from 320 to
 * 1280 px in light and dark, and so do a story's key terms and timeline and
 * the site's, grouped by story (at 320 and 1280 px); each story's feed is
 * well-formed RSS; and search, which covers the whole site, says
 * which story each result belongs to and keeps to one story when the reader
 * chooses it.
 */
import { describe, expect, it } from 'vitest';
import { connectChromium, openTab, runAxe, serveSite } from '../helpers/browser.ts';
import { SEED_AND_UNRELATED } from '../helpers/sites.ts';

const WIDTHS = [320, 768, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const MAYOR = 'New York City’s mayor pledges to end ICE cooperation';
const GAO = 'Federal Information Transparency';

const browser = await connectChromium();
const [site, tab, axeTab] = await Promise.all([
  serveSite(SEED_AND_UNRELATED),
  openTab(browser, { viewport: { width: 1280, height: 800 } }),
  openTab(browser, { axe: true }),
]);

/** What axe finds on a page at each width, light and dark, and any width at which it scrolls sideways. */
async function findings(path: string, widths: readonly number[]): Promise<string[]> {
  const { page, visit, problems } = axeTab;
  expect(await visit(site.url + path)).toBe(200);
  const found: string[] = [];
  for (const width of widths)
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      const { violations } = await runAxe(page, { runOnly: { type: 'tag', values: AXE_TAGS } });
      for (const v of violations) found.push(`${width}px ${colorScheme}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) found.push(`${width}px: ${overflow}px wider than the screen`);
    }
  return [...found, ...problems];
}

describe('the front page and the story homes', () => {
  it.for(['', 'stories/mayor-ice-pledge/', 'stories/gao-transparency-testimony/', 'es/', 'es/stories/mayor-ice-pledge/'])(
    '/%s has no axe violations from 320 to 1280 px, light and dark, and nothing wider than the screen',
    async (path) => {
      expect(await findings(path, WIDTHS)).toEqual([]);
    },
  );
});

describe('a story’s key terms and timeline, and the site’s grouped by story', () => {
  it.for(['stories/gao-transparency-testimony/terms/', 'es/stories/aml-reclamation/timeline/', 'terms/', 'es/timeline/'])(
    '/%s has no axe violations at 320 and 1280 px, light and dark, and nothing wider than the screen',
    async (path) => {
      expect(await findings(path, [320, 1280])).toEqual([]);
    },
  );

  it('feeds each story as well-formed RSS 2.0, in both editions', async () => {
    const { page, visit } = tab;
    await visit(site.url);
    for (const path of ['stories/gao-transparency-testimony/feed.xml', 'es/stories/aml-reclamation/feed.xml']) {
      const parsed = await page.evaluate(async (url) => {
        const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.nodeName,
          version: doc.documentElement.getAttribute('version'),
          items: [...doc.querySelectorAll('channel > item')].map((item) =>
            ['title', 'link', 'pubDate'].every((name) => item.querySelector(name)?.textContent),
          ),
        };
      }, site.url + path);
      expect(parsed.error, path).toBeNull();
      expect([parsed.root, parsed.version]).toEqual(['rss', '2.0']);
      expect(parsed.items.length, path).toBeGreaterThan(0);
      expect(parsed.items.every(Boolean), path).toBe(true);
    }
  });
});

describe('search on a site of several stories', () => {
  /** The places of the results for a query, keeping to one story or none. */
  async function places(query: string, story = ''): Promise<string[]> {
    const { page, visit } = tab;
    await visit(`${site.url}search/?q=${encodeURIComponent(query)}&story=${story}`);
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 20_000 }).toMatch(/for “/);
    return page.locator('#search-results .result-theme').allInnerTexts();
  }

  it('covers every story and names each result’s story', async () => {
    const all = await places('federal');
    expect(all.some((place) => place.startsWith(MAYOR))).toBe(true);
    expect(all.some((place) => place.startsWith(GAO))).toBe(true);
  });

  it('keeps to the story the reader chooses', async () => {
    const mayor = await places('federal', 'mayor-ice-pledge');
    expect(mayor.length).toBeGreaterThan(0);
    expect(mayor.every((place) => place.startsWith(MAYOR))).toBe(true);
    const gao = await places('federal', 'gao-transparency-testimony');
    expect(gao.length).toBeGreaterThan(0);
    expect(gao.every((place) => place.startsWith(GAO))).toBe(true);
    expect(await tab.page.locator('#search-story').inputValue()).toBe('gao-transparency-testimony');
  });
});
