import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes, rawQuotes } from '../../src/lib/check/quotes.ts';
import { quoteAppearsIn } from '../../src/lib/check/verify-quote.ts';

const SOURCE = ['The council declared a flood emergency on Monday.', 'Engineers said the new levee would divert water toward farmland.'];
const verified = (quotes: readonly string[]) => quotes.every((q) => quoteAppearsIn(q, SOURCE));

describe('findQuotes', () => {
  it('finds blockquotes and quoted runs of two words or more, not single words or apostrophes', () => {
    const body =
      'The “flood emergency” was declared, the ‘new levee’ too; a "term" and the city’s plan.\n\n> Engineers said the new levee\n> would divert water.\n';
    expect(findQuotes(body).map((q) => [q.text, q.line])).toEqual([
      ['flood emergency', 1],
      ['new levee', 1],
      ['Engineers said the new levee\nwould divert water.', 3],
    ]);
  });

  it('ignores quotation marks in code', () => {
    expect(findQuotes('Use `"made up words"` here.')).toEqual([]);
  });
});

describe('quotations shortened with an ellipsis', () => {
  it('accepts the parts in order, within a paragraph or running into the next cited one', () => {
    for (const quote of [
      'The council declared … on Monday.',
      'declared a flood emergency ... Engineers said',
      'flood emergency . . . would divert water',
      'The council […] emergency',
    ])
      expect(quoteAppearsIn(quote, SOURCE), quote).toBe(true);
  });

  it('refuses parts out of order, a part split across paragraphs, or a part the paragraphs lack', () => {
    for (const quote of ['Engineers said … The council declared', 'on Monday. Engineers said', 'The council declared … a levee on Monday'])
      expect(quoteAppearsIn(quote, SOURCE), quote).toBe(false);
  });
});

describe('rawQuotes, the parse-free path', () => {
  it('steps aside for escapes, entities, code, HTML and lazy blockquote lines', () => {
    for (const body of ['a \\* b', 'a &amp; b', 'a `b` c', 'a <b> c', '> quoted\nlazy line']) expect(rawQuotes(body)).toBeUndefined();
  });

  it('never passes a body whose parsed quotations would fail', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...SOURCE.flatMap((s) => s.split(' '))),
      fc.constantFrom('“', '”', '"', '‘', '’', '> ', '\n', '\n\n', '*', '_', '[', '](/x)', '# ', '- ', 'made', 'up'),
    );
    let exercised = 0;
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(' ')),
        (body) => {
          const raw = rawQuotes(body);
          if (!raw || !verified(raw)) return;
          const parsed = findQuotes(body).map((q) => q.text);
          if (parsed.length > 0) exercised++;
          expect(verified(parsed)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
    expect(exercised).toBeGreaterThan(10);
  });
});
