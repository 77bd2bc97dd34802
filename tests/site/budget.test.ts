import { describe, expect, it } from 'vitest';
import { htmlPages, readPage, runnableScripts } from '../helpers/dist.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { SEED_SITE } from '../helpers/sites.ts';
import { firstPaintResources, isBudgetedPage, PAGE_BUDGET_BYTES, pageWeight } from '../../src/lib/tooling/page-weight.ts';

const { dist } = await builtSite(SEED_SITE);
const pages = htmlPages(dist);

describe('page weight budgets', () => {
  it('ships no JavaScript on any page but search', () => {
    const offenders = pages
      .filter((page) => !/^(?:[a-z]{2,3}\/)?search\/index\.html$/.test(page))
      .filter(
        (page) =>
          runnableScripts(readPage(dist, page)).length > 0 || firstPaintResources(readPage(dist, page), '/').some((r) => r.endsWith('.js')),
      );
    expect(offenders).toEqual([]);
  });

  it('counts the search script, so the check above can see scripts', () => {
    expect(firstPaintResources(readPage(dist, 'search/index.html'), '/').some((r) => r.endsWith('.js'))).toBe(true);
  });

  it('keeps the home page, every theme page and the key terms page within 14 KB gzipped, everything at first paint included, in both editions', () => {
    const budgeted = pages.filter(isBudgetedPage);
    expect(budgeted).toHaveLength(12);
    expect(budgeted.filter((page) => page.startsWith('es/'))).toHaveLength(6);
    for (const page of budgeted) {
      const { total, parts } = pageWeight(dist, page);
      expect(total, `${page}: ${JSON.stringify(parts)}`).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    }
  });
});
