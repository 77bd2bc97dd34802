/**
 * Every built page in a real browser: axe at phone and desktop sizes in light
 * and dark, no console errors or failed or third-party requests, and with
 * JavaScript off every page but search shows all of its content. Pages are
 * visited in turn in one tab, each checked at every size and colour scheme
 * once loaded.
 */
import { describe, expect, it } from 'vitest';
import { connectChromium, openTab, runAxe, serveSite, type Tab } from '../helpers/browser.ts';
import { htmlPages, urlPathOf } from '../helpers/dist.ts';
import { DATED_PREVIEW, SEED_SITE } from '../helpers/sites.ts';

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const NOT_FOUND = 'no-such-page/';
/**
 * WCAG 2.2 A and AA, plus axe's best practices (landmarks, one h1, headings in
 * order), plus one AAA rule axe leaves off: links with the same name must lead
 * to the same place. Axe cannot judge "the same purpose", so it asks for a
 * review (an incomplete result) when same-named links differ; that counts as
 * a failure here.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'wcag249'];
const SAME_NAME = 'identical-links-same-purpose';

const browser = await connectChromium();
const [site, dated, withScript, withoutScript] = await Promise.all([
  serveSite(SEED_SITE),
  serveSite(DATED_PREVIEW),
  openTab(browser, { axe: true }),
  openTab(browser, { javaScriptEnabled: false }),
]);

/** Pages by the path to load: the 404 page is reached the way readers reach it, at a missing address. */
const paths = htmlPages(site.dist).map((file) => (file === '404.html' ? NOT_FOUND : urlPathOf(file).slice(1)));

/** The key terms and timeline pages of the dated fixture (a preview with drafts), and the theme pages that show its events. */
const datedPaths = ['terms/', 'timeline/', 'themes/closure/', 'themes/money/'];

const statusOf = (path: string) => (path === NOT_FOUND ? 404 : 200);

/** Axe's violations (and same-named links to different places) at both sizes, light and dark, on the page loaded in the tab. */
async function axeViolations({ page }: Tab): Promise<string[]> {
  const violations: string[] = [];
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      const found = await runAxe(page, { runOnly: { type: 'tag', values: AXE_TAGS }, rules: { [SAME_NAME]: { enabled: true } } });
      for (const v of [...found.violations, ...found.incomplete.filter((r) => r.id === SAME_NAME)])
        violations.push(`${viewport.width}px ${colorScheme}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  return violations;
}

describe('every page in a browser', () => {
  it('finds every page of the site', () => {
    expect(paths).toEqual(expect.arrayContaining(['', 'about/', 'search/', 'updates/', 'terms/', NOT_FOUND, 'themes/sanctuary-policy/']));
    expect(paths).toEqual(
      expect.arrayContaining(['es/', 'es/about/', 'es/search/', 'es/terms/', 'es/404.html', 'es/themes/sanctuary-policy/']),
    );
    // Each edition has every page: twelve in English, the same twelve in Spanish.
    expect(paths).toHaveLength(24);
  });

  it.for(paths)('/%s has no axe violations at phone and desktop size, light and dark, and no errors', async (path) => {
    expect(await withScript.visit(site.url + path, { missing: path === NOT_FOUND }), path).toBe(statusOf(path));
    expect(await axeViolations(withScript)).toEqual([]);
    expect(withScript.problems).toEqual([]);
  });

  it.for(paths.filter((path) => !path.endsWith('search/')))('/%s shows all of its content with JavaScript off', async (path) => {
    const { page } = withoutScript;
    expect(await withoutScript.visit(site.url + path, { missing: path === NOT_FOUND }), path).toBe(statusOf(path));
    const content = page.locator('main :is(h1, h2, h3, p, li, dt, dd, th, td, article)');
    const total = await content.count();
    expect(total).toBeGreaterThan(2);
    expect(await content.filter({ visible: true }).count()).toBe(total);
    // The page's heading: in main, or the header's name where that is the home page's headline.
    expect(await page.locator('h1').innerText()).not.toBe('');
    expect(withoutScript.problems).toEqual([]);
  });

  it('tells readers without JavaScript where to go instead of search', async () => {
    expect(await withoutScript.visit(site.url + 'search/')).toBe(200);
    // Playwright's text locators skip <noscript>, so read what the reader sees.
    const shown = await withoutScript.page.locator('main').innerText();
    expect(shown).toContain('Search needs JavaScript, which is turned off in your browser.');
    expect(shown).toContain('What has the mayor pledged to do?');
    expect(shown).toContain('The source article, paragraph by paragraph');
  });
});

describe('key terms and the timeline of a dated article in a browser', () => {
  it.for(datedPaths)('/%s has no axe violations at phone and desktop size, light and dark, and no errors', async (path) => {
    expect(await withScript.visit(dated.url + path), path).toBe(200);
    expect(await axeViolations(withScript)).toEqual([]);
    expect(withScript.problems).toEqual([]);
  });
});
