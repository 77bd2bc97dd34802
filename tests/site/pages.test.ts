import { describe, expect, inject, it } from 'vitest';
import { KIND_LABELS } from '../../src/lib/render/kind-labels.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';

const dist = inject('distDir');
const page = (path: string) => readPage(dist, path);
const SOURCE = '/sources/mayor-ends-immigration-enforcement-cooperation/';
const THEME = 'themes/sanctuary-policy/index.html';

describe('the built site from the real content', () => {
  it('has a home page with the title, dek, lead with its source link, and last-updated date', () => {
    const html = page('index.html');
    expect(html).toContain('<h1>Mayor commits to ending federal immigration enforcement cooperation and detention</h1>');
    expect(html).toContain(
      '<p class="dek">The story in four questions. Every answer links to the paragraph of the source article it comes from.</p>',
    );
    expect(html).toContain('has committed his administration to abolishing Immigration and Customs Enforcement cooperation');
    expect(html).toContain(`<a class="cite" href="${SOURCE}#p1">Source: paragraph 1</a>`);
    expect(html).toMatch(/Last updated <time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} [A-Z][a-z]+ \d{4}<\/time>/);
  });

  it('lists every theme question at a glance with its one-line answer, linking to its page', () => {
    const html = page('index.html');
    expect(html).toContain(
      '<h3><a href="/themes/sanctuary-policy/">What is the city refusing to do?</a></h3><p>End its cooperation with federal immigration enforcement and detention',
    );
    for (const question of ['How could the federal government respond?', 'Who is on the city&#39;s side?', 'What can&#39;t the city do?']) {
      expect(html).toContain(question);
    }
    expect(html).toContain(
      `<li><a href="${SOURCE}">Mayor commits to ending federal immigration enforcement cooperation and detention</a></li>`,
    );
  });

  it('gives each theme page its question as h1, an on-page contents list and its entries in order', () => {
    const html = page(THEME);
    expect(html).toContain('<h1>What is the city refusing to do?</h1>');
    expect(html).toContain('<nav class="contents" aria-label="On this page"');
    const first = html.indexOf('<h2 id="sanctuary-city-policy-and-federal-cooperation-refusal">');
    const second = html.indexOf('<h2 id="detention-and-release-policies-under-mamdani">');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(html).toContain(
      '<li><a href="#detention-and-release-policies-under-mamdani">Detention and Release Policies Under Mamdani</a></li>',
    );
  });

  it('labels each entry with its kind, its date and the source paragraph it comes from', () => {
    const html = page(THEME);
    expect(html).toContain(`<a class="kind kind-analysis" href="/about/#kind-analysis">${KIND_LABELS.analysis.label}</a>`);
    expect(html).toContain('<span>Updated <time datetime="2026-11-26">26 November 2026</time></span>');
    expect(html).toContain(
      `Source: <a href="${SOURCE}#p3">paragraph 3</a> of “Mayor commits to ending federal immigration enforcement cooperation and detention”`,
    );
  });

  it('links each theme to the previous and next questions', () => {
    expect(page(THEME)).toContain(
      '<a rel="next" href="/themes/federal-conflict/"><span>Next question</span> How could the federal government respond?</a>',
    );
    expect(page(THEME)).not.toContain('rel="prev"');
    expect(page('themes/federal-conflict/index.html')).toContain('<a rel="prev" href="/themes/sanctuary-policy/">');
    expect(page('themes/implementation-limits/index.html')).not.toContain('rel="next"');
  });

  it('shows the source verbatim with every paragraph anchored and the entries that use it', () => {
    const html = page(`${SOURCE.slice(1)}index.html`);
    for (let n = 1; n <= 8; n++) expect(html).toContain(`<div class="paragraph" id="p${n}">`);
    expect(html).toContain(
      'Used in: <a href="/themes/sanctuary-policy/#detention-and-release-policies-under-mamdani">Detention and Release Policies Under Mamdani</a>',
    );
  });

  it('lists further reading by label only, since the source gives no URLs', () => {
    const html = page(`${SOURCE.slice(1)}index.html`);
    const section = html.slice(html.indexOf('<h2 id="further-reading">'));
    for (const label of [
      'Immigration policy information',
      'National Lawyers Guild',
      'Immigrant advocacy organizations',
      'ACLU immigration work',
    ]) {
      expect(section).toContain(`<li>${label} <span class="muted">`);
    }
    expect(section).not.toMatch(/href="https?:/);
  });

  it('explains how the explainer is made, with the kind labels from the shared table', () => {
    const html = page('about/index.html');
    expect(html).toContain('<h1>How this explainer is made</h1>');
    for (const [kind, { label, definition }] of Object.entries(KIND_LABELS)) {
      expect(html).toContain(
        `<tr id="kind-${kind}"><th scope="row"><span class="kind kind-${kind}">${label}</span></th><td>${definition}</td>`,
      );
    }
    expect(html).toContain('No corrections have been made so far.');
    expect(html).toContain('answers 4 questions in 7 short entries');
  });

  it('has a search page that says what to do without JavaScript', () => {
    const html = page('search/index.html');
    expect(html).toMatch(
      /<noscript>.*Search needs JavaScript.*<a href="\/themes\/sanctuary-policy\/"[^>]*>What is the city refusing to do\?<\/a>.*<\/noscript>/s,
    );
    expect(html).toContain('data-bundle="/pagefind/"');
  });

  it('sets lang, canonical, Open Graph, Twitter and feed links on every page', () => {
    for (const file of htmlPages(dist)) {
      const html = page(file);
      expect(html, file).toContain('<html lang="en">');
      expect(html, file).toContain('<meta property="og:title"');
      expect(html, file).toContain('<meta name="twitter:card" content="summary">');
      expect(html, file).toContain(
        '<link rel="alternate" type="application/rss+xml" title="Updates and corrections: City ends cooperation with ICE" href="https://example.org/feed.xml">',
      );
      if (file === '404.html') expect(html).toContain('<meta name="robots" content="noindex">');
      else expect(html, file).toContain(`<link rel="canonical" href="https://example.org/${file.replace(/index\.html$/, '')}">`);
    }
  });

  it('marks the current page in the navigation', () => {
    expect(page(THEME)).toContain('<a href="/themes/sanctuary-policy/" aria-current="page">Sanctuary policy</a>');
    expect(page('about/index.html')).toContain('<a href="/about/" aria-current="page">How this is made</a>');
    expect(page('index.html')).toContain('<a href="/" aria-current="page">');
  });

  it('ships robots.txt, a sitemap without the 404 page, and a feed of entry updates', () => {
    expect(page('robots.txt')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n');
    const sitemap = page('sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://example.org/themes/sanctuary-policy/</loc>');
    expect(sitemap).not.toContain('404');
    const feed = page('feed.xml');
    expect(feed.match(/<item>/g)).toHaveLength(7);
    expect(feed).toContain('<link>https://example.org/themes/sanctuary-policy/#detention-and-release-policies-under-mamdani</link>');
  });

  it('indexes only the theme pages for search', () => {
    const meta = page('pagefind/pagefind-entry.json');
    expect(JSON.parse(meta).languages.en.page_count).toBe(4);
  });
});
