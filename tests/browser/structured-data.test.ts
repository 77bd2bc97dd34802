/**
 * JSON-LD under the site's Content-Security-Policy, in Chromium: a data
 * block is never run, so the strict policy (no inline script) reports no
 * violation on a page that carries one, while an inline script added to the
 * same page is refused and reported, which shows the check is listening.
 */
import { describe, expect, it } from 'vitest';
import { connectChromium, openTab, serveSite } from '../helpers/browser.ts';
import { SEED_SITE } from '../helpers/sites.ts';

const browser = await connectChromium();
const [site, tab] = await Promise.all([serveSite(SEED_SITE), openTab(browser)]);

// Registered before any page's own code, so every violation of the visit is recorded.
await tab.page.addInitScript(() => {
  const seen: string[] = [];
  Object.assign(window, { cspViolations: seen });
  document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
});

const violations = () => tab.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('JSON-LD and the Content-Security-Policy', () => {
  it('reports no violation on story, question and source pages, and the browser reads each block as JSON', async () => {
    for (const path of [
      '',
      'themes/federal-conflict/',
      'es/themes/federal-conflict/',
      'sources/mayor-ends-immigration-enforcement-cooperation/',
    ]) {
      await tab.visit(`${site.url}${path}`);
      const blocks = await tab.page.$$eval('script[type="application/ld+json"]', (scripts) =>
        scripts.map((s) => JSON.parse(s.textContent ?? '') as { '@type': string }),
      );
      expect(
        blocks.map((b) => b['@type']),
        path,
      ).toEqual([path.startsWith('sources/') ? 'NewsArticle' : 'Article']);
      expect(await tab.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).not.toContain('unsafe-inline');
      expect(await violations(), path).toEqual([]);
      expect(tab.problems, path).toEqual([]);
    }
  });

  it('refuses and reports an inline script on the same page', async () => {
    await tab.visit(`${site.url}themes/federal-conflict/`);
    await tab.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.ran = "yes"';
      document.body.append(script);
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await tab.page.evaluate(() => document.body.dataset.ran)).toBeUndefined();
  });
});
