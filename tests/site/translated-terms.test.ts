/**
 * Key terms in the Spanish edition. On the real site every term is
 * translated by machine: the page shows the Spanish, in Spanish alphabetical
 * order, under one notice, a name or an acronym kept as it is marked as
 * English, and About counts the terms among the translated parts. On the
 * three-edition site (tests/helpers/sites.ts) one English definition changed
 * after its translation was made, so that term is shown in English, marked
 * so, never the old Spanish; and a definition quoted from the source keeps
 * the source's words with the translation beside them.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { FIXTURE_BASE, FIXTURE_SITE } from '../helpers/fixture-site.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { SEED_SITE, THREE_EDITIONS } from '../helpers/sites.ts';

const [{ dist: seed }, { dist: three }] = await Promise.all([builtSite(SEED_SITE), builtSite(THREE_EDITIONS)]);

/** The `<section class="term">` of one term. */
const section = (html: string, id: string): string => {
  const start = html.indexOf(`<section class="term" aria-labelledby="${id}">`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
};
const headings = (html: string) => [...html.matchAll(/<section class="term" aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
const notices = (html: string) => [...html.matchAll(/class="translation-notice (notice-[a-z]+)"/g)].map((m) => m[1]);
const definedTerms = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as {
    inLanguage: string;
    hasDefinedTerm: { name: string; alternateName?: string; description: unknown }[];
  };

describe('the Spanish key terms page of the real site', () => {
  const page = readPage(seed, 'es/terms/index.html');

  it('shows each term and definition in Spanish, in Spanish alphabetical order', () => {
    expect(headings(page)).toEqual(['ice-abolition', 'aclu', 'deportation', 'detention', 'ice', 'sanctuary-jurisdiction']);
    expect(section(page, 'deportation')).toContain('<h2 id="deportation">deportación</h2>');
    expect(section(page, 'deportation')).toContain(
      '<div class="body"><p>Expulsar de Estados Unidos, por orden de un juez de inmigración o de otra autoridad federal,',
    );
    expect(page).not.toContain('Sending a person who is not a citizen');
    expect(page).not.toMatch(/<div class="body" lang="en">/);
  });

  it('marks a name or an acronym kept as it is as English, and shows a translated expansion as Spanish', () => {
    expect(section(page, 'aclu')).toContain(
      '<h2 id="aclu"><span lang="en">ACLU</span><span class="expansion">, sigla de <span lang="en">American Civil Liberties Union</span></span></h2>',
    );
    expect(section(page, 'ice')).toContain(
      '<h2 id="ice"><span lang="en">ICE</span><span class="expansion">, sigla de Servicio de Inmigración y Control de Aduanas</span></h2>',
    );
  });

  it('says once, at the top, that the translations are a machine’s, with a link to the English page', () => {
    expect(notices(page)).toEqual(['notice-unreviewed']);
    expect(page).toMatch(
      /<p class="dek">[^<]*<\/p><p class="translation-notice notice-unreviewed" role="note" data-pagefind-ignore>Traducción automática, aún no revisada por una persona\. <a href="\/terms\/" hreflang="en">/,
    );
  });

  it('is a page of its own in Spanish: its own canonical address, and a DefinedTermSet in Spanish', () => {
    expect(page).toContain('<link rel="canonical" href="https://example.org/es/terms/">');
    expect(page).toContain('<link rel="alternate" hreflang="es" href="https://example.org/es/terms/">');
    const set = definedTerms(page);
    expect(set.inLanguage).toBe('es');
    expect(set.hasDefinedTerm.map((t) => t.name)).toEqual([
      'abolición de ICE',
      'ACLU',
      'deportación',
      'detención',
      'ICE',
      'jurisdicción santuario',
    ]);
    expect(set.hasDefinedTerm[4]).toMatchObject({ alternateName: 'Servicio de Inmigración y Control de Aduanas' });
    for (const term of set.hasDefinedTerm) expect(typeof term.description, term.name).toBe('string');
    expect(set.hasDefinedTerm[2]!.description).toMatch(/^Expulsar de Estados Unidos/);
  });

  it('counts the terms among the translated parts on About: all of them, none reviewed', () => {
    // The site's name, the story, 4 questions, 7 entries and 6 key terms.
    expect(readPage(seed, 'es/about/index.html')).toContain(
      '<p>Hasta ahora: 19 partes traducidas de 19, ninguna revisada por una persona.</p>',
    );
  });
});

describe('the Spanish key terms page where a definition changed since its translation, and one is quoted', () => {
  const page = readPage(three, 'es/terms/index.html');

  it('shows the changed term in English, marked as English, with its own notice: never the old translation', () => {
    const term = section(page, 'deportation');
    expect(term).toContain('<h2 id="deportation" lang="en">deportation</h2>');
    expect(term).toContain('<div class="body" lang="en"><p>Sending a person who is not a citizen');
    expect(term).toContain('it can bar a return for years.');
    expect(term).toContain(
      '<p class="translation-notice notice-fallback" role="note" data-pagefind-ignore>Aún sin traducir: se muestra en el inglés original.',
    );
    expect(page).not.toContain('deportación');
    expect(page).not.toContain('En la ley federal se llama');
    // The page's one notice is the machine translation's; only the term that differs says otherwise.
    expect(notices(page)).toEqual(['notice-unreviewed', 'notice-fallback']);
    const english = definedTerms(page).hasDefinedTerm.find((t) => t.name === 'deportation')!;
    expect(english.description).toMatchObject({ '@language': 'en' });
  });

  it('keeps a quoted definition in the source’s words, marked as English, with the translation after it, marked as a machine’s', () => {
    const term = section(page, 'non-cooperation');
    expect(term).toContain('<h2 id="non-cooperation">falta de cooperación</h2>');
    expect(term).toMatch(
      /<blockquote lang="en"><p>Mamdani’s ICE abolition commitment builds on New York City’s existing sanctuary city policies but pushes further toward active resistance rather than mere non-cooperation\.<\/p>\s*<\/blockquote>/,
    );
    const translation = term.slice(term.indexOf('<div class="quote-translation">'));
    expect(translation).toContain('<span class="marker">traducción automática</span>');
    expect(translation).toContain('<p>El compromiso de Mamdani de abolir ICE se basa en las políticas de ciudad santuario');
    expect(term.indexOf('</blockquote>')).toBeLessThan(term.indexOf('<div class="quote-translation">'));
  });

  it('counts on About only what is shown translated: the changed entry and the changed term are not', () => {
    expect(readPage(three, 'es/about/index.html')).toContain(
      '<p>Hasta ahora: 18 partes traducidas de 20, ninguna revisada por una persona.</p>',
    );
  });

  it('shows an edition with no term translated in its source language, under one notice', () => {
    const arabic = readPage(three, 'ar/terms/index.html');
    expect(notices(arabic)).toEqual(['notice-fallback']);
    expect(arabic).toContain('<h2 id="deportation" lang="en">deportation</h2>');
    expect(arabic).toContain(`<link rel="canonical" href="${FIXTURE_SITE}${FIXTURE_BASE}terms/">`);
    expect(definedTerms(arabic).inLanguage).toBe('en');
  });
});
