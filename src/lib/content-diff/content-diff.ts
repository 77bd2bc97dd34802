/**
 * What a change to content/ and seeds/ means for the site, computed from two
 * in-memory versions of the files. Rendering is separate (diff-markdown.ts),
 * so the same diff can feed a PR comment or a test.
 */
import { snapshotOf, type FileMap } from './content-snapshot.ts';
import { staleCitations } from './stale-entries.ts';
import {
  changeOf,
  correctionsAdded,
  docRef,
  entryRef,
  sourceChange,
  type Changed,
  type CorrectionAdded,
  type DocRef,
  type EntryRef,
  type SourceChange,
} from './doc-changes.ts';

export interface ThemeEntries {
  theme: string;
  /** The theme's title now, or before if the theme was removed. */
  title: string;
  added: EntryRef[];
  removed: EntryRef[];
  changed: (EntryRef & Changed)[];
}

export interface ContentDiff {
  /** Only themes whose entries changed, by theme slug. */
  entries: ThemeEntries[];
  themes: { added: DocRef[]; removed: DocRef[]; changed: (DocRef & Changed)[] };
  sources: { added: DocRef[]; removed: DocRef[]; changed: SourceChange[] };
  corrections: CorrectionAdded[];
  seeds: { added: string[]; removed: string[]; changed: string[] };
  /** Entries that cite a paragraph that changed, and did not before this change: the reviewer must re-read them. */
  stale: (EntryRef & { changed: string[] })[];
}

export function diffContent(before: FileMap, after: FileMap): ContentDiff {
  const old = snapshotOf(before);
  const now = snapshotOf(after);
  const entries = keys(old.entries, now.entries);
  const themes = keys(old.themes, now.themes);
  const sources = keys(old.sources, now.sources);
  const seeds = keys(old.seeds, now.seeds);

  const byTheme = new Map<string, ThemeEntries>();
  const titleOf = (theme: string) => {
    const doc = now.themes.get(theme) ?? old.themes.get(theme);
    return doc ? docRef(doc).title : theme;
  };
  const bucket = (ref: EntryRef) =>
    byTheme.get(ref.theme) ??
    byTheme.set(ref.theme, { theme: ref.theme, title: titleOf(ref.theme), added: [], removed: [], changed: [] }).get(ref.theme)!;
  for (const ref of entries.added.map((id) => entryRef(now.entries.get(id)!))) bucket(ref).added.push(ref);
  for (const ref of entries.removed.map((id) => entryRef(old.entries.get(id)!))) bucket(ref).removed.push(ref);
  for (const id of entries.kept) {
    const ref = entryRef(now.entries.get(id)!);
    const change = changeOf(old.entries.get(id)!, now.entries.get(id)!);
    if (change) bucket(ref).changed.push({ ...ref, ...change });
  }

  const staleBefore = staleCitations(old);
  const stale = [...staleCitations(now)]
    .filter(([id, ids]) => ids.some((p) => !staleBefore.get(id)?.includes(p)))
    .map(([id, ids]) => ({ ...entryRef(now.entries.get(id)!), changed: ids }));

  return {
    stale,
    entries: [...byTheme.values()].sort((a, b) => a.theme.localeCompare(b.theme)),
    themes: {
      added: themes.added.map((id) => docRef(now.themes.get(id)!)),
      removed: themes.removed.map((id) => docRef(old.themes.get(id)!)),
      changed: themes.kept.flatMap((id) => {
        const change = changeOf(old.themes.get(id)!, now.themes.get(id)!);
        return change ? [{ ...docRef(now.themes.get(id)!), ...change }] : [];
      }),
    },
    sources: {
      added: sources.added.map((id) => docRef(now.sources.get(id)!)),
      removed: sources.removed.map((id) => docRef(old.sources.get(id)!)),
      changed: sources.kept.flatMap((id) => sourceChange(old.sources.get(id)!, now.sources.get(id)!) ?? []),
    },
    corrections: [...entries.added, ...entries.kept].sort().flatMap((id) => correctionsAdded(old.entries.get(id), now.entries.get(id)!)),
    seeds: {
      added: seeds.added,
      removed: seeds.removed,
      changed: seeds.kept.filter((path) => old.seeds.get(path) !== now.seeds.get(path)),
    },
  };
}

/** Keys only before, only after, and in both, each sorted. */
function keys(before: ReadonlyMap<string, unknown>, after: ReadonlyMap<string, unknown>) {
  const all = [...new Set([...before.keys(), ...after.keys()])].sort();
  return {
    added: all.filter((k) => !before.has(k)),
    removed: all.filter((k) => !after.has(k)),
    kept: all.filter((k) => before.has(k) && after.has(k)),
  };
}
