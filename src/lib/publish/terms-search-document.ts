/**
 * The key terms page as search reads it: each term a heading under its
 * anchor (its expansion with it, so "American Civil Liberties Union" finds
 * ACLU), then its definition. Each edition's search has the terms it has
 * translated, in its words (editionTerms).
 */
import type { TranslationFile } from '../content-files/translation-files.ts';
import type { Term } from '../model/schema.ts';
import type { Interface } from '../render/interface.ts';
import { renderMarkdown } from '../render/markdown/render-markdown.ts';
import { escapeHtml, searchDocument, type SearchDocument } from './search-html.ts';

export interface SearchTerm {
  id: string;
  data: Pick<Term, 'term' | 'expansion' | 'kind' | 'status'>;
  body: string;
}

/** `prefix`: an edition's path prefix (`es/`), empty for the source language. */
export function termsDocument(ui: Interface, terms: readonly SearchTerm[], base: string, prefix = ''): SearchDocument | undefined {
  const shown = terms.filter((t) => t.data.status !== 'rejected' && t.body.trim());
  if (shown.length === 0) return undefined;
  const sections = shown.map(({ id, data, body }) => {
    const expansion = data.expansion ? ` (${escapeHtml(data.expansion)})` : '';
    return `<h2 id="${escapeHtml(id)}">${escapeHtml(data.term)}${expansion}</h2>${renderMarkdown(body, base)}`;
  });
  const quoted = shown.filter((t) => t.data.kind === 'quote').map((t) => t.id);
  return searchDocument(
    `/${prefix}terms/`,
    ui.t('terms.title'),
    ui.t('terms.title'),
    `<h1>${escapeHtml(ui.t('terms.title'))}</h1>${sections.join('')}`,
    ui.language.code,
    undefined,
    quoted,
  );
}

/** An edition's translated terms as search reads them: its words for the term, its expansion and its definition. */
export function editionTerms(terms: readonly SearchTerm[], translations: readonly TranslationFile[]): SearchTerm[] {
  const mine = new Map(translations.flatMap((t) => (t.of === 'term' ? [[t.target, t] as const] : [])));
  return terms.flatMap((term) => {
    const words = mine.get(term.id);
    if (!words) return [];
    const { term: name = term.data.term, expansion = term.data.expansion } = words.data;
    return [{ id: term.id, data: { ...term.data, term: name, expansion }, body: words.body }];
  });
}
