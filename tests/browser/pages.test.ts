/**
 * Every built page in a real browser: axe at phone and desktop sizes in light
 * and dark, no console errors or failed or third-party requests, and with
 * JavaScript off every page but search shows all of its content.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_CHROMIUM, launchChromium } from '../../src/lib/tooling/chromium.ts';
import { serveDist, type StaticServer } from '../../src/lib/tooling/static-server.ts';
import { watchPage } from '../helpers/browser-watch.ts';
import { htmlPages, urlPathOf } from '../helpers/dist.ts';
import { FIXTURE_BASE } from '../helpers/fixture-site.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
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

/** Pages by the path to load: the 404 page is reached the way readers reach it, at a missing address. */
const paths = htmlPages(inject('distDir')).map((file) => (file === '404.html' ? NOT_FOUND : urlPathOf(file).slice(1)));

/** The key terms and timeline pages of the dated fixture (a preview with drafts), and the theme pages that show its events. */
const datedPaths = ['terms/', 'timeline/', 'themes/closure/', 'themes/money/'];

let browser: Browser;
let server: StaticServer;
let datedServer: StaticServer;

beforeAll(async () => {
  [browser, server, datedServer] = await Promise.all([
    launchChromium(process.env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM),
    serveDist(inject('distDir')),
    serveDist(inject('datedDistDir'), FIXTURE_BASE),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), datedServer?.close()]);
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Axe's violations (and same-named links to different places) at both sizes, light and dark. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, so the page's CSP (no inline script) stays on for the page's own code.
  await page.evaluate(AXE_SOURCE);
  const violations: string[] = [];
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      const found = await page.evaluate(
        async ([tags, sameName]) => {
          const { axe } = window as unknown as {
            axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[]; incomplete: AxeViolation[] }> };
          };
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: { [sameName]: { enabled: true } } });
          return [...result.violations, ...result.incomplete.filter((r) => r.id === sameName)];
        },
        [AXE_TAGS, SAME_NAME] as const,
      );
      for (const v of found)
        violations.push(`${viewport.width}px ${colorScheme}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  return violations;
}

async function open(context: BrowserContext, path: string): Promise<{ page: Page; problems: string[]; status: number | undefined }> {
  const page = await context.newPage();
  const problems = watchPage(page, new URL(server.url).origin, path === NOT_FOUND ? server.url + path : undefined);
  const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, problems, status: response?.status() };
}

const statusOf = (path: string) => (path === NOT_FOUND ? 404 : 200);

describe('every page in a browser', () => {
  it('finds every page of the site', () => {
    expect(paths).toEqual(expect.arrayContaining(['', 'about/', 'search/', 'updates/', 'terms/', NOT_FOUND, 'themes/sanctuary-policy/']));
    expect(paths).toEqual(
      expect.arrayContaining(['es/', 'es/about/', 'es/search/', 'es/terms/', 'es/404.html', 'es/themes/sanctuary-policy/']),
    );
    // Each edition has every page: twelve in English, the same twelve in Spanish.
    expect(paths).toHaveLength(24);
  });

  // Pages are checked a few at a time (concurrent tests share one browser, each in its own context): a page
  // mostly waits on Chromium, and one page's start-up overlaps another's checks. Each uses its own `expect`.
  it.concurrent.for(paths)(
    '/%s has no axe violations at phone and desktop size, light and dark, and no errors',
    async (path, { expect }) => {
      const context = await browser.newContext();
      try {
        const { page, problems, status } = await open(context, path);
        expect(status, path).toBe(statusOf(path));
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.concurrent.for(paths.filter((path) => !path.endsWith('search/')))(
    '/%s shows all of its content with JavaScript off',
    async (path, { expect }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const { page, problems, status } = await open(context, path);
        expect(status, path).toBe(statusOf(path));
        const content = page.locator('main :is(h1, h2, h3, p, li, dt, dd, th, td, article)');
        const total = await content.count();
        expect(total).toBeGreaterThan(2);
        expect(await content.filter({ visible: true }).count()).toBe(total);
        expect(await page.locator('main h1').innerText()).not.toBe('');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('tells readers without JavaScript where to go instead of search', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const { page, status } = await open(context, 'search/');
      expect(status).toBe(200);
      // Playwright's text locators skip <noscript>, so read what the reader sees.
      const shown = await page.locator('main').innerText();
      expect(shown).toContain('Search needs JavaScript, which is turned off in your browser.');
      expect(shown).toContain('What has the mayor pledged to do?');
      expect(shown).toContain('The source article, paragraph by paragraph');
    } finally {
      await context.close();
    }
  });
});

describe('key terms and the timeline of a dated article in a browser', () => {
  it.concurrent.for(datedPaths)(
    '/%s has no axe violations at phone and desktop size, light and dark, and no errors',
    async (path, { expect }) => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const problems = watchPage(page, new URL(datedServer.url).origin);
        const response = await page.goto(datedServer.url + path, { waitUntil: 'networkidle' });
        expect(response?.status(), path).toBe(200);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
