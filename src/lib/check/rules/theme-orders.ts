/** Each theme has its own place in the site: no two share an `order`. */
import type { Problem } from '../../model/errors.ts';
import { duplicates, type Found, type TreeIndex } from './tree-index.ts';

export function themeOrders({ tree }: TreeIndex): Found {
  const errors: Problem[] = [];
  duplicates(
    tree.themes,
    (t) => String(t.data.order),
    (t, first) =>
      errors.push({
        file: t.file,
        line: t.lineOf(['order']),
        field: 'order',
        detail: `expected a unique order, found ${t.data.order} (also used by ${first.file})`,
      }),
  );
  return { errors };
}
