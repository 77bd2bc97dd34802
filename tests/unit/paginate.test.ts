import { describe, expect, it } from 'vitest';
import { paginate, themePagePath } from '../../src/lib/render/paginate.ts';

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);

  it('splits into full pages and a last partial page, with stable paths', () => {
    const pages = paginate('rivers', items, 20);
    expect(pages.map((p) => [p.number, p.path, p.items.length])).toEqual([
      [1, 'themes/rivers/', 20],
      [2, 'themes/rivers/2/', 20],
      [3, 'themes/rivers/3/', 5],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('gives an empty theme one page', () => {
    expect(paginate('rivers', [], 20)).toEqual([{ number: 1, path: 'themes/rivers/', items: [] }]);
  });

  it('rejects a page size that is not a whole number from 1', () => {
    expect(() => paginate('rivers', items, 0)).toThrow('entries per page must be a whole number from 1, got 0');
    expect(themePagePath('x', 1)).toBe('themes/x/');
  });
});
