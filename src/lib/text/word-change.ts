/**
 * Describes how one text became another in a few words: the changed words
 * with a little context, so a one-line message can show what moved.
 */
import { sharedEnds, wordsOf } from './word-diff.ts';

const CONTEXT = 3;
const MAX_WORDS = 14;

export function describeChange(before: string, after: string): { was: string; now: string } {
  const a = wordsOf(before);
  const b = wordsOf(after);
  const { start, end } = sharedEnds(a, b);
  const from = Math.max(0, start - CONTEXT);
  const clip = (words: string[]) => {
    const to = Math.min(words.length, words.length - end + CONTEXT);
    const middle = words.slice(from, to);
    const text = middle.length > MAX_WORDS ? `${middle.slice(0, MAX_WORDS).join(' ')} …` : middle.join(' ');
    return `${from > 0 ? '… ' : ''}${text}${to < words.length ? ' …' : ''}`;
  };
  return { was: clip(a), now: clip(b) };
}
