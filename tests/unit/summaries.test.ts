/**
 * Every entry summary derive writes for the development articles is one or
 * more whole sentences: the section's text starts with it and goes on, if at
 * all, with a new sentence. The check is the evaluation's, which does not
 * split sentences itself, so it holds the splitter and not itself.
 */
import { describe, expect, it } from 'vitest';
import { evaluateArticle, wholeSentences } from '../../src/lib/tooling/eval/evaluate.ts';
import { labelledArticles } from '../../src/lib/tooling/eval/labelled-sets.ts';

describe('summaries derive writes', () => {
  it('tells a summary cut at an abbreviation, a decimal or an initial from a whole sentence', () => {
    const text = 'The United States ran a $7.9 billion deficit in the U.S. market. Exports rose.';
    expect(wholeSentences('The United States ran a $7.', text)).toBe(false);
    expect(wholeSentences('The United States ran a $7.9 billion deficit in the U.', text)).toBe(false);
    expect(wholeSentences('The United States ran a $7.9 billion deficit in the U.S. market.', text)).toBe(true);
    expect(wholeSentences(text, text)).toBe(true);
    expect(wholeSentences('Under 8 U.', 'Under 8 U.S.C. § 1225, officers may detain.')).toBe(false);
  });

  for (const article of labelledArticles('development')) {
    it(`are whole sentences in ${article.name}`, async () => {
      const { brokenSummaries, summaries } = await evaluateArticle(article);
      expect(summaries).toBe(article.article.sections.length - 1);
      expect(brokenSummaries).toEqual([]);
    });
  }
});
