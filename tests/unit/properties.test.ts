import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/article.ts';
import { scoreSection } from '../../src/lib/derive/assign.ts';
import { InputError } from '../../src/lib/model/errors.ts';
import { slugify, uniqueSlugger } from '../../src/lib/text/slug.ts';
import { decodeSeed, normaliseText } from '../../src/lib/article/seed-text.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Text that looks like articles: lines of words, short lines, punctuation, blank lines, CRLF.
const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(fc.constantFrom('City', 'council', 'votes', 'the', 'River', 'rises', '?', '.', '!', '…', '“', '”', '../', '🌊', 'É'), {
      maxLength: 20,
    })
    .map((w) => w.join(' ')),
  fc.constantFrom('', ' ', '\t', '\uFEFF'),
);
const articleLike = fc.array(line, { maxLength: 30 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));
const anyText = fc.oneof(articleLike, fc.string({ unit: 'binary' }));

function parseOrInputError(text: string) {
  try {
    return parseArticle('seed.txt', text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return undefined;
  }
}

describe('parser properties', () => {
  it('returns a valid article or throws InputError, for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = parseOrInputError(text);
        if (!article) return;
        expect(article.title.trim()).not.toBe('');
        const paragraphs = article.sections.flatMap((s) => s.paragraphs);
        expect(paragraphs.length).toBeGreaterThan(0);
        expect(paragraphs.map((p) => p.id)).toEqual(paragraphs.map((_, i) => `p${i + 1}`));
        for (const p of paragraphs) expect(p.text).not.toBe('');
        const slugs = article.sections.map((s) => s.slug);
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const slug of slugs) expect(slug).toMatch(SLUG);
      }),
      { numRuns: 500 },
    );
  });

  it('is stable under normalisation: parse(normalise(x)) equals parse(x)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normaliseText(normaliseText(text))).toBe(normaliseText(text));
        expect(parseOrInputError(normaliseText(text))).toEqual(parseOrInputError(text));
      }),
      { numRuns: 300 },
    );
  });

  it('decodes any bytes to text or throws InputError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          expect(typeof decodeSeed('seed.txt', bytes)).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('slug properties', () => {
  it('always gives a safe, non-empty, bounded slug', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(SLUG);
        expect(slug.length).toBeLessThanOrEqual(68);
        expect(['con', 'nul', 'aux', 'prn', 'index']).not.toContain(slug);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a heading without Latin letters a slug from its text, not its position', () => {
    expect(slugify('Ελλάδα')).toBe(slugify('Ελλάδα'));
    expect(slugify('Ελλάδα')).toMatch(/^section-[0-9a-f]{6}$/);
    expect(slugify('日本語')).not.toBe(slugify('Ελλάδα'));
    expect(slugify('   ')).toBe('section');
  });

  it('never hands out the same slug twice, whatever the headings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Same', 'same', 'Same-2', 'same 2', '')), { maxLength: 40 }),
        (headings) => {
          const next = uniqueSlugger();
          const slugs = headings.map((h) => next(h));
          expect(new Set(slugs).size).toBe(slugs.length);
          for (const slug of slugs) expect(slug).toMatch(SLUG);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('theme scoring properties', () => {
  // The documented rule, as a regex: whole words, up to three letters of inflection.
  const reference = (term: string, text: string) => {
    const escaped = term
      .toLowerCase()
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+');
    return text.toLowerCase().match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}\\p{L}{0,3}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
  };
  const piece = fc.constantFrom(
    'limit',
    'Limit',
    's',
    'ed',
    'ing',
    'x',
    '1',
    '2',
    ' ',
    '-',
    '.',
    'é',
    'É',
    'ß',
    '𝒜',
    '🌊',
    'İ',
    '\u0301',
    'social justice',
    '\n',
  );
  const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
  const term = fc.oneof(
    fc.constantFrom('limit', 'limits', 'é', '𝒜x', 'social justice', 'li-mit', '1', 'lİ'),
    fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join('')),
  );

  it('counts a keyword in heading and text exactly as the whole-word regex does', () => {
    fc.assert(
      fc.property(term, text, text, (keyword, heading, body) => {
        fc.pre(keyword.trim() !== '');
        const [scored] = scoreSection(heading, body, [{ slug: 't', title: '', order: 1, keywords: [keyword] }]);
        expect(scored!.score).toBe(3 * reference(keyword, heading) + reference(keyword, body));
      }),
      { numRuns: 2000 },
    );
  });

  it('scores every theme as the sum of its keywords, whichever themes share a word', () => {
    const keywords = fc.array(
      term.filter((k) => k.trim() !== ''),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(fc.array(keywords, { minLength: 1, maxLength: 4 }), text, text, (lists, heading, body) => {
        const themes = lists.map((list, i) => ({ slug: `t${i}`, title: '', order: i, keywords: list }));
        const scores = new Map(scoreSection(heading, body, themes).map((s) => [s.theme, s.score]));
        for (const [i, list] of lists.entries()) {
          const words = [...new Set(list.map((k) => k.toLowerCase()))];
          expect(scores.get(`t${i}`)).toBe(words.reduce((sum, k) => sum + 3 * reference(k, heading) + reference(k, body), 0));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
