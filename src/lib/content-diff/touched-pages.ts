/**
 * The site pages a content diff changes, as paths under the base path
 * ('' is the home page), so a reviewer can open exactly those in a preview.
 */
import type { ContentDiff } from './content-diff.ts';
import type { EntryRef } from './doc-changes.ts';

/** Fields shown outside the entry's own page: the source page lists entries by title under the paragraphs they cite. */
const ENTRY_FIELDS_ON_SOURCE_PAGE = ['title', 'source', 'paragraphs'];
/** Theme fields the home page shows: each question and answer with the paragraphs it cites. */
const THEME_FIELDS_ON_HOME = ['title', 'question', 'summary', 'order', 'cites'];
/** Source fields the home page shows (title, lead and where the source comes from). */
const SOURCE_FIELDS_ON_HOME = ['title', 'lead', 'publisher', 'author', 'published', 'url', 'licence', 'retrieved'];

export function pagesTouched(diff: ContentDiff): string[] {
  const pages = new Set<string>();
  const citing = (entry: EntryRef) => {
    for (const p of entry.paragraphs) if (entry.source) pages.add(`sources/${entry.source}/#${p}`);
  };
  for (const { theme, added, removed, changed } of diff.entries) {
    for (const entry of [...added, ...changed]) pages.add(`themes/${theme}/#${entry.slug}`);
    if (removed.length > 0) pages.add(`themes/${theme}/`);
    for (const entry of [...added, ...removed]) citing(entry);
    for (const entry of changed) if (entry.fields.some((f) => ENTRY_FIELDS_ON_SOURCE_PAGE.includes(f))) citing(entry);
  }
  for (const entry of diff.stale) pages.add(`themes/${entry.theme}/#${entry.slug}`);
  const { themes, sources } = diff;
  for (const theme of [...themes.added, ...themes.changed]) pages.add(`themes/${theme.slug}/`);
  if (themes.added.length + themes.removed.length > 0 || themes.changed.some((t) => t.fields.some((f) => THEME_FIELDS_ON_HOME.includes(f))))
    pages.add('');
  for (const source of sources.added) pages.add(`sources/${source.slug}/`);
  for (const source of sources.changed) {
    const { added, removed, changed } = source.paragraphs;
    if (removed.length > 0 || source.fields.length > 0) pages.add(`sources/${source.slug}/`);
    for (const p of [...changed, ...added]) pages.add(`sources/${source.slug}/#${p}`);
    if (source.fields.some((f) => SOURCE_FIELDS_ON_HOME.includes(f))) pages.add('');
  }
  if (sources.added.length + sources.removed.length > 0) pages.add('');
  return [...pages].sort(byPage);
}

/** Home first, then by path; a page before its anchors; p2 before p10. */
function byPage(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
