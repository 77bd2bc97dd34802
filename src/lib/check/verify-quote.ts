/**
 * Checks a quotation against the paragraphs it cites, after normalising quote
 * marks, dashes and whitespace. An ellipsis stands for omitted words: each
 * part must appear in the cited paragraphs, in order, and the omission may
 * run from one cited paragraph into the next.
 */
import { normaliseForQuote } from '../text/normalise-quote.ts';
import { sentencesOf } from '../text/sentences.ts';

const ELLIPSIS = /\s*(?:…|\.\.\.|\. \. \.|\[…\]|\[\.\.\.\])\s*/;

export function quoteAppearsIn(quote: string, passages: readonly string[]): boolean {
  return quoteFinder(passages)(quote);
}

/** `quoteAppearsIn` for many quotations of the same passages, which are normalised once. */
export function quoteFinder(passages: readonly string[]): (quote: string) => boolean {
  return normalisedQuoteFinder(passages.map(normaliseForQuote));
}

/** `quoteFinder` over passages already normalised with `normaliseForQuote`. */
export function normalisedQuoteFinder(texts: readonly string[]): (quote: string) => boolean {
  return (quote) => {
    const parts = normaliseForQuote(quote)
      .split(ELLIPSIS)
      .map((part) => part.replace(/^[\s,;:.]+|[\s,;:]+$/g, ''))
      .filter(Boolean);
    if (parts.length === 0) return true;
    // Each part is taken at its first place after the previous one: if the parts fit in order at
    // all, they fit that way. A part never spans two paragraphs; only the omitted words may.
    let passage = 0;
    let from = 0;
    for (const part of parts) {
      for (;;) {
        if (passage >= texts.length) return false;
        const at = texts[passage]!.indexOf(part, from);
        if (at >= 0) {
          from = at + part.length;
          break;
        }
        passage++;
        from = 0;
      }
    }
    return true;
  };
}

const SEAM = 3;

/**
 * The words of `text` that are not the source's: what is left between the longest beginning and
 * the longest end of it that `found` finds, or, where both are found but not together, the words
 * around the seam. So an editor's insertion into a quoted paragraph is named, not the paragraph's
 * first words.
 */
export function wordsNotFound(text: string, found: (text: string) => boolean): string {
  const all = text.split(' ');
  const longest = (part: (k: number) => string[]) => {
    let [low, high] = [0, all.length];
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (found(part(mid).join(' '))) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  // A word or two is found anywhere ("The", "and the"): only a run of a few words shows where the source's words are.
  const run = (k: number) => (k >= SEAM ? k : 0);
  const head = run(longest((k) => all.slice(0, k)));
  const tail = run(longest((k) => all.slice(all.length - k)));
  const missing = head + tail < all.length ? all.slice(head, all.length - tail) : all.slice(Math.max(0, head - SEAM), head + SEAM);
  return `${head > 0 ? '… ' : ''}${missing.join(' ')}${tail > 0 ? ' …' : ''}`;
}

const words = (text: string) =>
  new Set(
    normaliseForQuote(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu) ?? [],
  );

/** The sentence of the passages sharing the most words with the quote, to show what it may have meant. */
export function closestPassage(quote: string, passages: readonly string[]): string {
  const wanted = words(quote);
  let best = { score: -1, sentence: '' };
  for (const sentence of passages.flatMap((p) => sentencesOf(p))) {
    const have = words(sentence);
    const shared = [...wanted].filter((w) => have.has(w)).length;
    const score = shared / (wanted.size + have.size - shared || 1);
    if (score > best.score) best = { score, sentence };
  }
  return best.sentence;
}
