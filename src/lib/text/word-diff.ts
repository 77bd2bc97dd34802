/**
 * How many words a text gained and lost: the words outside the longest
 * common subsequence of the two word lists, so a moved or replaced word
 * counts as one removed and one added.
 */
export interface WordCounts {
  added: number;
  removed: number;
}

export const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** How many words the two lists share at their start, and then at their end. */
export function sharedEnds(a: readonly string[], b: readonly string[]): { start: number; end: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { start, end };
}

export function wordChanges(before: string, after: string): WordCounts {
  const a = wordsOf(before);
  const b = wordsOf(after);
  const { start, end } = sharedEnds(a, b);
  const common = start + end + lcsLength(a.slice(start, a.length - end), b.slice(start, b.length - end));
  return { added: b.length - common, removed: a.length - common };
}

/** Classic dynamic programme over two rows; bodies are short once the shared head and tail are trimmed. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (const word of a) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = word === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
