import { describe, expect, it } from 'vitest';
import { EDITORS_LABEL, FOOTER_PROMISE, KIND_LABELS } from '../helpers/english.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { SEED_SITE } from '../helpers/sites.ts';

const { dist } = await builtSite(SEED_SITE);
const page = (path: string) => readPage(dist, path);
const SOURCE = '/sources/mayor-ends-immigration-enforcement-cooperation/';
const THEME = 'themes/sanctuary-policy/index.html';
const HEADLINE = 'Mayor commits to ending federal immigration enforcement cooperation and detention';
const SITE_NAME = 'New York City’s mayor pledges to end ICE cooperation';
// The Spanish edition's pages are in tests/site/edition.test.ts.
const englishPages = () => htmlPages(dist).filter((file) => !file.startsWith('es/'));
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the built site from the real content', () => {
  it('has a home page that leads with the news: the header’s name as its heading, the editors’ standfirst and what is not known, the questions, then the opening of the lead quoted from the source', () => {
    const html = page('index.html');
    // The header's name is the headline, so it is the page's heading; the page does not repeat it.
    expect(html).toContain(
      `<h1 class="site-name"><a href="/" aria-current="page">${SITE_NAME}<span class="vh">, home page</span></a></h1>`,
    );
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(page(`${SOURCE.slice(1)}index.html`)).toContain(`<h1>${HEADLINE}</h1>`);
    expect(html).toContain(
      `<main id="main" tabindex="-1" class="front"><div class="by-editors"><p class="label"><a class="kind kind-editors" href="/about/#kind-editors">${EDITORS_LABEL.label}</a></p><p class="dek">Mayor Zohran Mamdani has pledged to end`,
    );
    // A share or a search engine says the news: the standfirst.
    expect(html).toContain(
      '<meta name="description" content="Mayor Zohran Mamdani has pledged to end New York City’s cooperation with ICE, the federal immigration agency, and the city’s part in federal immigration detention. It is a pledge; the article reports no measures in force.">',
    );
    expect(html).toMatch(
      /<h2 id="not-known">What we don’t know<\/h2><ul>[\s\S]*?<li>The mayor’s own words; the article quotes no one.<\/li>/,
    );
    expect(html.indexOf('id="not-known"')).toBeLessThan(html.indexOf('id="glance"'));
    expect(html.indexOf('id="glance"')).toBeLessThan(html.indexOf('id="lead"'));
    expect(html).toContain(
      `<section id="lead" aria-labelledby="lead-heading"><h2 id="lead-heading">How the article begins</h2><p class="label"><a class="kind kind-quote" href="/about/#kind-quote">${KIND_LABELS.quote.label}</a></p><figure class="quotation"><blockquote><p>Mayor Zohran Mamdani has committed his administration to abolishing`,
    );
    // The lead's first sentence, marked as cut, attributed to the story and linked to the whole paragraph.
    expect(html).toContain(
      `ending participation in federal immigration detention systems. …</p></blockquote><figcaption>— <cite>${HEADLINE}</cite>, <a href="${SOURCE}#p1"><span aria-hidden="true">Source ¶1</span><span class="vh">Source, paragraph 1</span></a></figcaption>`,
    );
    expect(text(html)).not.toContain('This position aligns Mamdani');
    expect(html).toMatch(/Last updated <time datetime="\d{4}-\d{2}-\d{2}">[A-Z][a-z]+ \d{1,2}, \d{4}<\/time>/);
  });

  it('lists every theme question with its answer, under the editors’ label, each citing its paragraphs in the compact form', () => {
    const html = page('index.html');
    expect(html).toContain(
      `<h2 id="glance">Questions and answers</h2><div class="by-editors"><p class="label"><a class="kind kind-editors" href="/about/#kind-editors">${EDITORS_LABEL.label}</a></p><ol class="glance columns-2">`,
    );
    expect(html).toContain(
      '<h3><a href="/themes/sanctuary-policy/">What has the mayor pledged to do?</a></h3><p>End the city’s cooperation with Immigration and Customs Enforcement (ICE)',
    );
    expect(html).toContain(
      `<p class="cite"><a href="${SOURCE}#p1"><span aria-hidden="true">Source ¶1–3</span><span class="vh">Source, paragraphs 1 to 3</span></a></p>`,
    );
    expect(html).toContain(
      `<p class="cite"><a href="${SOURCE}#p2"><span aria-hidden="true">Source ¶2</span><span class="vh">Source, paragraph 2</span></a>, <a href="${SOURCE}#p4"><span aria-hidden="true">¶4</span><span class="vh">Source, paragraph 4</span></a></p>`,
    );
    for (const question of ['How could the federal government respond?', 'Who is on the mayor’s side?', 'What can’t the city do?']) {
      expect(html).toContain(question);
    }
  });

  it('says where the source comes from on the home page, and what is not recorded', () => {
    const html = page('index.html');
    expect(html).toContain(`<li><a href="${SOURCE}">${HEADLINE}</a><dl class="facts">`);
    for (const term of ['Publisher', 'Author', 'Published', 'Original address', 'Licence'])
      expect(html).toContain(`<dt>${term}</dt><dd><span class="muted">not recorded</span></dd>`);
    expect(html).toContain('<dt>Copied for this explainer</dt><dd><time datetime="2026-11-26">November 26, 2026</time></dd>');
  });

  it('gives each theme page its question, the editors’ answer and introduction with their citations, and who and where', () => {
    for (const file of htmlPages(dist).filter((f) => f.startsWith('themes/'))) {
      const html = page(file);
      expect(html, file).toMatch(
        /<h1>[^<]+<\/h1><div class="by-editors"><p class="label"><a class="kind kind-editors" href="\/about\/#kind-editors">[^<]+<\/a><\/p><p class="dek">[^<]+<\/p><div class="intro">[\s\S]*?<\/div><p class="cite">Based on <a href="\/sources\/[^"]+"><span aria-hidden="true">Source ¶[\d–]+<\/span><span class="vh">Source, paragraphs? \d/,
      );
      expect(text(html), file).toContain('New York City Mayor Zohran Mamdani');
    }
    const html = page(THEME);
    expect(html).toContain('<h1>What has the mayor pledged to do?</h1>');
    expect(html).toContain('<nav class="contents" aria-labelledby="Contents" data-pagefind-ignore><h2 id="Contents">On this page</h2>');
    const first = html.indexOf('<h2 id="sanctuary-city-policy-and-federal-cooperation-refusal">');
    const second = html.indexOf('<h2 id="detention-and-release-policies-under-mamdani">');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
  });

  it('lists what is on a theme page only when there is more than one entry', () => {
    expect(page('themes/federal-conflict/index.html')).not.toContain('class="contents"');
    expect(page('themes/coalition-cities/index.html')).toContain('<h2 id="Contents">On this page</h2>');
  });

  it('shows each derived entry as a quotation of the source, labelled, linked to its paragraph, its permanent link an anchor beside its heading', () => {
    const html = page(THEME);
    expect(html).toContain(
      `<h2 id="detention-and-release-policies-under-mamdani"><span>Detention and release policies under Mamdani</span><a class="anchor" href="/themes/sanctuary-policy/#detention-and-release-policies-under-mamdani" data-pagefind-ignore><span aria-hidden="true">#</span><span class="vh">Permanent link to Detention and release policies under Mamdani</span></a></h2><p class="meta" data-pagefind-ignore><a class="kind kind-quote" href="/about/#kind-quote">${KIND_LABELS.quote.label}</a><span>Updated <time datetime="2026-11-26">November 26, 2026</time></span></p><figure class="quotation"><blockquote><p>The administration signaled intent`,
    );
    expect(html).toContain(
      `<figcaption>— <a href="${SOURCE}#p3"><span aria-hidden="true">Source ¶3</span><span class="vh">Source, paragraph 3</span></a>, under “Detention and Release Policies Under Mamdani”</figcaption></figure><p class="report-line" data-pagefind-ignore><a class="report" href="mailto:corrections@example.org?subject=Error%20report%3A%20Detention%20and%20release%20policies%20under%20Mamdani%20(What%20has%20the%20mayor%20pledged%20to%20do%3F)&amp;body=Page%3A%20https%3A%2F%2Fexample.org%2Fthemes%2Fsanctuary-policy%2F%23detention-and-release-policies-under-mamdani">Report an error<span class="vh"> in Detention and release policies under Mamdani</span></a></p></article>`,
    );
    // The source's headline is named once on the page, not under every quotation (the JSON-LD in the head names it for machines).
    expect(html.slice(html.indexOf('<main')).split(HEADLINE)).toHaveLength(2);
    expect(html).toContain(`<a href="${SOURCE}"><cite>${HEADLINE}</cite></a>`);
  });

  it("names the source's own heading in an entry's attribution, in the source's language on an edition's page", () => {
    // The entry's heading is the editors' sentence case; the source's Title Case heading is named as the source's.
    expect(page(THEME)).toContain(
      '<span class="vh">Source, paragraph 2</span></a>, under “Sanctuary City Policy and Federal Cooperation Refusal”',
    );
    expect(page(`es/${THEME}`)).toContain(
      '<span class="vh">Fuente, párrafo 3</span></a>, en el apartado «<span lang="en">Detention and Release Policies Under Mamdani</span>»</figcaption>',
    );
  });

  it('links each theme to the previous and next questions', () => {
    expect(page(THEME)).toContain(
      '<a rel="next" href="/themes/federal-conflict/"><span>Next question</span> How could the federal government respond?</a>',
    );
    expect(page(THEME)).not.toContain('rel="prev"');
    expect(page('themes/federal-conflict/index.html')).toContain('<a rel="prev" href="/themes/sanctuary-policy/">');
    // The last question offers the way back to all of them.
    expect(page('themes/implementation-limits/index.html')).not.toContain('rel="next"');
    expect(page('themes/implementation-limits/index.html')).toContain(
      '<a class="home" href="/"><span>That was the last question</span> Back to the home page</a>',
    );
  });

  it('shows the source with its provenance, every paragraph anchored, and every place that uses it', () => {
    const html = page(`${SOURCE.slice(1)}index.html`);
    for (let n = 1; n <= 8; n++) expect(html).toContain(`<div class="paragraph" id="p${n}">`);
    expect(html).toContain('<dt>Original address</dt><dd><span class="muted">not recorded</span></dd>');
    // The home page shows paragraph 1 as its lead and cites it for an answer; a theme cites it; no entry does.
    expect(html).toMatch(
      /id="p1">[\s\S]*?<p class="used">Used in: <a href="\/">Home page<\/a>, <a href="\/themes\/sanctuary-policy\/">What has the mayor pledged to do\?<\/a><\/p>/,
    );
    expect(html).toContain(
      'Used in: <a href="/">Home page</a>, <a href="/themes/sanctuary-policy/">What has the mayor pledged to do?</a>, <a href="/themes/sanctuary-policy/#detention-and-release-policies-under-mamdani">Detention and release policies under Mamdani</a>',
    );
  });

  it('shows paragraph 8 without the link texts the copy kept, and says why further reading is not linked', () => {
    const html = page(`${SOURCE.slice(1)}index.html`);
    const p8 = html.slice(html.indexOf('id="p8"'), html.indexOf('<p class="used">', html.indexOf('id="p8"')));
    expect(p8).toContain('explicitly supporting advocates and organizations challenging federal systems.');
    expect(p8).not.toContain('Find more at');
    expect(p8).toContain('(The paragraph then gave the text of 4 links, listed under <a href="#further-reading">Further reading</a>.)');
    const section = html.slice(html.indexOf('<h2 id="further-reading">'));
    expect(section).toContain('No address is recorded for any of them, and none is guessed, so they are not links.');
    for (const label of [
      'Immigration policy information',
      'National Lawyers Guild',
      'Immigrant advocacy organizations',
      'ACLU immigration work',
    ]) {
      expect(section).toContain(`<li>${label} <span class="muted">(address not recorded)</span>`);
    }
    expect(section).not.toMatch(/href="https?:/);
  });

  it('explains how the explainer is made, with every label defined from the shared table', () => {
    const html = page('about/index.html');
    expect(html).toContain('<h1>How this explainer is made</h1>');
    for (const [kind, { label, definition }] of Object.entries(KIND_LABELS)) {
      expect(html).toContain(
        `<tr id="kind-${kind}"><th scope="row"><span class="kind kind-${kind}">${label}</span></th><td>${definition}</td>`,
      );
    }
    expect(html).toContain(
      `<tr id="kind-editors"><th scope="row"><span class="kind kind-editors">${EDITORS_LABEL.label}</span></th><td>${EDITORS_LABEL.definition}</td>`,
    );
    expect(html).toContain('No corrections have been made so far.');
    expect(html).toContain('answers 4 questions in 7 short entries');
    expect(html).toContain('<dt>Licence</dt><dd><span class="muted">not recorded</span></dd>');
  });

  it('never tells readers that every statement links to the source, on any page of either edition', () => {
    const pages = htmlPages(dist);
    expect(pages.filter((file) => file.startsWith('es/')).length).toBeGreaterThan(5);
    for (const file of pages) expect(text(page(file)), file).not.toMatch(/every statement/i);
  });

  it('promises in the footer only what is true, and links the updates page, not the feed', () => {
    for (const file of englishPages()) {
      const html = page(file);
      expect(html, file).toContain(`<p>${FOOTER_PROMISE}</p>`);
      expect(html, file).toContain('<li><a href="/updates/">Updates and corrections</a></li>');
      expect(html.slice(html.indexOf('<footer'))).not.toContain('feed.xml');
    }
  });

  it('lists updates and corrections on a page of their own, newest first, the same items as the feed', () => {
    const html = page('updates/index.html');
    expect(html).toContain('<h1>Updates and corrections</h1>');
    const links = [...html.matchAll(/<li><p class="meta">[\s\S]*?<a href="([^"]+)">/g)].map((m) => `https://example.org${m[1]}`);
    const feed = [...page('feed.xml').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]).slice(1);
    // The seed's four questions and their seven entries appeared on one day, unchanged since: four new questions, in the story's order.
    expect(links).toEqual(
      ['sanctuary-policy', 'federal-conflict', 'coalition-cities', 'implementation-limits'].map((t) => `https://example.org/themes/${t}/`),
    );
    expect(links).toEqual(feed);
    expect(html.match(/<span>New question<\/span>/g)).toHaveLength(4);
    expect(html).not.toContain('Entry added or revised');
  });

  it('titles every page with its own title, then the site name, whole', () => {
    const titles = Object.fromEntries(englishPages().map((file) => [file, /<title>([^<]+)<\/title>/.exec(page(file))![1]]));
    for (const [file, title] of Object.entries(titles))
      if (file !== 'index.html') expect(title, file).toMatch(new RegExp(` — ${SITE_NAME}$`));
    expect(titles['index.html']).toBe(SITE_NAME);
    expect(titles['themes/federal-conflict/index.html']).toBe(`How could the federal government respond? — ${SITE_NAME}`);
  });

  it('has a search page that says what to do without JavaScript', () => {
    const html = page('search/index.html');
    expect(html).toMatch(
      /<noscript>.*Search needs JavaScript.*<a href="\/themes\/sanctuary-policy\/"[^>]*>What has the mayor pledged to do\?<\/a>.*<\/noscript>/s,
    );
    expect(html).toContain('data-bundle="/pagefind/"');
  });

  it('sets lang, canonical, Open Graph, Twitter and feed links on every page', () => {
    for (const file of englishPages()) {
      const html = page(file);
      expect(html, file).toContain('<html lang="en" dir="ltr">');
      expect(html, file).toContain('<meta property="og:title"');
      // A story's and a question's page have a social card; the others a summary without one.
      const card = file === 'index.html' || file.startsWith('themes/');
      expect(html, file).toContain(`<meta name="twitter:card" content="${card ? 'summary_large_image' : 'summary'}">`);
      expect(html, file).toContain(
        `<link rel="alternate" type="application/rss+xml" title="Updates and corrections: ${SITE_NAME}" href="https://example.org/feed.xml">`,
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

  it('ships robots.txt, a sitemap without the 404 page, and a feed of updates', () => {
    expect(page('robots.txt')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n');
    const sitemap = page('sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://example.org/themes/sanctuary-policy/</loc>');
    expect(sitemap).not.toContain('404');
    const feed = page('feed.xml');
    expect(feed.match(/<item>/g)).toHaveLength(4);
    expect(feed).toContain(
      '<item><title>New question: What has the mayor pledged to do?</title><link>https://example.org/themes/sanctuary-policy/</link>',
    );
  });

  it('indexes the home page, the source page, the theme pages, the key terms, About and Updates for search', () => {
    const meta = page('pagefind/pagefind-entry.json');
    expect(JSON.parse(meta).languages.en.page_count).toBe(9);
  });
});
