/**
 * Records what should never happen on a page: console errors, uncaught
 * exceptions, failed or erroring requests, and any request that leaves the
 * local server (a third-party host).
 */
import type { Page } from 'playwright-core';

export function watchPage(page: Page, origin: string, missingDocument?: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    // Chromium logs the 404 status of a missing page itself; that one is expected.
    if (message.type() === 'error' && message.location().url !== missingDocument) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`third-party request: ${request.url()}`);
  });
  // Navigations are left to the test, which knows which status it expects (the 404 page).
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest())
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
