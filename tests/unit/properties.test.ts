import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/article.ts';
import { placeSections } from '../../src/lib/derive/themes/assign.ts';
import { englishWords } from '../../src/lib/text/words.ts';
import { InputError } from '../../src/lib/model/errors.ts';
import { slugify, uniqueSlugger } from '../../src/lib/text/slug.ts';
import { decodeSeed, normaliseText } from '../../src/lib/article/seed-text.ts';
import { splitFrontmatter } from '../../src/lib/content-files/frontmatter.ts';

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

  const section = fc.record({ heading: text, text });
  const keywords = fc.array(
    term.filter((k) => /[\p{L}\p{N}]/u.test(k)),
    { minLength: 1, maxLength: 4 },
  );

  /** BM25 as written in textbooks, with no index and no shortcuts, to hold the optimised scorer to. */
  function reference(sections: { heading: string; text: string }[], themes: { slug: string; keywords: string[] }[]) {
    const words = englishWords();
    const docs = sections.map((s) => ({ heading: words.stems(s.heading), body: words.stems(s.text) }));
    const count = (stems: string[], run: string[]) => stems.filter((_, i) => run.every((r, j) => stems[i + j] === r)).length;
    const length = (d: (typeof docs)[number]) => 3 * d.heading.length + d.body.length;
    const average = docs.reduce((n, d) => n + length(d), 0) / docs.length || 1;
    return docs.map((d) =>
      themes.map((theme) => {
        const runs = [
          ...new Map(
            theme.keywords
              .map((k) => words.stems(k))
              .filter((r) => r.length > 0)
              .map((r) => [r.join(' '), r]),
          ).values(),
        ];
        return runs.reduce((sum, run) => {
          const tf = 3 * count(d.heading, run) + count(d.body, run);
          if (tf === 0) return sum;
          const df = docs.filter((o) => count(o.heading, run) + count(o.body, run) > 0).length;
          const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
          return sum + (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * length(d)) / average));
        }, 0);
      }),
    );
  }

  it('scores every section against every theme as plain BM25 over stems does', () => {
    fc.assert(
      fc.property(
        fc.array(section, { minLength: 1, maxLength: 4 }),
        fc.array(keywords, { minLength: 1, maxLength: 3 }),
        (sections, lists) => {
          const themes = lists.map((list, i) => ({ slug: `t${i}`, title: '', order: i + 1, keywords: list }));
          const expected = reference(sections, themes);
          placeSections(sections, themes, { explain: true }).forEach((placement, s) => {
            for (const { theme, score } of placement.ranked!) expect(score).toBeCloseTo(expected[s]![Number(theme.slice(1))]!, 9);
          });
          // Without explaining, derive's path: the best score, the first theme that has it, or none when nothing matched.
          placeSections(sections, themes).forEach((placement, s) => {
            const best = Math.max(...expected[s]!);
            expect(placement.score).toBeCloseTo(best > 0 ? best : 0, 9);
            if (best > 0) expect(expected[s]![Number(placement.theme!.slice(1))]).toBeCloseTo(best, 9);
            else expect(placement.theme).toBeUndefined();
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('places sections the same whatever order the themes are listed in', () => {
    fc.assert(
      fc.property(
        fc.array(section, { minLength: 1, maxLength: 4 }),
        fc.array(keywords, { minLength: 2, maxLength: 4 }),
        (sections, lists) => {
          const themes = lists.map((list, i) => ({ slug: `t${i}`, title: '', order: i + 1, keywords: list }));
          const forward = placeSections(sections, themes).map((p) => [p.theme, p.runnerUp?.theme]);
          const backward = placeSections(sections, [...themes].reverse()).map((p) => [p.theme, p.runnerUp?.theme]);
          expect(backward).toEqual(forward);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('frontmatter split', () => {
  // Files that start like a content file: fences, near-fences, keys, blank lines, CRLF or LF.
  const fileLine = fc.constantFrom('---', '--- ', '----', '---x', 'title: A', 'order: 2', '', '  - p1', 'Body text.', '\r');
  const contentFile = fc
    .tuple(fc.array(fileLine, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'))
    .map(([lines, eol]) => ['---', ...lines].join(eol));

  it('splits where gray-matter does, the frontmatter and the body alike', () => {
    fc.assert(
      fc.property(contentFile, (text) => {
        const parsed = matter(text, { engines: { yaml: () => ({}) } } as Parameters<typeof matter>[1]);
        expect(splitFrontmatter(text)).toEqual({ raw: parsed.matter, content: parsed.content });
      }),
      { numRuns: 2000 },
    );
  });
});
