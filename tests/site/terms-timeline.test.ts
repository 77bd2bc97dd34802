/**
 * Key terms and the timeline as readers get them. The real site has terms
 * and, its article carrying no dates, no timeline page and no link to one.
 * The dated fixture, built as a pull-request preview under a base path, has
 * both, with confirmed items and drafts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages, readPage, runnableScripts } from '../helpers/dist.ts';
import { FIXTURE_BASE } from '../helpers/fixture-site.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { DATED_PREVIEW, SEED_SITE } from '../helpers/sites.ts';
import { PAGE_BUDGET_BYTES, pageWeight } from '../../src/lib/tooling/page-weight.ts';

const [{ dist }, { dist: dated }] = await Promise.all([builtSite(SEED_SITE), builtSite(DATED_PREVIEW)]);

describe('key terms on the real site', () => {
  const terms = readPage(dist, 'terms/index.html');

  it('lists every confirmed term alphabetically, with its label and definition', () => {
    const headings = [...terms.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
    expect(headings).toEqual(['aclu', 'deportation', 'detention', 'ice', 'ice-abolition', 'sanctuary-jurisdiction']);
    expect(terms).toContain('ICE<span class="expansion">, short for Immigration and Customs Enforcement</span>');
    expect(terms).toContain('<a class="kind kind-context" href="/about/#kind-context">Context from the editors</a>');
    expect(terms).toContain(
      '<a href="/sources/mayor-ends-immigration-enforcement-cooperation/#p1"><span aria-hidden="true">Source ¶1</span><span class="vh">Source, paragraph 1</span></a>',
    );
    // A definition the article does not give cites no paragraph that only uses the word.
    const aclu = terms.slice(terms.indexOf('<h2 id="aclu">'), terms.indexOf('<h2 id="deportation">'));
    expect(aclu).not.toContain('/sources/');
    expect(terms).not.toContain('class="draft-notice"');
  });

  it('marks the first use of a term on a theme page, once, never in a heading or a link', () => {
    for (const page of htmlPages(dist).filter((p) => p.startsWith('themes/'))) {
      const html = readPage(dist, page);
      expect(html.match(/<abbr title="Immigration and Customs Enforcement">ICE<\/abbr>/g)?.length ?? 0, page).toBeLessThanOrEqual(1);
      expect(html, page).not.toMatch(/<h[1-6][^>]*>[^<]*<(?:abbr|a class="term")/);
      expect(html, page).not.toMatch(/<a [^>]*>[^<]*<abbr/);
    }
    const sanctuary = readPage(dist, 'themes/sanctuary-policy/index.html');
    // The longer term wins where two begin together: "ICE abolition", not "ICE".
    expect(sanctuary).toContain('<a class="term" href="/terms/#ice-abolition" aria-label="ICE abolition: key term">ICE abolition</a>');
    expect(sanctuary).toContain('<a class="term" href="/terms/#detention" aria-label="detention: key term">detention</a>');
  });

  it('has no timeline page and no link to one, since its article carries no dates', () => {
    expect(existsSync(join(dist, 'timeline'))).toBe(false);
    for (const page of htmlPages(dist)) expect(readPage(dist, page), page).not.toContain('timeline/');
  });
});

describe('key terms and the timeline of a dated article, in a preview build', () => {
  const timeline = readPage(dated, 'timeline/index.html');
  const terms = readPage(dated, 'terms/index.html');

  it('lists the events oldest first, each with a machine-readable date, a label and its paragraph', () => {
    const dates = [...timeline.matchAll(/<time class="event-date" datetime="([^"]+)">([^<]+)<\/time>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(dates).toEqual(['2022 2022', '2022-03 March 2022', '2022-09 September 2022', '2024-06-14 14 June 2024']);
    expect(timeline).toContain(
      `<a href="${FIXTURE_BASE}sources/harbour-bridge/#p2"><span aria-hidden="true">Source ¶2</span><span class="vh">Source, paragraph 2</span></a>`,
    );
    expect(timeline).toContain('The council agreed to pay for the repairs.');
    expect(timeline).toContain(`<a class="kind kind-reporting" href="${FIXTURE_BASE}about/#kind-reporting">`);
    expect(timeline).toContain('<blockquote><p>The Harbour Bridge Authority (HBA) reopened the east span on 14 June 2024');
  });

  it('shows drafts with a draft notice in a preview', () => {
    expect(timeline.match(/class="draft-notice"/g)).toHaveLength(1);
    expect(terms.match(/class="draft-notice"/g)).toHaveLength(1);
    expect(terms).toContain(
      '<h2 id="dot">DOT<span class="expansion">, short for Department of Transportation</span></h2><p class="draft-notice"',
    );
  });

  it('shows on a theme page the events its entries cite, and marks a confirmed term but not a draft', () => {
    const closure = readPage(dated, 'themes/closure/index.html');
    expect([...closure.matchAll(/class="event-date" datetime="([^"]+)"/g)].map((m) => m[1])).toEqual(['2022', '2022-03']);
    expect(closure).toContain(`<a href="${FIXTURE_BASE}timeline/">The whole timeline</a>`);
    expect(closure).not.toContain('<abbr title="Department of Transportation">');
    const money = readPage(dated, 'themes/money/index.html');
    expect(money).toContain('<abbr title="Harbour Bridge Authority">HBA</abbr>');
  });

  it('links both pages from every page, under the base path', () => {
    for (const page of htmlPages(dated)) {
      const html = readPage(dated, page);
      expect(html, page).toContain(`href="${FIXTURE_BASE}terms/"`);
      expect(html, page).toContain(`href="${FIXTURE_BASE}timeline/"`);
    }
  });

  it('keeps both pages within the budget, with no JavaScript', () => {
    for (const page of ['terms/index.html', 'timeline/index.html']) {
      const { total, parts } = pageWeight(dated, page, FIXTURE_BASE);
      expect(total, `${page}: ${JSON.stringify(parts)}`).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
      expect(runnableScripts(readPage(dated, page))).toEqual([]);
    }
  });
});
