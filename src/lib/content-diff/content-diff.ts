/**
 * What a change to content/ and seeds/ means for the site, computed from two
 * in-memory versions of the files: stories, entries theme by theme (moves
 * between themes as such), themes, sources (renames as such), key terms, timeline
 * items, translations language by language, the site's settings,
 * corrections, the entries a seed change left stale, and seeds. Rendering is
 * separate (diff-markdown.ts), so the same diff can feed a PR comment or a
 * test; so are the pages it touches (touched-pages.ts).
 */
import { snapshotOf, type Collection, type Doc, type FileMap, type Snapshot } from './content-snapshot.ts';
import { staleCitations } from './stale-entries.ts';
import {
  changedFields,
  changeOf,
  correctionsAdded,
  docRef,
  entryRef,
  itemRef,
  sourceChange,
  storyRef,
  type Changed,
  type CorrectionAdded,
  type DocRef,
  type EntryRef,
  type ItemRef,
  type SourceChange,
} from './doc-changes.ts';
import { entryMoves, seedRenames, sourceRenames, timelineMoves, type Moves } from './moves.ts';

export interface Listed<R> {
  added: R[];
  removed: R[];
  changed: (R & Changed)[];
}

export interface ThemeEntries extends Listed<EntryRef> {
  theme: string;
  /** The theme's title now, or before if the theme was removed. */
  title: string;
  /** Entries moved here from another theme (`from`), with what else changed. */
  moved: (EntryRef & { from: string; change: Changed | undefined })[];
}

export interface TimelineRef extends ItemRef {
  source: string;
  paragraphs: string[];
}

export interface LanguageChanges extends Listed<ItemRef & { path: string }> {
  language: string;
}

/** How many files of each kind only follow a renamed source to its new name. */
export interface Following {
  entries: number;
  themes: number;
  terms: number;
  timeline: number;
}

export interface ContentDiff {
  /** Stories (content/stories/), named by headline. */
  stories: Listed<DocRef>;
  /** Only themes whose entries changed, by theme slug. */
  entries: ThemeEntries[];
  themes: Listed<DocRef>;
  sources: {
    added: DocRef[];
    removed: DocRef[];
    changed: SourceChange[];
    /** A source whose seed was renamed, with how many entries and themes only follow it to its new name. */
    renamed: { from: string; to: DocRef; following: Following; change: SourceChange | undefined }[];
  };
  terms: Listed<ItemRef>;
  timeline: Listed<TimelineRef>;
  /** Translations, by language. */
  translations: LanguageChanges[];
  /** Fields of content/site.yaml that changed. */
  site: string[];
  corrections: CorrectionAdded[];
  seeds: { added: string[]; removed: string[]; changed: string[]; renamed: { from: string; to: string }[] };
  /** Entries that cite a paragraph that changed, and did not before this change: the reviewer must re-read them. */
  stale: (EntryRef & { changed: string[] })[];
  /** The snapshots compared, for the pages each change touches (touched-pages.ts). */
  before: Snapshot;
  after: Snapshot;
}

export function diffContent(before: FileMap, after: FileMap): ContentDiff {
  const old = snapshotOf(before);
  const now = snapshotOf(after);
  const sources = keys(old.sources, now.sources);
  const renamed = sourceRenames(old, now, sources.removed, sources.added);
  const seeds = keys(old.seeds, now.seeds);
  const seedMoves = seedRenames(old, now, seeds.removed, seeds.added, renamed);
  const following = new Map<string, Following>();
  const none = (): Following => ({ entries: 0, themes: 0, terms: 0, timeline: 0 });
  const follow = (source: unknown, kind: keyof Following) => {
    const counts = following.get(String(source)) ?? following.set(String(source), none()).get(String(source))!;
    counts[kind]++;
  };
  const entries = diffEntries(old, now, renamed, (_was, is) => follow(is.data['source'], 'entries'));
  const themes = listed(old, now, 'themes', docRef, renamed, (was) => {
    for (const to of new Set(renamedCites(was, renamed))) follow(to, 'themes');
  });
  return {
    stories: listed(old, now, 'stories', storyRef, renamed),
    entries,
    themes,
    sources: {
      added: sources.added.filter((id) => ![...renamed.values()].includes(id)).map((id) => docRef(now.sources.get(id)!)),
      removed: sources.removed.filter((id) => !renamed.has(id)).map((id) => docRef(old.sources.get(id)!)),
      changed: sources.kept.flatMap((id) => sourceChange(old.sources.get(id)!, now.sources.get(id)!) ?? []),
      renamed: [...renamed].map(([from, to]) => ({
        from,
        to: docRef(now.sources.get(to)!),
        following: following.get(to) ?? none(),
        change: sourceChange(old.sources.get(from)!, now.sources.get(to)!),
      })),
    },
    terms: listed(old, now, 'terms', itemRef, renamed, (_was, is) => follow(is.data['source'], 'terms')),
    timeline: listed(
      old,
      now,
      'timeline',
      timelineRef,
      renamed,
      (_was, is) => follow(is.data['source'], 'timeline'),
      (removed, added) => timelineMoves(removed, added, renamed),
    ),
    translations: byLanguage(listed(old, now, 'translations', (doc) => ({ ...itemRef(doc), path: doc.id }), renamed)),
    site: siteFields(old, now),
    corrections: [...keys(old.entries, now.entries).added, ...keys(old.entries, now.entries).kept]
      .sort()
      .flatMap((id) => correctionsAdded(old.entries.get(id), now.entries.get(id)!)),
    seeds: {
      added: seeds.added.filter((p) => ![...seedMoves.values()].includes(p)),
      removed: seeds.removed.filter((p) => !seedMoves.has(p)),
      changed: seeds.kept.filter((path) => old.seeds.get(path) !== now.seeds.get(path)),
      renamed: [...seedMoves].map(([from, to]) => ({ from, to })),
    },
    stale: staleEntries(old, now),
    before: old,
    after: now,
  };
}

/** The document as it would read had it named renamed sources by their new names: what it says, apart from following a rename. */
function renamedIn(doc: Doc, renamed: ReadonlyMap<string, string>): Doc {
  if (renamed.size === 0) return doc;
  const data = { ...doc.data };
  const source = data['source'];
  if (typeof source === 'string' && renamed.has(source)) data['source'] = renamed.get(source);
  if (Array.isArray(data['cites']))
    data['cites'] = data['cites'].map((c: Record<string, unknown>) => ({
      ...c,
      source: renamed.get(String(c?.['source'])) ?? c?.['source'],
    }));
  return { ...doc, data };
}

/** The new names of the renamed sources a theme cites. */
const renamedCites = (doc: Doc, renamed: ReadonlyMap<string, string>): string[] =>
  (Array.isArray(doc.data['cites']) ? doc.data['cites'] : []).flatMap(
    (c: Record<string, unknown>) => renamed.get(String(c?.['source'])) ?? [],
  );

/**
 * Entries theme by theme: added, removed, changed, and moved from another theme. An entry whose
 * only change is following a renamed source is counted under the rename (`followed`).
 */
function diffEntries(
  old: Snapshot,
  now: Snapshot,
  renamed: ReadonlyMap<string, string>,
  followed: (was: Doc, is: Doc) => void,
): ThemeEntries[] {
  const ids = keys(old.entries, now.entries);
  const moves = entryMoves(old, now, ids.removed, ids.added, renamed);
  const byTheme = new Map<string, ThemeEntries>();
  const titleOf = (theme: string) => {
    const doc = now.themes.get(theme) ?? old.themes.get(theme);
    return doc ? docRef(doc).title : theme;
  };
  const bucket = (ref: EntryRef) =>
    byTheme.get(ref.theme) ??
    byTheme.set(ref.theme, { theme: ref.theme, title: titleOf(ref.theme), added: [], removed: [], changed: [], moved: [] }).get(ref.theme)!;
  const moved = new Set(moves.values());
  for (const id of ids.added.filter((id) => !moved.has(id)))
    bucket(entryRef(now.entries.get(id)!)).added.push(entryRef(now.entries.get(id)!));
  for (const id of ids.removed.filter((id) => !moves.has(id)))
    bucket(entryRef(old.entries.get(id)!)).removed.push(entryRef(old.entries.get(id)!));
  for (const [from, to] of moves) {
    const [was, is] = [renamedIn(old.entries.get(from)!, renamed), now.entries.get(to)!];
    const change = changeOf({ ...was, data: { ...was.data, theme: is.data['theme'] } }, is);
    bucket(entryRef(is)).moved.push({ ...entryRef(is), from: from.split('/')[0]!, change });
  }
  for (const id of ids.kept) {
    const change = changed(old.entries.get(id)!, now.entries.get(id)!, renamed, followed);
    if (change) bucket(entryRef(now.entries.get(id)!)).changed.push({ ...entryRef(now.entries.get(id)!), ...change });
  }
  return [...byTheme.values()].sort((a, b) => a.theme.localeCompare(b.theme));
}

/** What changed, apart from following a renamed source (`followed` is told of a document that did only that). */
function changed(was: Doc, is: Doc, renamed: ReadonlyMap<string, string>, followed?: (was: Doc, is: Doc) => void): Changed | undefined {
  const change = changeOf(renamedIn(was, renamed), is);
  if (!change && followed && changeOf(was, is)) followed(was, is);
  return change;
}

/**
 * Added, removed and changed documents of one collection, each named by `ref`; `moves` pairs a
 * removed id with the added one that is the same document under a new name (compared as changed).
 */
function listed<R>(
  old: Snapshot,
  now: Snapshot,
  kind: Collection,
  ref: (doc: Doc) => R,
  renamed: ReadonlyMap<string, string>,
  followed?: (was: Doc, is: Doc) => void,
  moves: (removed: readonly string[], added: readonly string[]) => Moves = () => new Map(),
): Listed<R> {
  const ids = keys(old[kind], now[kind]);
  const moved = moves(ids.removed, ids.added);
  const movedTo = new Set(moved.values());
  const pairs: [string, string][] = [...ids.kept.map((id): [string, string] => [id, id]), ...moved];
  return {
    added: ids.added.filter((id) => !movedTo.has(id)).map((id) => ref(now[kind].get(id)!)),
    removed: ids.removed.filter((id) => !moved.has(id)).map((id) => ref(old[kind].get(id)!)),
    changed: pairs.flatMap(([was, is]) => {
      const change = changed(old[kind].get(was)!, now[kind].get(is)!, renamed, followed);
      return change ? [{ ...ref(now[kind].get(is)!), ...change }] : [];
    }),
  };
}

function timelineRef(doc: Doc): TimelineRef {
  const paragraphs = doc.data['paragraphs'];
  return {
    ...itemRef(doc),
    slug: doc.id,
    source: String(doc.data['source'] ?? doc.id.split('/')[0]),
    paragraphs: Array.isArray(paragraphs) ? paragraphs.map(String) : [],
  };
}

function byLanguage(all: Listed<ItemRef & { path: string }>): LanguageChanges[] {
  const languages = [...new Set([...all.added, ...all.removed, ...all.changed].map((t) => t.path.split('/')[0]!))].sort();
  const of = <T extends { path: string }>(list: T[], language: string) => list.filter((t) => t.path.startsWith(`${language}/`));
  return languages.map((language) => ({
    language,
    added: of(all.added, language),
    removed: of(all.removed, language),
    changed: of(all.changed, language),
  }));
}

function siteFields(old: Snapshot, now: Snapshot): string[] {
  const empty: Doc = { id: 'site', data: {}, body: '' };
  return changedFields(old.site.get('site') ?? empty, now.site.get('site') ?? empty);
}

function staleEntries(old: Snapshot, now: Snapshot): ContentDiff['stale'] {
  const staleBefore = staleCitations(old);
  return [...staleCitations(now)]
    .filter(([id, ids]) => ids.some((p) => !staleBefore.get(id)?.includes(p)))
    .map(([id, ids]) => ({ ...entryRef(now.entries.get(id)!), changed: ids }));
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
