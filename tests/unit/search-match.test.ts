import { describe, expect, it } from 'vitest';
import { byCoverage, hitsOf, isMatch, queryTerms, type PageData } from '../../src/client/search-match.ts';

const page = (content: string, locations: number[], anchors: PageData['anchors'] = [], title?: string): PageData => ({
  url: '/themes/t/',
  content,
  meta: { ...(title && { title }), theme: 'A theme' },
  locations,
  anchors,
});

describe('what a search match is', () => {
  it('takes the longest run of letters and digits of each typed word, folded', () => {
    expect(queryTerms('  ICE’s Café-au-lait  ')).toEqual(['ice', 'cafe']);
  });

  it('counts a matched word only if it begins like a typed word, four letters deep', () => {
    expect(isMatch('immigration,', ['immig'])).toBe(true);
    expect(isMatch('immigrants', ['immigration'])).toBe(true);
    expect(isMatch('(ICE)', ['ice'])).toBe(true);
    expect(isMatch('Mamdani’s', ['mamdani'])).toBe(true);
    // Pagefind's fallback for a word it does not have: the longest indexed word it begins with.
    expect(isMatch('a', ['adams'])).toBe(false);
    expect(isMatch('and', ['andrew'])).toBe(false);
    expect(isMatch('federal-local', ['local'])).toBe(true);
  });
});

describe('hits on a page', () => {
  const content = 'How could it respond? Its answer here. A heading. The first sentence of the body. The second one is about Adams a lot.';
  const anchors = [{ element: 'h2', id: 'a-heading', text: 'A heading', location: 7 }];

  it('drops a page where a typed word only matched by Pagefind’s fallback', () => {
    expect(hitsOf(page(content, [21, 8]), ['adams', 'heading'])).toEqual([]);
    expect(hitsOf(page(content, [21]), ['adams'])).toEqual([]);
  });

  it('gives the page opening and each anchored section a hit of its own, without its heading in the snippet', () => {
    const hits = hitsOf(page(content, [5, 11], anchors, 'How could it respond?'), ['answer', 'sentence']);
    expect(hits.map((h) => [h.title, h.url, h.snippet.words.map((w) => w.text).join(' ')])).toEqual([
      ['How could it respond?', '/themes/t/', 'Its answer here.'],
      ['A heading', '/themes/t/#a-heading', 'The first sentence of the body. The second one is about Adams a lot.'],
    ]);
    expect(hits[1]!.snippet.words.filter((w) => w.mark).map((w) => w.text)).toEqual(['sentence']);
  });

  it('starts a snippet at its sentence, or marks the cut, and marks a cut at the end', () => {
    const long = `${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} needle ${Array.from({ length: 60 }, (_, i) => `x${i}`).join(' ')}.`;
    const [hit] = hitsOf(page(long, [40]), ['needle']);
    expect(hit!.snippet.before).toBe(true);
    expect(hit!.snippet.after).toBe(true);
    expect(hit!.snippet.words[0]!.text).toBe('w28');
  });

  it('cuts snippets where a sentence ends, not at an abbreviation or a decimal', () => {
    const text = 'Aid came first. The U.S. Treasury paid $7.9 billion in aid to the states. Then came loans.';
    const [hit] = hitsOf(page(text, [5]), ['treasury']);
    expect(hit!.snippet.words.map((w) => w.text).join(' ')).toBe(
      'The U.S. Treasury paid $7.9 billion in aid to the states. Then came loans.',
    );
    expect(hit!.snippet.before).toBe(false);
  });

  it('puts hits that match more of the typed words first, and keeps the given order otherwise', () => {
    const hits = hitsOf(page(content, [5, 11, 14], anchors, 'How could it respond?'), ['answer', 'sentence', 'body']);
    expect(byCoverage(hits).map((h) => h.title)).toEqual(['A heading', 'How could it respond?']);
  });
});
