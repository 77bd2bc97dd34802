import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { DATED_PREVIEW, LIBRARY_PREVIEW, SEED_SITE } from '../helpers/sites.ts';

const [seed, preview, dated] = await Promise.all([builtSite(SEED_SITE), builtSite(LIBRARY_PREVIEW), builtSite(DATED_PREVIEW)]);

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  for (const [name, dir] of [
    ['real site', seed.dist],
    ['fixture site under a base path', preview.dist],
    ['dated fixture site, a preview with drafts', dated.dist],
  ] as const) {
    it(`has no html-validate errors on any page of the ${name}`, async () => {
      const pages = htmlPages(dir);
      expect(pages.length).toBeGreaterThan(5);
      const problems: string[] = [];
      for (const page of pages) {
        const report = await validator.validateFile(join(dir, page));
        for (const result of report.results) {
          for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
