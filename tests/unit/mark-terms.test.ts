/**
 * Marking key terms in rendered entry HTML: first use per page only, words
 * unchanged, nothing marked in links, headings, code or an existing <abbr>,
 * an acronym matched with its capitals only.
 */
import { describe, expect, it } from 'vitest';
import { termMarker } from '../../src/lib/render/mark-terms.ts';
import { renderMarkdown } from '../../src/lib/render/markdown/render-markdown.ts';

const TERMS = [
  { term: 'ICE', expansion: 'Immigration and Customs Enforcement', href: '/pr-42/terms/#ice' },
  { term: 'detention', href: '/pr-42/terms/#detention' },
  { term: 'sanctuary jurisdiction', href: '/pr-42/terms/#sanctuary-jurisdiction' },
];
const ABBR = '<abbr title="Immigration and Customs Enforcement">ICE</abbr>';

const cases: [string, string, string][] = [
  ['marks an acronym with its expansion', 'Work with ICE ends.', `<p>Work with ${ABBR} ends.</p>`],
  [
    'marks a term without expansion as a link',
    'Detention grows.',
    '<p><a class="term" href="/pr-42/terms/#detention" aria-label="Detention: key term">Detention</a> grows.</p>',
  ],
  [
    'marks a phrase across its words',
    'A sanctuary jurisdiction acts.',
    '<p>A <a class="term" href="/pr-42/terms/#sanctuary-jurisdiction" aria-label="sanctuary jurisdiction: key term">sanctuary jurisdiction</a> acts.</p>',
  ],
  ['marks only the first use', 'ICE and ICE.', `<p>${ABBR} and ICE.</p>`],
  ['leaves a lower-case word that spells an acronym', 'Thin ice, then ICE.', `<p>Thin ice, then ${ABBR}.</p>`],
  ['leaves part of a longer word', 'ICEBERG and detentions.', '<p>ICEBERG and detentions.</p>'],
  ['never marks inside a heading', '## ICE\n\nICE acts.', `<h2>ICE</h2>\n<p>${ABBR} acts.</p>`],
  [
    'never marks inside a link',
    '[ICE site](https://example.org) and ICE.',
    `<p><a href="https://example.org" rel="noopener noreferrer">ICE site</a> and ${ABBR}.</p>`,
  ],
  ['never marks inside code', '`ICE` and ICE.', `<p><code>ICE</code> and ${ABBR}.</p>`],
  [
    'marks inside a quotation without changing its words',
    '> Refuse cooperation with ICE.',
    `<blockquote>\n<p>Refuse cooperation with ${ABBR}.</p>\n</blockquote>`,
  ],
];

describe('termMarker', () => {
  it.each(cases)('%s', (_name, markdown, html) => {
    expect(termMarker(TERMS)(renderMarkdown(markdown, '/pr-42/'))).toBe(html);
  });

  it('marks each term once per page, across entries', () => {
    const mark = termMarker(TERMS);
    expect(mark('<p>ICE detention</p>')).toContain(ABBR);
    expect(mark('<p>ICE detention</p>')).toBe('<p>ICE detention</p>');
  });

  it('changes no text: the marked HTML reads as the source', () => {
    const html = renderMarkdown('> The mayor would refuse cooperation with ICE & end detention.', '/');
    const text = (h: string) => h.replace(/<[^>]+>/g, '');
    expect(text(termMarker(TERMS)(html))).toBe(text(html));
  });
});
