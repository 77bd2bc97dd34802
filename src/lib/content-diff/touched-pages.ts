/**
 * The site pages a content diff changes, as paths under the base path
 * ('' is the home page), so a reviewer can open exactly those in a preview:
 * the pages in the language of the content, then each edition's (every
 * reader page exists again under `/<code>/`, and shows the English where
 * it has no translation), with the edition's own translations' pages.
 */
import type { ContentDiff } from './content-diff.ts';
import type { Doc, Snapshot } from './content-snapshot.ts';
import type { EntryRef } from './doc-changes.ts';
import { termMarker } from '../render/mark-terms.ts';

/** Fields shown outside the entry's own page: the source page lists entries by title under the paragraphs they cite. */
const ENTRY_FIELDS_ON_SOURCE_PAGE = ['title', 'source', 'paragraphs'];
/** Theme fields the home page shows: each question and answer with the paragraphs it cites. */
const THEME_FIELDS_ON_HOME = ['title', 'question', 'summary', 'order', 'cites'];
/** Source fields the home page shows (title, lead and where the source comes from), and whether it is a story at all. */
const SOURCE_FIELDS_ON_HOME = ['title', 'lead', 'publisher', 'author', 'published', 'url', 'licence', 'retrieved', 'retired'];

export interface TouchedPages {
  /** Pages in the content's own language. */
  pages: string[];
  /** Each edition's pages, by language code, with the edition's name. */
  editions: { code: string; name: string; pages: string[] }[];
}

export function pagesTouched(diff: ContentDiff): TouchedPages {
  const pages = new Set<string>();
  entryPages(diff, pages);
  storyPages(diff, pages);
  themeAndSourcePages(diff, pages);
  termAndTimelinePages(diff, pages);
  if (diff.site.length > 0) pages.add('');
  const editions = editionsOf(diff.after).map(({ code, name }) => {
    const own = new Set([...pages].map((page) => `${code}/${page}`));
    for (const page of translationPages(diff, code)) own.add(page);
    return { code, name, pages: [...own].sort(byPage) };
  });
  return { pages: [...pages].sort(byPage), editions };
}

function entryPages(diff: ContentDiff, pages: Set<string>): void {
  const citing = (entry: EntryRef) => {
    for (const p of entry.paragraphs) if (entry.source) pages.add(`sources/${entry.source}/#${p}`);
  };
  for (const { theme, added, removed, changed, moved } of diff.entries) {
    // A rejected entry has no anchor any more: its theme's page is where it was.
    const gone = new Set<EntryRef>(changed.filter((entry) => entry.statusChange?.now === 'rejected'));
    for (const entry of [...added, ...changed, ...moved]) if (!gone.has(entry)) pages.add(`themes/${theme}/#${entry.slug}`);
    if (removed.length + gone.size > 0) pages.add(`themes/${theme}/`);
    for (const entry of moved) pages.add(`themes/${entry.from}/`);
    for (const entry of [...added, ...removed, ...moved]) citing(entry);
    for (const entry of changed) if (entry.statusChange || entry.fields.some((f) => ENTRY_FIELDS_ON_SOURCE_PAGE.includes(f))) citing(entry);
  }
  for (const entry of diff.stale) pages.add(`themes/${entry.theme}/#${entry.slug}`);
}

/**
 * A story's home: `/` on a site of one story; on a site of several, its own
 * page, and the front page, which lists every story's headline and standfirst.
 */
function storyHomes(snapshot: Snapshot, story: string): string[] {
  return snapshot.stories.size > 1 ? ['', `stories/${story}/`] : [''];
}

function storyPages({ stories, after, before }: ContentDiff, pages: Set<string>): void {
  for (const story of [...stories.added, ...stories.changed]) for (const page of storyHomes(after, story.slug)) pages.add(page);
  for (const story of stories.removed) for (const page of storyHomes(before, story.slug)) if (page === '') pages.add(page);
}

function themeAndSourcePages({ themes, sources }: ContentDiff, pages: Set<string>): void {
  for (const theme of [...themes.added, ...themes.changed]) pages.add(`themes/${theme.slug}/`);
  if (
    themes.added.length + themes.removed.length > 0 ||
    themes.changed.some((t) => t.statusChange || t.fields.some((f) => THEME_FIELDS_ON_HOME.includes(f)))
  )
    pages.add('');
  for (const source of [...sources.added, ...sources.renamed.map((r) => r.to)]) pages.add(`sources/${source.slug}/`);
  for (const source of [...sources.changed, ...sources.renamed.flatMap((r) => r.change ?? [])]) {
    const { added, removed, changed } = source.paragraphs;
    if (removed.length > 0 || source.fields.length > 0) pages.add(`sources/${source.slug}/`);
    for (const p of [...changed, ...added]) pages.add(`sources/${source.slug}/#${p}`);
    if (source.fields.some((f) => SOURCE_FIELDS_ON_HOME.includes(f))) pages.add('');
  }
  if (sources.added.length + sources.removed.length + sources.renamed.length > 0) pages.add('');
}

/**
 * A key term is defined on the key terms page and marked on every theme page whose entries use
 * it; a timeline item is on the timeline and on the theme pages of the entries citing its paragraph.
 * On a site of several stories each is also on its story's own page (src/lib/render/by-story.ts).
 */
function termAndTimelinePages(diff: ContentDiff, pages: Set<string>): void {
  const { terms, timeline, before, after } = diff;
  for (const [list, snapshot] of [
    [[...terms.added, ...terms.changed], after],
    [terms.removed, before],
  ] as const) {
    for (const term of list) {
      pages.add(`terms/#${term.slug}`);
      const data = snapshot.terms.get(term.slug)?.data;
      const story = storyOfItem(snapshot, data?.['source'], data?.['story']);
      if (story !== undefined) pages.add(`stories/${story}/terms/#${term.slug}`);
      for (const theme of themesUsing(snapshot, term.title)) pages.add(`themes/${theme}/`);
    }
  }
  for (const [list, snapshot] of [
    [[...timeline.added, ...timeline.changed], after],
    [timeline.removed, before],
  ] as const) {
    for (const item of list) {
      const anchor = item.slug.replace('/', '--');
      pages.add(`timeline/#${anchor}`);
      const story = storyOfItem(snapshot, item.source);
      if (story !== undefined) pages.add(`stories/${story}/timeline/#${anchor}`);
      for (const theme of themesCiting(snapshot, item.source, item.paragraphs)) pages.add(`themes/${theme}/`);
    }
  }
}

/** On a site of several stories, the story whose own pages list a term or timeline item: its source's, or the one a term resting on no source names. */
function storyOfItem(snapshot: Snapshot, source: unknown, named?: unknown): string | undefined {
  if (snapshot.stories.size < 2) return undefined;
  const story = typeof source === 'string' ? snapshot.sources.get(source)?.data['story'] : named;
  return typeof story === 'string' && snapshot.stories.has(story) ? story : undefined;
}

const entriesOf = (snapshot: Snapshot): Doc[] => [...snapshot.entries.values()];

function themesUsing(snapshot: Snapshot, term: string): Set<string> {
  const marks = termMarker([{ term, href: '' }]);
  return new Set(entriesOf(snapshot).flatMap((e) => (marks(e.body) !== e.body ? [e.id.split('/')[0]!] : [])));
}

function themesCiting(snapshot: Snapshot, source: string, paragraphs: readonly string[]): Set<string> {
  const cites = (e: Doc) =>
    e.data['source'] === source && Array.isArray(e.data['paragraphs']) && e.data['paragraphs'].some((p) => paragraphs.includes(String(p)));
  return new Set(entriesOf(snapshot).flatMap((e) => (cites(e) ? [e.id.split('/')[0]!] : [])));
}

/** The pages an edition's own translations change: an entry's place, a theme's page and the home page, or, for the interface, every page. */
function translationPages(diff: ContentDiff, code: string): string[] {
  const mine = diff.translations.find((t) => t.language === code);
  if (!mine) return [];
  return [...mine.added, ...mine.removed, ...mine.changed].flatMap(({ path }) => {
    const [, kind, ...rest] = path.split('/');
    if (kind === 'entries') return [`${code}/themes/${rest[0]}/#${rest[1]}`];
    if (kind === 'themes') return [`${code}/themes/${rest[0]}/`, `${code}/`];
    if (kind === 'stories') return storyHomes(diff.after, rest[0]!.replace(/\.md$/, '')).map((page) => `${code}/${page}`);
    return [`${code}/`];
  });
}

function editionsOf(snapshot: Snapshot): { code: string; name: string }[] {
  const editions = snapshot.site.get('site')?.data['editions'];
  if (!Array.isArray(editions)) return [];
  return editions.flatMap((e) => (typeof e?.code === 'string' ? [{ code: e.code, name: String(e.name ?? e.code) }] : []));
}

/** Home first, then by path; a page before its anchors; p2 before p10. */
function byPage(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
