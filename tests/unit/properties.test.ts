import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article.ts';
import { InputError } from '../../src/lib/errors.ts';
import { slugify, uniqueSlugger } from '../../src/lib/slug.ts';
import { decodeSeed, normaliseText } from '../../src/lib/text.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Text that looks like articles: lines of words, short lines, punctuation, blank lines, CRLF.
const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom('City', 'council', 'votes', 'the', 'River', 'rises', '?', '.', '!', '…', '“', '”', '../', '🌊', 'É'), { maxLength: 20 }).map((w) => w.join(' ')),
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

  it('never hands out the same slug twice, whatever the headings', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Same', 'same', 'Same-2', 'same 2', '')), { maxLength: 40 }), (headings) => {
        const next = uniqueSlugger();
        const slugs = headings.map((h) => next(h));
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const slug of slugs) expect(slug).toMatch(SLUG);
      }),
      { numRuns: 500 },
    );
  });
});
