/**
 * A theme with no entries asks a question the site never answers: an error,
 * naming the article sections that scored closest to it (closest-sections.ts)
 * so the editor sees which keywords to add or which heading to map. Rejected
 * entries answer nothing: a theme of rejected entries only is empty. A theme
 * whose entries failed to load is not empty: their own errors say what is
 * wrong.
 */
import type { Problem } from '../../model/errors.ts';
import { isShown } from '../../model/schema.ts';
import { closestSections } from '../closest-sections.ts';
import { entriesByTheme } from './theme-entries.ts';
import type { Found, TreeIndex } from './tree-index.ts';

export function emptyThemes({ tree }: TreeIndex): Found {
  const byTheme = entriesByTheme(tree.entries.filter((e) => isShown(e.data)));
  const unloaded = new Set(tree.problems.map((p) => /^content\/entries\/([^/]+)\//.exec(p.file)?.[1]));
  const errors: Problem[] = [];
  for (const theme of tree.themes) {
    if (byTheme.has(theme.id) || unloaded.has(theme.id)) continue;
    const closest = closestSections(theme.id, tree.themes, tree.sources);
    const hint =
      closest.length > 0
        ? `; the closest sections are ${closest.join(', ')}: add keywords they use and run "npm run derive", or map one under "themes:" in its seed's metadata file`
        : '';
    errors.push({
      file: theme.file,
      detail: `theme "${theme.id}" has no entries; add one under content/entries/${theme.id}/ or remove the theme${hint}`,
    });
  }
  return { errors };
}
