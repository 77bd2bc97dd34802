import { describe, expect, it } from 'vitest';
import { wordChanges } from '../../src/lib/text/word-diff.ts';

describe('wordChanges', () => {
  it('counts a replaced word as one removed and one added, and a moved word likewise', () => {
    expect(wordChanges('a b c d', 'a x c d')).toEqual({ added: 1, removed: 1 });
    expect(wordChanges('a b c d', 'b c d a')).toEqual({ added: 1, removed: 1 });
    expect(wordChanges('one  two\nthree', 'one two three four five')).toEqual({ added: 2, removed: 0 });
    expect(wordChanges('', '')).toEqual({ added: 0, removed: 0 });
  });
});
