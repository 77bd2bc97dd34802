/**
 * A source whose seed is in `seeds/` but whose file derive has not written
 * yet: one line for the source, not one for every entry citing it.
 */
import type { Problem } from '../../model/errors.ts';
import { hasSeed, type Found, type TreeIndex } from './tree-index.ts';

export function underivedSources({ tree, sources, failedSources }: TreeIndex): Found {
  const underived = new Map<string, number>();
  for (const { data } of tree.entries) {
    if (!sources.has(data.source) && hasSeed(tree, data.source)) underived.set(data.source, (underived.get(data.source) ?? 0) + 1);
  }
  const errors: Problem[] = [];
  for (const [slug, count] of underived) {
    if (failedSources.has(slug)) continue;
    errors.push({
      file: `content/sources/${slug}.yaml`,
      detail: `expected the source derived from seeds/${slug}.txt, which ${count === 1 ? '1 entry cites' : `${count} entries cite`}, found no file; run "npm run derive"`,
    });
  }
  return { errors };
}
