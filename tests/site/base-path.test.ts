import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { FIXTURE_BASE, FIXTURE_SITE } from '../helpers/fixture-site.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { LIBRARY_PREVIEW } from '../helpers/sites.ts';

const { dist } = await builtSite(LIBRARY_PREVIEW);
const page = (path: string) => readPage(dist, path);

describe('a site built under a base path from other content', () => {
  it('prefixes every internal link, Markdown links in bodies included', () => {
    const html = page('themes/funding/index.html');
    expect(html).toContain(`<a href="${FIXTURE_BASE}themes/opening-hours/#sunday-opening">when the library opens</a>`);
    expect(html).toContain(`<a rel="prev" href="${FIXTURE_BASE}themes/opening-hours/">`);
    expect(html).not.toMatch(/href="\/(?!pr-42\/)/);
  });

  it('shows corrections dated and worded as newsrooms do, with an anchor', () => {
    expect(page('themes/opening-hours/index.html')).toContain(
      '<p class="correction" id="sunday-opening-correction-1"><strong>Correction, <time datetime="2026-03-05">5 March 2026</time>:</strong> This entry previously said that Sunday opening starts in May. In fact, it starts in April.</p>',
    );
  });

  it('cites further reading for a context entry that rests on it, and gives every entry a permanent link', () => {
    // The fixture is built with one entry per page.
    const html = page('themes/funding/2/index.html');
    expect(html).toContain(
      'Further reading named in “Library to open on Sundays”: <a href="https://council.example.com/" rel="noopener noreferrer">the council website</a>',
    );
    expect(html).toContain(
      `<a class="anchor" href="${FIXTURE_BASE}themes/funding/#council-budget-pages" data-pagefind-ignore><span aria-hidden="true">#</span><span class="vh">Permanent link to Where the council publishes its budget</span></a>`,
    );
  });

  it('labels the editors’ context as such', () => {
    expect(page('themes/funding/index.html')).toContain(
      `<a class="kind kind-context" href="${FIXTURE_BASE}about/#kind-context">Context from the editors</a>`,
    );
  });

  it('credits the source with every fact its metadata gives, and dates the home page by its latest change', () => {
    const home = page('index.html');
    expect(home).toContain(`<a href="${FIXTURE_BASE}sources/library-hours/">Library to open on Sundays</a>`);
    expect(home).toContain('<dt>Publisher</dt><dd>The Example Gazette</dd>');
    expect(home).toContain('<dt>Author</dt><dd>A. Reporter</dd>');
    expect(home).toContain('<dt>Published</dt><dd><time datetime="2026-03-02">2 March 2026</time></dd>');
    expect(home).toContain(
      '<dt>Original address</dt><dd><a href="https://news.example.com/library-hours" rel="noopener noreferrer">https://news.example.com/library-hours</a></dd>',
    );
    expect(home).toContain('<dt>Licence</dt><dd>CC BY 4.0</dd>');
    expect(home).toContain('<dt>Copied for this explainer</dt><dd><time datetime="2026-03-03">3 March 2026</time></dd>');
    expect(home).not.toContain('not recorded');
    expect(home).toContain('Last updated <time datetime="2026-03-06">6 March 2026</time>');
  });

  it('links further reading only where the metadata gives a URL', () => {
    const html = page('sources/library-hours/index.html');
    expect(html).toContain('<li><a href="https://council.example.com/" rel="noopener noreferrer">the council website</a>');
    expect(html).toContain('<li>the library board <span class="muted">(address not recorded)</span>');
  });

  it('points robots.txt, the feed and canonical URLs at the base path on the site URL', () => {
    expect(page('robots.txt')).toContain(`Sitemap: ${FIXTURE_SITE}${FIXTURE_BASE}sitemap-index.xml`);
    expect(page('sitemap-index.xml')).toContain(`<loc>${FIXTURE_SITE}${FIXTURE_BASE}sitemap-0.xml</loc>`);
    expect(page('sitemap-0.xml')).toContain(`<loc>${FIXTURE_SITE}${FIXTURE_BASE}themes/funding/</loc>`);
    expect(page('feed.xml')).toContain(`<link>${FIXTURE_SITE}${FIXTURE_BASE}themes/opening-hours/#sunday-opening-correction-1</link>`);
    expect(page('feed.xml')).toContain(
      '<description>Correction, 5 March 2026: This entry previously said that Sunday opening starts in May. In fact, it starts in April.</description>',
    );
    expect(page('about/index.html')).toContain(`<link rel="canonical" href="${FIXTURE_SITE}${FIXTURE_BASE}about/">`);
    expect(page('search/index.html')).toContain(`data-bundle="${FIXTURE_BASE}pagefind/"`);
  });

  it('says what happened in each update, on the page and in the feed: a new question, a revised entry, a correction, and an entry that does not say when it was added', () => {
    const rows = [
      ...page('updates/index.html').matchAll(
        /<p class="meta"><time datetime="([^"]+)">[^<]+<\/time><span>([^<]+)<\/span><\/p><p><a href="([^"]+)">/g,
      ),
    ].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual([
      ['2026-03-06', 'New question', `${FIXTURE_BASE}themes/funding/`],
      ['2026-03-05', 'Correction', `${FIXTURE_BASE}themes/opening-hours/#sunday-opening-correction-1`],
      ['2026-03-04', 'Entry added or revised', `${FIXTURE_BASE}themes/opening-hours/#sunday-opening`],
      ['2026-03-04', 'Entry revised', `${FIXTURE_BASE}themes/opening-hours/2/#weekday-hours`],
    ]);
    const titles = [...page('feed.xml').matchAll(/<item><title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      'New question: Who pays for it?',
      'Correction of 5 March 2026 to Sunday opening from April',
      'Entry added or revised: Sunday opening from April',
      'Entry revised: Longer weekday hours',
    ]);
  });
});
