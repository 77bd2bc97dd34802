import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { forwardingPages } from '../helpers/dist.ts';

describe('permanent entry addresses', () => {
  const dist = inject('distDir');
  const pages = forwardingPages(dist);

  it('exist for every entry, at entries/<theme>/<slug>/', () => {
    expect(pages).toEqual(expect.arrayContaining([
      'entries/federal-conflict/national-immigration-enforcement-conflicts/index.html',
      'entries/coalition-cities/integration-with-broader-social-justice-agenda/index.html',
    ]));
    expect(pages).toHaveLength(7);
  });

  it('forward, without script, to the entry on its theme page, where its anchor exists', () => {
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
      const link = /<a href="([^"]+)">/.exec(html)?.[1];
      expect(refresh, page).toBe(link);
      const [path, anchor] = refresh!.split('#');
      expect(anchor, page).toBe(page.split('/')[2]);
      const target = readFileSync(join(dist, path!, 'index.html'), 'utf8');
      expect(target, page).toContain(`id="${anchor}"`);
      expect(html).toContain(`<meta http-equiv="content-security-policy" content="default-src 'none'">`);
      expect(html).not.toContain('<script');
    }
  });

  it('are valid HTML', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(dist, page));
      for (const m of report.results.flatMap((r) => r.messages)) problems.push(`${page}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
