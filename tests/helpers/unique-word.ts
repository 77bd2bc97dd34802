/**
 * Finds a word that a search should lead to exactly one entry: it occurs in
 * that entry's body and nowhere else in any indexed theme page. Read from the
 * built HTML, so the search test follows whatever the content says.
 */
import { htmlPages, readPage } from './dist.ts';

export interface UniqueWord {
  word: string;
  /** The entry's heading id (its slug) and title, and the theme page's path. */
  entry: { id: string; title: string };
  page: string;
}

const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;|’/g, "'")
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .toLowerCase();
const wordsOf = (text: string): string[] => text.match(/[a-z]{4,}/g) ?? [];

export function uniqueEntryWord(outDir: string): UniqueWord {
  const themePages = htmlPages(outDir).filter((file) => file.startsWith('themes/'));
  const counts = new Map<string, number>();
  const entries: (UniqueWord['entry'] & { page: string; body: string })[] = [];
  for (const page of themePages) {
    const html = readPage(outDir, page);
    const indexed = html.slice(html.indexOf('data-pagefind-body'), html.indexOf('<nav class="pager"'));
    for (const word of wordsOf(textOf(indexed))) counts.set(word, (counts.get(word) ?? 0) + 1);
    const bodies =
      /<article class="entry"[^>]*><h2 id="([^"]+)"><span[^>]*>([^<]+)<\/span>[\s\S]*?<\/h2>[\s\S]*?<(?:div class="body"|blockquote)>([\s\S]*?)<\/(?:div|blockquote)>/g;
    for (const match of indexed.matchAll(bodies)) {
      entries.push({ id: match[1]!, title: match[2]!, page, body: textOf(match[3]!) });
    }
  }
  for (const { body, page, ...entry } of entries) {
    // A long word used once, sharing no stem with any other word (Pagefind matches stems).
    const stemOf = (w: string) => w.slice(0, Math.max(5, w.length - 3));
    const word = wordsOf(body).find(
      (w) => w.length >= 7 && counts.get(w) === 1 && ![...counts.keys()].some((other) => other !== w && other.startsWith(stemOf(w))),
    );
    if (word) return { word, entry, page };
  }
  throw new Error('no entry has a word of its own to search for');
}
