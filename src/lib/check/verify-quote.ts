/**
 * Checks a quotation against the paragraphs it cites, after normalising quote
 * marks, dashes and whitespace. An ellipsis stands for omitted words: each
 * part must appear, in order.
 */
import { normaliseForQuote } from '../text/normalise-quote.ts';
import { sentencesOf } from '../text/sentences.ts';

export function quoteAppearsIn(quote: string, passages: readonly string[]): boolean {
  return quoteFinder(passages)(quote);
}

/** `quoteAppearsIn` for many quotations of the same passages, which are normalised once. */
export function quoteFinder(passages: readonly string[]): (quote: string) => boolean {
  const texts = passages.map(normaliseForQuote);
  return (quote) => {
    const parts = normaliseForQuote(quote)
      .split(/\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*/)
      .map((part) => part.replace(/^[\s,;:.]+|[\s,;:]+$/g, ''))
      .filter(Boolean);
    if (parts.length === 0) return true;
    return texts.some((text) => {
      let from = 0;
      for (const part of parts) {
        const at = text.indexOf(part, from);
        if (at < 0) return false;
        from = at + part.length;
      }
      return true;
    });
  };
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
  for (const sentence of passages.flatMap(sentencesOf)) {
    const have = words(sentence);
    const shared = [...wanted].filter((w) => have.has(w)).length;
    const score = shared / (wanted.size + have.size - shared || 1);
    if (score > best.score) best = { score, sentence };
  }
  return best.sentence;
}
