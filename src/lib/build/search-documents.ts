/**
 * What the search index reads: for every theme page, a small HTML document
 * with the text that page shows readers (question, introduction, entries with
 * their headings and corrections), under the page's URL. Built from the
 * content as soon as it is loaded, so Pagefind, a process of its own, can
 * index while Astro renders the pages. Each entry heading keeps its anchor,
 * so a result links to the entry itself.
 */
import type { ContentTree } from '../content-files/content-tree.ts';
import { correctionWording, type CorrectionFacts } from '../render/correction.ts';
import { themePagesOf, type Page } from '../render/paginate.ts';
import { renderMarkdown } from '../render/render-markdown.ts';
import { themeForSite } from '../model/schema.ts';

export interface SearchDocument {
  /** The page's URL path without the base, as Pagefind records it: `/themes/<theme>/2/`. */
  url: string;
  content: string;
}

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

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

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
      `<p data-pagefind-ignore data-pagefind-meta="theme">${escape(theme.title)}</p>`,
      `<h1>${escape(theme.question)}${of}</h1>`,
      ...(first ? [...(theme.summary ? [`<p>${escape(theme.summary)}</p>`] : []), theme.introHtml] : []),
      ...page.items.map(entryHtml),
    ];
    return {
      url: `/${page.path}`,
      content: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(theme.question)}</title></head><body><main data-pagefind-body>${body.join('')}</main></body></html>`,
    };
  });
}

/**
 * Every theme page's document, from the checked content: `html(id)` is an
 * entry's rendered body; pages are split as the site splits them, `perPage`
 * entries each.
 */
export function siteSearchDocuments(tree: ContentTree, html: (id: string) => string, base: string, perPage: number): SearchDocument[] {
  const themes = [...tree.themes].sort((a, b) => a.data.order - b.data.order);
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
