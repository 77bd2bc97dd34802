import { describe, expect, it } from 'vitest';
import { articleData, type ArticleFacts } from '../../src/lib/render/structured-data/article.ts';
import { definedTermSetData, plainText } from '../../src/lib/render/structured-data/defined-terms.ts';
import { jsonLdText } from '../../src/lib/render/structured-data/serialise.ts';
import { sourcePageData } from '../../src/lib/render/structured-data/source-work.ts';
import { contactHref, reportHref } from '../../src/lib/render/report-error.ts';
import { siteSchema } from '../../src/lib/model/schema.ts';

const NEWSROOM = { name: 'The Example Explainer', url: 'https://example.org/' };

const facts = (more: Partial<ArticleFacts> = {}): ArticleFacts => ({
  url: 'https://example.org/themes/hours/',
  headline: 'When does the library open?',
  description: 'On Sundays from April.',
  inLanguage: 'en',
  sources: [{ title: 'Library to open on Sundays', page: 'https://example.org/sources/hours/', inLanguage: 'en' }],
  citations: ['https://example.org/sources/hours/#p1', 'https://example.org/sources/hours/#p1'],
  corrections: [],
  translations: [],
  newsroom: NEWSROOM,
  ...more,
});

describe('JSON-LD as a data block', () => {
  it('never writes a character that could end the script element or start markup, and reads back as the same data', () => {
    const data = { text: 'a </script><script>alert(1)</script> <!-- b --> & c \u2028' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('an article', () => {
  it('says only what the content records: no date, correction, translation or policy that is not there', () => {
    const data = articleData(facts());
    expect(data).toMatchObject({ '@type': 'Article', headline: 'When does the library open?', description: 'On Sundays from April.' });
    for (const key of [
      'datePublished',
      'dateModified',
      'correction',
      'translationOfWork',
      'workTranslation',
      'publishingPrinciples',
      'image',
    ])
      expect(data).not.toHaveProperty(key);
    // The source's publisher, author and address are not recorded, so none is given.
    expect(data.isBasedOn).toEqual([
      {
        '@type': 'NewsArticle',
        headline: 'Library to open on Sundays',
        inLanguage: 'en',
        archivedAt: 'https://example.org/sources/hours/',
      },
    ]);
    expect(data.publisher).toEqual({ '@type': 'Organization', name: NEWSROOM.name, url: NEWSROOM.url });
  });

  it('cites each paragraph once, and carries each correction with its date, text and place', () => {
    const correction = {
      date: '2026-03-05',
      text: 'This entry previously said May. In fact, April.',
      url: 'https://example.org/themes/hours/#a-correction-1',
    };
    const data = articleData(facts({ corrections: [correction] }));
    expect(data.citation).toEqual([{ '@type': 'WebPageElement', url: 'https://example.org/sources/hours/#p1' }]);
    expect(data.correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: correction.date, text: correction.text, url: correction.url },
    ]);
  });

  it('names the original it translates, or its translations, and the newsroom’s policies when they are set', () => {
    const original = { url: 'https://example.org/themes/hours/', inLanguage: 'en', headline: 'When does the library open?' };
    const spanish = articleData(
      facts({
        url: 'https://example.org/es/themes/hours/',
        inLanguage: 'es',
        translationOf: original,
        newsroom: {
          ...NEWSROOM,
          correctionsPolicy: 'https://example.org/c',
          publishingPrinciples: 'https://example.org/p',
          contact: 'news@example.org',
        },
      }),
    );
    expect(spanish.translationOfWork).toEqual({ '@type': 'Article', '@id': original.url, ...original });
    expect(spanish.publishingPrinciples).toBe('https://example.org/p');
    expect(spanish.publisher).toMatchObject({
      correctionsPolicy: 'https://example.org/c',
      publishingPrinciples: 'https://example.org/p',
      email: 'news@example.org',
    });
    const english = articleData(facts({ translations: [{ url: 'https://example.org/es/themes/hours/', inLanguage: 'es' }] }));
    expect(english.workTranslation).toEqual([
      { '@type': 'Article', '@id': 'https://example.org/es/themes/hours/', url: 'https://example.org/es/themes/hours/', inLanguage: 'es' },
    ]);
  });

  it('gives a form address as no email', () => {
    expect(articleData(facts({ newsroom: { ...NEWSROOM, contact: 'https://example.org/form' } })).publisher).not.toHaveProperty('email');
  });
});

describe('a source page and the key terms', () => {
  it('describes the work with every fact recorded', () => {
    const data = sourcePageData({
      title: 'Library to open on Sundays',
      page: 'https://example.org/sources/hours/',
      inLanguage: 'en',
      publisher: 'The Example Gazette',
      author: 'A. Reporter',
      published: '2026-03-02',
      url: 'https://news.example.com/library-hours',
      licence: 'CC BY 4.0',
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Library to open on Sundays',
      inLanguage: 'en',
      author: { '@type': 'Person', name: 'A. Reporter' },
      publisher: { '@type': 'Organization', name: 'The Example Gazette' },
      datePublished: '2026-03-02',
      url: 'https://news.example.com/library-hours',
      license: 'CC BY 4.0',
      archivedAt: 'https://example.org/sources/hours/',
    });
  });

  it('lists each term with its expansion and its definition as plain text', () => {
    const set = definedTermSetData({ name: 'Key terms', url: 'https://example.org/terms/', inLanguage: 'en' }, [
      {
        term: 'ICE',
        expansion: 'Immigration and Customs Enforcement',
        definition: plainText('<p>The <em>federal</em> agency &amp; its officers .</p>'),
        url: 'https://example.org/terms/#ice',
      },
    ]);
    expect(set.hasDefinedTerm).toEqual([
      {
        '@type': 'DefinedTerm',
        name: 'ICE',
        alternateName: 'Immigration and Customs Enforcement',
        description: 'The federal agency & its officers.',
        url: 'https://example.org/terms/#ice',
        inDefinedTermSet: 'https://example.org/terms/',
      },
    ]);
  });
});

describe('key terms in an edition', () => {
  it('tags a definition shown in another language than the set’s with its language', () => {
    const set = definedTermSetData({ name: 'Términos clave', url: 'https://example.org/es/terms/', inLanguage: 'es' }, [
      { term: 'detención', definition: 'Mantener a una persona bajo custodia.', url: 'https://example.org/es/terms/#detention' },
      {
        term: 'deportation',
        definition: 'Sending a person out of the country.',
        definitionLanguage: 'en',
        url: 'https://example.org/es/terms/#deportation',
      },
    ]);
    expect(set.inLanguage).toBe('es');
    expect(set.hasDefinedTerm.map((t) => t.description)).toEqual([
      'Mantener a una persona bajo custodia.',
      { '@value': 'Sending a person out of the country.', '@language': 'en' },
    ]);
  });
});

describe('reporting an error', () => {
  it('opens a message whose subject and body are percent-encoded, spaces as %20', () => {
    const href = reportHref('news@example.org', { subject: 'Error report: Who pays? (Funding)', body: 'Page: https://example.org/a/#b\n' });
    expect(href).toBe(
      'mailto:news@example.org?subject=Error%20report%3A%20Who%20pays%3F%20(Funding)&body=Page%3A%20https%3A%2F%2Fexample.org%2Fa%2F%23b%0A',
    );
    expect(new URL(href).protocol).toBe('mailto:');
  });

  it('leads to a form address as it is', () => {
    expect(reportHref('https://example.org/form', { subject: 's', body: 'b' })).toBe('https://example.org/form');
    expect(contactHref('https://example.org/form')).toBe('https://example.org/form');
    expect(contactHref('news@example.org')).toBe('mailto:news@example.org');
  });

  it('takes an email address or an http(s) address as the contact, and refuses anything else with one message', () => {
    expect(siteSchema.parse({ contact: 'news@example.org' }).contact).toBe('news@example.org');
    for (const contact of ['mailto:news@example.org', 'ftp://example.org/', 'the newsroom']) {
      const result = siteSchema.safeParse({ contact });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual([
        `expected an email address or an http(s) URL, found ${JSON.stringify(contact)}`,
      ]);
    }
    expect(siteSchema.safeParse({ correctionsPolicy: 'corrections.html' }).success).toBe(false);
  });
});
