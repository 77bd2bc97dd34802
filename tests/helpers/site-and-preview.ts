/**
 * For a browser test file that reads the seed site and the fixture preview:
 * one Chromium and a static server for each, opened before the file's tests
 * and closed after them. The bindings are live: read them inside tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { DEFAULT_CHROMIUM, launchChromium } from '../../src/lib/tooling/chromium.ts';
import { serveDist, type StaticServer } from '../../src/lib/tooling/static-server.ts';
import { FIXTURE_BASE } from './fixture-site.ts';

export let browser: Browser;
/** The seed site, served at the root. */
export let site: StaticServer;
/** The fixture site, a preview served under its base path. */
export let preview: StaticServer;

export function openSiteAndPreview(): void {
  beforeAll(async () => {
    [browser, site, preview] = await Promise.all([
      launchChromium(process.env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM),
      serveDist(inject('distDir')),
      serveDist(inject('fixtureDistDir'), FIXTURE_BASE),
    ]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close(), preview?.close()]);
  });
}
