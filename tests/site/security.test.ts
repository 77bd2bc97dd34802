import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { SEED_SITE } from '../helpers/sites.ts';

const { dist } = await builtSite(SEED_SITE);

describe('security of every built page', () => {
  const pages = htmlPages(dist).map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));

  it('has a Content-Security-Policy with no inline script allowed', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const { file, html } of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      const script = csp!
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src'));
      expect(script, file).toMatch(/^script-src 'self'/);
      expect(script, file).not.toContain("'unsafe-inline'");
      expect(csp, file).toContain("object-src 'none'");
    }
  });
});
