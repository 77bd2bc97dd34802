/**
 * For browser test files: the run's one Chromium (tests/helpers/chromium-setup.ts),
 * built sites served as a static host serves them, and tabs that visit pages
 * in turn, since loading a page costs far less than opening a tab. Each is
 * opened as the file starts and closed after its tests, in the order opened
 * (the browser project's `sequence.hooks`): so a file connects to Chromium
 * first, and its tabs are gone before a server's close waits on their
 * connections.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { serveDist, type StaticServer } from '../../src/lib/tooling/static-server.ts';
import { builtSite, type BuiltSite, type SiteBuild } from './site-builds.ts';

export async function connectChromium(): Promise<Browser> {
  const browser = await chromium.connect(inject('chromiumEndpoint'));
  afterAll(() => browser.close());
  return browser;
}

export type ServedSite<Prepared = unknown> = BuiltSite<Prepared> & StaticServer;

/** A site built (once a run) and served under its base path. */
export async function serveSite<Prepared>(build: SiteBuild<Prepared>): Promise<ServedSite<Prepared>> {
  const site = await builtSite(build);
  const server = await serveDist(site.dist, build.basePath ?? '/');
  afterAll(() => server.close());
  return { ...site, ...server };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

export interface Tab {
  page: Page;
  /**
   * What should never happen, since the last visit began: console errors,
   * uncaught exceptions, failed or erroring requests, and any request that
   * leaves the visited site (a third-party host).
   */
  problems: string[];
  /** Loads a page and gives its status; `missing` says the address is one the site does not have, answered by its 404 page. */
  visit(url: string, options?: { missing?: boolean }): Promise<number | undefined>;
}

/**
 * A tab in a context of its own, with axe (`axe: true`) ready on every page
 * it loads: added through the debugging protocol, so the page's CSP (no
 * inline script) stays on for the page's own code.
 */
export async function openTab(browser: Browser, { axe = false, ...options }: BrowserContextOptions & { axe?: boolean } = {}): Promise<Tab> {
  const context = await browser.newContext(options);
  afterAll(() => context.close());
  if (axe) await context.addInitScript(AXE_SOURCE);
  const page = await context.newPage();
  const problems: string[] = [];
  const visiting = { origin: '', missing: '' };
  page.on('console', (message) => {
    // Chromium logs the 404 status of a missing page itself; that one is expected.
    if (message.type() === 'error' && message.location().url !== visiting.missing) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== visiting.origin) problems.push(`third-party request: ${request.url()}`);
  });
  // Navigations are left to the test, which knows which status it expects (the 404 page).
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest())
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    page,
    problems,
    async visit(url, { missing = false } = {}) {
      problems.length = 0;
      Object.assign(visiting, { origin: new URL(url).origin, missing: missing ? url : '' });
      // The search page fetches its index as it starts; any other page is done at `load`, with nothing left in flight.
      const response = await page.goto(url, { waitUntil: /\/search\/(?:\?|$)/.test(url) ? 'networkidle' : 'load' });
      return response?.status();
    },
  };
}

export interface AxeResult {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe on the page as it is now (in a tab opened with `axe: true`), with the options given, reporting details of violations and incomplete checks only. */
export function runAxe(page: Page, options: object): Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }> {
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }> };
    };
    const { violations, incomplete } = await axe.run(document, { ...options, resultTypes: ['violations', 'incomplete'] });
    return { violations, incomplete };
  }, options);
}
