/** Within a theme, each entry has its own file name, and each entry readers see its own `order`. */
import type { Loaded } from '../../content-files/loaded.ts';
import type { Problem } from '../../model/errors.ts';
import { isShown, type Entry } from '../../model/schema.ts';
import { duplicates, orderClashes, type Found, type TreeIndex } from './tree-index.ts';

export function themeEntries({ tree }: TreeIndex): Found {
  const errors: Problem[] = [];
  for (const [theme, entries] of entriesByTheme(tree.entries)) {
    duplicates(
      entries,
      (e) => e.id.split('/').pop()!,
      (e, first) => errors.push({ file: e.file, detail: `duplicate slug in theme "${theme}": ${first.file} has the same file name` }),
    );
    errors.push(
      ...orderClashes(
        entries.filter((e) => isShown(e.data)),
        ` in theme "${theme}"`,
      ),
    );
  }
  return { errors };
}

/** The entries of each theme their frontmatter names, themes in the order their first entry comes. */
export function entriesByTheme(entries: readonly Loaded<Entry>[]): Map<string, Loaded<Entry>[]> {
  const byTheme = new Map<string, Loaded<Entry>[]>();
  for (const entry of entries) {
    const siblings = byTheme.get(entry.data.theme);
    if (siblings) siblings.push(entry);
    else byTheme.set(entry.data.theme, [entry]);
  }
  return byTheme;
}
