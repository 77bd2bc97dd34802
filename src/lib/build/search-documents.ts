/**
 * What the search index reads: for every theme page, a small HTML document
 * with the text that page shows readers (question, answer, introduction,
 * entries with their headings and corrections), under the page's URL; and
 * the pages with the source's own words, the home page's lead and each
 * source page (source-search-documents.ts). Built from the content as soon
 * as it is loaded, so Pagefind, a process of its own, can index while Astro
 * renders the pages. Each entry heading keeps its anchor, so a result links
 * to the entry itself.
 */
import type { ContentTree } from '../content-files/content-tree.ts';
import { correctionWording, type CorrectionFacts } from '../render/correction.ts';
import { themePagesOf, type Page } from '../render/paginate.ts';
import { renderMarkdown } from '../render/render-markdown.ts';
import { themeForSite } from '../model/schema.ts';
import { leadStory } from '../render/lead-story.ts';
import { escapeHtml as escape, searchDocument, type SearchDocument } from './search-html.ts';
import { homeDocument, sourceDocument } from './source-search-documents.ts';

export interface SearchTheme {
  id: string;
  title: string;
  question: string;
  /** Absent on a draft theme whose editor has not written it yet. */
  summary?: string | undefined;
  /** The rendered introduction. */
  introHtml: string;
}

export interface SearchEntry {
  slug: string;
  title: string;
  /** The rendered body. */
  html: string;
  corrections: readonly CorrectionFacts[];
}

function entryHtml({ slug, title, html, corrections }: SearchEntry): string {
  const notes = corrections.map((c) => {
    const { date, text } = correctionWording(c);
    return `<p>Correction, ${escape(date)}: ${escape(text)}</p>`;
  });
  return `<h2 id="${escape(slug)}">${escape(title)}</h2>${html}${notes.join('')}`;
}

export function searchDocuments(theme: SearchTheme, pages: readonly Page<SearchEntry>[]): SearchDocument[] {
  return pages.map((page) => {
    const first = page.number === 1;
    const of = first ? '' : `<span>Page ${page.number} of ${pages.length}</span>`;
    const body = [
      `<h1>${escape(theme.question)}${of}</h1>`,
      ...(first ? [...(theme.summary ? [`<p>${escape(theme.summary)}</p>`] : []), theme.introHtml] : []),
      ...page.items.map(entryHtml),
    ];
    return searchDocument(`/${page.path}`, theme.question, theme.title, body.join(''));
  });
}

/**
 * Every searchable page's document, from the checked content: the home page,
 * each source page, each theme page. `html(id)` is an entry's rendered body;
 * theme pages are split as the site splits them, `perPage` entries each;
 * `lead` is the lead story content/site.yaml names, if any.
 */
export function siteSearchDocuments(
  tree: ContentTree,
  html: (id: string) => string,
  { base, perPage, lead }: { base: string; perPage: number; lead: string | undefined },
): SearchDocument[] {
  const themes = [...tree.themes].sort((a, b) => a.data.order - b.data.order);
  const sources = [...tree.sources].sort((a, b) => a.id.localeCompare(b.id));
  // The home page leads with the story content/site.yaml names, else the newest.
  const story = leadStory(sources, lead).lead;
  const home = story ? [homeDocument(story)] : [];
  return [...home, ...sources.map(sourceDocument), ...themeDocuments(tree, themes, html, base, perPage)];
}

function themeDocuments(
  tree: ContentTree,
  themes: ContentTree['themes'],
  html: (id: string) => string,
  base: string,
  perPage: number,
): SearchDocument[] {
  const pages = themePagesOf(
    themes.map((t) => t.id),
    tree.entries,
    perPage,
  );
  return themes.flatMap((theme) => {
    const { title, question, summary } = themeForSite(theme.data);
    const themePages = pages.get(theme.id)!.map((page) => ({
      ...page,
      items: page.items.map((e): SearchEntry => ({
        slug: e.id.split('/').pop()!,
        title: e.data.title,
        html: html(e.id),
        corrections: e.data.corrections,
      })),
    }));
    return searchDocuments({ id: theme.id, title, question, summary, introHtml: renderMarkdown(theme.body, base) }, themePages);
  });
}
