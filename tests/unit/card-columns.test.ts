import { describe, expect, it } from 'vitest';
import { cardColumns } from '../../src/lib/render/card-columns.ts';

describe('cardColumns', () => {
  it('sets four cards two by two, never three and one', () => {
    expect(cardColumns(4)).toBe(2);
  });

  it('keeps three columns where they fill their rows or leave no fewer gaps than two', () => {
    expect(cardColumns(3)).toBe(3);
    expect(cardColumns(6)).toBe(3);
    expect(cardColumns(5)).toBe(3);
    expect(cardColumns(1)).toBe(3);
  });

  it('takes two columns where three would leave a card alone', () => {
    expect(cardColumns(7)).toBe(2);
    expect(cardColumns(10)).toBe(2);
  });
});
