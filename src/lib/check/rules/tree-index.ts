/**
 * What every check rule reads: the loaded tree (src/lib/content-files/content-tree.ts),
 * its themes and sources by id, which of them failed to load, and the memo
 * of what earlier checks of the same tree found (check-memo.ts). A rule is
 * a pure function of these: the tree already holds everything read from
 * disk, the site's settings, the seeds and the translations' originals too.
 */
import type { ContentTree } from '../../content-files/content-tree.ts';
import type { Loaded } from '../../content-files/loaded.ts';
import type { Problem } from '../../model/errors.ts';
import type { Source, Theme } from '../../model/schema.ts';
import type { CheckMemo } from '../check-memo.ts';

export interface TreeIndex {
  tree: ContentTree;
  themes: Map<string, Loaded<Theme>>;
  sources: Map<string, Loaded<Source>>;
  /** Themes and sources whose files failed to load: they have their own errors, and references to them would only repeat them. */
  failedThemes: Set<string | undefined>;
  failedSources: Set<string | undefined>;
  memo: CheckMemo;
}

/** What a rule finds: errors always stop a run; the rest as severity.ts says. */
export interface Found {
  errors?: Problem[];
  warnings?: Problem[];
  drafts?: Problem[];
  /** Translations behind their source-language text. */
  stale?: Problem[];
}

export function indexTree(tree: ContentTree, memo: CheckMemo): TreeIndex {
  const failed = (folder: string) =>
    new Set(tree.problems.map((p) => new RegExp(`^content/${folder}/(.+)\\.(?:md|ya?ml)$`).exec(p.file)?.[1]));
  return {
    tree,
    themes: new Map(tree.themes.map((t) => [t.id, t])),
    sources: new Map(tree.sources.map((s) => [s.id, s])),
    failedThemes: failed('themes'),
    failedSources: failed('sources'),
    memo,
  };
}

/** Whether the seed a source is derived from is in `seeds/`. */
export const hasSeed = (tree: ContentTree, slug: string): boolean => tree.seeds.has(`seeds/${slug}.txt`);

/** An error for every item whose `order` an earlier item has already; `within` names the list (` in theme "x"`). */
export function orderClashes(items: readonly Loaded<{ order: number }>[], within = ''): Problem[] {
  const errors: Problem[] = [];
  duplicates(
    items,
    (item) => String(item.data.order),
    (item, first) =>
      errors.push({
        file: item.file,
        line: item.lineOf(['order']),
        field: 'order',
        detail: `expected a unique order${within}, found ${item.data.order} (also used by ${first.file})`,
      }),
  );
  return errors;
}

/** Calls `report(item, firstWithSameKey)` for every item whose key was seen before. */
export function duplicates<T>(items: readonly T[], key: (item: T) => string, report: (item: T, first: T) => void): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const first = seen.get(key(item));
    if (first) report(item, first);
    else seen.set(key(item), item);
  }
}
