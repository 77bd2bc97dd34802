/**
 * What a machine reads of the built pages: each content page's JSON-LD,
 * checked against the content it was made from; the newsroom's settings
 * where a reader looks for them; each page's social card.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { FIXTURE_BASE, FIXTURE_ROOT, FIXTURE_SITE } from '../helpers/fixture-site.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { DATED_PREVIEW, LIBRARY_PREVIEW, SEED_SITE } from '../helpers/sites.ts';

const [seed, library, dated] = await Promise.all([builtSite(SEED_SITE), builtSite(LIBRARY_PREVIEW), builtSite(DATED_PREVIEW)]);

type Json = Record<string, any>;

/** Every JSON-LD block of a page, parsed: a block that is not JSON fails the test here. */
const jsonLd = (html: string): Json[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Json);
const only = (dist: string, file: string): Json => {
  const blocks = jsonLd(readPage(dist, file));
  expect(blocks, file).toHaveLength(1);
  return blocks[0]!;
};
const front = (root: string, file: string) => matter(readFileSync(join(root, file), 'utf8')).data as Json;
const mdFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md'));
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
const links = (html: string) =>
  [...html.matchAll(/<a [^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: m[1]!.replaceAll('&amp;', '&'),
    name: m[2]!.replace(/<[^>]*>/g, '').trim(),
  }));

describe('JSON-LD on the seed site', () => {
  const SITE = 'https://example.org/';
  const themes = mdFiles(join(projectRoot, 'content/themes')).map((f): Json => ({
    id: f.slice(0, -3),
    ...front(projectRoot, `content/themes/${f}`),
  }));

  it('parses on every page, and every story, question and source page has one block', () => {
    const pages = htmlPages(seed.dist);
    for (const file of pages) jsonLd(readPage(seed.dist, file));
    const content = pages.filter((f) => /^(es\/)?(index\.html|themes\/|sources\/[^/]+\/index\.html)/.test(f) && f !== 'sources/index.html');
    expect(content.length).toBeGreaterThanOrEqual(2 * (themes.length + 2));
    for (const file of content) only(seed.dist, file);
  });

  it('gives each question page its question, the editors’ answer, its dates, sources and every paragraph its entries cite', () => {
    for (const theme of themes) {
      const data = only(seed.dist, `themes/${theme.id}/index.html`);
      expect(data).toMatchObject({ '@type': 'Article', headline: theme.question, description: theme.summary, inLanguage: 'en' });
      expect(data.url).toBe(`${SITE}themes/${theme.id}/`);
      const entries = mdFiles(join(projectRoot, 'content/entries', theme.id)).map((f) =>
        front(projectRoot, `content/entries/${theme.id}/${f}`),
      );
      const updated = entries.map((e) => String(e.updated instanceof Date ? e.updated.toISOString().slice(0, 10) : e.updated)).sort();
      expect(data.datePublished).toBe(updated[0]);
      expect(data.dateModified).toBe(updated.at(-1));
      const cited = new Set(data.citation.map((c: Json) => c.url));
      for (const entry of entries) for (const p of entry.paragraphs) expect(cited).toContain(`${SITE}sources/${entry.source}/#${p}`);
      // Every cited paragraph is an anchor on its source page.
      for (const url of cited) {
        const { pathname, hash } = new URL(url as string);
        expect(readPage(seed.dist, `${pathname.slice(1)}index.html`)).toContain(`id="${hash.slice(1)}"`);
      }
      expect(data.isBasedOn.map((s: Json) => s.archivedAt)).toEqual([...new Set(entries.map((e) => `${SITE}sources/${e.source}/`))]);
      expect(data.publisher).toEqual({ '@type': 'Organization', name: expect.any(String), url: SITE, email: 'corrections@example.org' });
    }
  });

  it('links each translated question page to its English original, and the original to it', () => {
    const translated = mdFiles(join(projectRoot, 'content/translations/es/themes')).map((f) => f.slice(0, -3));
    expect(translated.length).toBeGreaterThan(0);
    for (const id of translated) {
      const spanish = only(seed.dist, `es/themes/${id}/index.html`);
      const words = front(projectRoot, `content/translations/es/themes/${id}.md`);
      expect(spanish).toMatchObject({ inLanguage: 'es', headline: words.question, url: `${SITE}es/themes/${id}/` });
      expect(spanish.translationOfWork).toEqual({
        '@type': 'Article',
        '@id': `${SITE}themes/${id}/`,
        url: `${SITE}themes/${id}/`,
        inLanguage: 'en',
        headline: themes.find((t) => t.id === id)!.question,
      });
      expect(only(seed.dist, `themes/${id}/index.html`).workTranslation).toContainEqual(
        expect.objectContaining({ url: `${SITE}es/themes/${id}/`, inLanguage: 'es' }),
      );
    }
  });

  it('describes the story home as an article based on the story’s articles, and each source page as the work itself', () => {
    const home = only(seed.dist, 'index.html');
    const story = front(projectRoot, `content/stories/${mdFiles(join(projectRoot, 'content/stories'))[0]}`);
    expect(home).toMatchObject({ '@type': 'Article', headline: story.headline, url: SITE });
    expect(home.translationOfWork).toBeUndefined();
    expect(only(seed.dist, 'es/index.html').translationOfWork).toMatchObject({ url: SITE, inLanguage: 'en' });
    for (const file of readdirSync(join(projectRoot, 'content/sources'))) {
      const source = parse(readFileSync(join(projectRoot, 'content/sources', file), 'utf8')) as Json;
      const id = file.replace(/\.yaml$/, '');
      const data = only(seed.dist, `sources/${id}/index.html`);
      expect(data).toMatchObject({ '@type': 'NewsArticle', headline: source.title, archivedAt: `${SITE}sources/${id}/` });
      for (const key of ['publisher', 'author', 'url']) expect(data[key] === undefined).toBe(source[key] === undefined);
    }
  });

  it('offers to report an error on each entry and question, naming them, in the page’s language', () => {
    const theme = themes[0]!;
    const reports = links(readPage(seed.dist, `themes/${theme.id}/index.html`)).filter((l) => l.name.startsWith('Report an error'));
    const entries = mdFiles(join(projectRoot, 'content/entries', theme.id)).map((f) =>
      front(projectRoot, `content/entries/${theme.id}/${f}`),
    );
    expect(reports).toHaveLength(entries.length + 1);
    for (const entry of entries) {
      const link = reports.find((l) => l.name === `Report an error in ${entry.title}`)!;
      const subject = new URL(link.href).searchParams.get('subject');
      expect(subject).toBe(`Error report: ${entry.title} (${theme.question})`);
    }
    expect(reports.map((l) => l.name)).toContain('Report an error on this page');
    expect(new Set(reports.map((l) => l.href)).size).toBe(reports.length);
    const spanish = links(readPage(seed.dist, `es/themes/${theme.id}/index.html`)).filter((l) => l.name.startsWith('Informar de un error'));
    expect(spanish.map((l) => l.name)).toContain('Informar de un error en esta página');
    expect(new URL(spanish.at(-1)!.href).searchParams.get('subject')).toMatch(/^Informe de error: /);
  });
});

describe('a site with every newsroom setting, under a base path', () => {
  const page = (file: string) => readPage(library.dist, file);
  const SETTINGS = {
    contact: 'https://news.example.com/report-an-error',
    correctionsPolicy: 'https://news.example.com/corrections-policy',
    publishingPrinciples: 'https://news.example.com/standards',
  };

  it('shows each setting in every page’s footer and on the About page', () => {
    for (const file of ['index.html', 'about/index.html', 'themes/funding/index.html']) {
      const footer = page(file).split('<footer')[1]!;
      expect(links(footer)).toEqual(
        expect.arrayContaining([
          { href: SETTINGS.correctionsPolicy, name: 'Corrections policy' },
          { href: SETTINGS.publishingPrinciples, name: 'Publishing principles' },
          { href: SETTINGS.contact, name: 'Contact the newsroom' },
        ]),
      );
      expect(footer).toContain('Funded by readers and the Example Library Foundation.');
    }
    const about = page('about/index.html').split('<footer')[0]!;
    expect(about).toContain('Standards, funding and contact');
    expect(links(about)).toEqual(
      expect.arrayContaining([
        { href: SETTINGS.contact, name: SETTINGS.contact },
        { href: SETTINGS.correctionsPolicy, name: 'Corrections policy' },
      ]),
    );
    expect(about).toContain('Funded by readers and the Example Library Foundation.');
  });

  it('gives the policies in the JSON-LD, and a corrected entry’s page carries its correction', () => {
    const data = only(library.dist, 'themes/opening-hours/index.html');
    expect(data.publisher).toEqual({
      '@type': 'Organization',
      name: expect.any(String),
      url: `${FIXTURE_SITE}${FIXTURE_BASE}`,
      publishingPrinciples: SETTINGS.publishingPrinciples,
      correctionsPolicy: SETTINGS.correctionsPolicy,
    });
    expect(data.publishingPrinciples).toBe(SETTINGS.publishingPrinciples);
    const entry = front(FIXTURE_ROOT, 'content/entries/opening-hours/sunday-opening.md');
    expect(entry.corrections).toHaveLength(1);
    expect(data.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2026-03-05',
        text: 'This entry previously said that Sunday opening starts in May. In fact, it starts in April.',
        url: `${FIXTURE_SITE}${FIXTURE_BASE}themes/opening-hours/#sunday-opening-correction-1`,
      },
    ]);
    expect(only(library.dist, 'themes/funding/index.html').correction).toBeUndefined();
    // The source's facts, each as its metadata gives it.
    expect(data.isBasedOn).toEqual([
      expect.objectContaining({
        publisher: { '@type': 'Organization', name: 'The Example Gazette' },
        author: { '@type': 'Person', name: 'A. Reporter' },
        datePublished: '2026-03-02',
        url: 'https://news.example.com/library-hours',
        license: 'CC BY 4.0',
      }),
    ]);
  });

  it('sends a report to the form, each link named for what it reports on', () => {
    const reports = links(page('themes/opening-hours/index.html')).filter(
      (l) => l.href === SETTINGS.contact && l.name.startsWith('Report an error'),
    );
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(new Set(reports.map((l) => l.name)).size).toBe(reports.length);
  });

  it('gives each story and question page a card under the base path: 1200 × 630, at most 100 KB, with its alternative text', () => {
    const pages = htmlPages(library.dist).filter((f) => f === 'index.html' || f.startsWith('themes/'));
    expect(pages.length).toBeGreaterThan(2);
    for (const file of pages) {
      const html = page(file);
      const url = meta(html, 'og:image')!;
      expect(url, file).toMatch(new RegExp(`^${FIXTURE_SITE}${FIXTURE_BASE}cards/(stories|themes)/[a-z0-9-]+\\.png$`));
      const png = readFileSync(join(library.dist, url.slice(`${FIXTURE_SITE}${FIXTURE_BASE}`.length)));
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
      expect(png.length).toBeLessThanOrEqual(100 * 1024);
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'og:image:alt')!.length).toBeGreaterThan(10);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(jsonLd(html)[0]!.image).toBe(url);
    }
    const cards = readdirSync(join(library.dist, 'cards'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));
    for (const card of cards) expect(statSync(join(library.dist, 'cards', card)).size).toBeLessThanOrEqual(100 * 1024);
    // Pages that are not a story's or a question's have no card, and say so to link previews.
    expect(meta(page('about/index.html'), 'og:image')).toBeUndefined();
    expect(meta(page('about/index.html'), 'twitter:card')).toBe('summary');
  });
});

describe('key terms', () => {
  it('are a DefinedTermSet of every term on the page, each with its definition', () => {
    const data = only(dated.dist, 'terms/index.html');
    expect(data['@type']).toBe('DefinedTermSet');
    const anchors = [...readPage(dated.dist, 'terms/index.html').matchAll(/<section class="term" aria-labelledby="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(data.hasDefinedTerm.map((t: Json) => new URL(t.url).hash.slice(1))).toEqual(anchors);
    for (const term of data.hasDefinedTerm) expect(term.description.length).toBeGreaterThan(0);
    expect(existsSync(join(dated.dist, 'terms/index.html'))).toBe(true);
  });
});
