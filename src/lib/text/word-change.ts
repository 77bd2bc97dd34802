/**
 * Describes how one text became another in a few words: the changed words
 * with a little context, so a one-line message can show what moved.
 */
const CONTEXT = 3;
const MAX_WORDS = 14;

export function describeChange(before: string, after: string): { was: string; now: string } {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const from = Math.max(0, start - CONTEXT);
  const clip = (words: string[]) => {
    const to = Math.min(words.length, words.length - end + CONTEXT);
    const middle = words.slice(from, to);
    const text = middle.length > MAX_WORDS ? `${middle.slice(0, MAX_WORDS).join(' ')} …` : middle.join(' ');
    return `${from > 0 ? '… ' : ''}${text}${to < words.length ? ' …' : ''}`;
  };
  return { was: clip(a), now: clip(b) };
}
