import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../src/lib/tooling/eval/adjusted-rand.ts';

describe('adjusted Rand index (the measure the evaluation relies on)', () => {
  it('is 1 for the same grouping under other names', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b', 'c'], ['x', 'x', 'y', 'y', 'z'])).toBe(1);
  });

  it('matches a worked example', () => {
    // Contingency [[2,1],[0,2]]: index 2, rows 4, columns 4, expected 1.6, max 4 → (2 − 1.6) / (4 − 1.6).
    expect(adjustedRandIndex(['a', 'a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y', 'y'])).toBeCloseTo(0.4 / 2.4, 12);
  });

  it('is below zero when the groupings cut across each other', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y'])).toBeLessThan(0);
  });

  it('refuses groupings of different items', () => {
    expect(() => adjustedRandIndex(['a'], ['x', 'y'])).toThrow();
  });
});
