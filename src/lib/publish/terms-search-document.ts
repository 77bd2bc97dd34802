/**
 * The key terms page as search reads it: each term a heading under its
 * anchor (its expansion with it, so "American Civil Liberties Union" finds
 * ACLU), then its definition. Terms are written in the source language only,
 * so only that language's search has them.
 */
import type { Term } from '../model/schema.ts';
import type { Interface } from '../render/interface.ts';
import { renderMarkdown } from '../render/markdown/render-markdown.ts';
import { escapeHtml, searchDocument, type SearchDocument } from './search-html.ts';

export interface SearchTerm {
  id: string;
  data: Pick<Term, 'term' | 'expansion' | 'kind' | 'status'>;
  body: string;
}

export function termsDocument(ui: Interface, terms: readonly SearchTerm[], base: string): SearchDocument | undefined {
  const shown = terms.filter((t) => t.data.status !== 'rejected' && t.body.trim());
  if (shown.length === 0) return undefined;
  const sections = shown.map(({ id, data, body }) => {
    const expansion = data.expansion ? ` (${escapeHtml(data.expansion)})` : '';
    return `<h2 id="${escapeHtml(id)}">${escapeHtml(data.term)}${expansion}</h2>${renderMarkdown(body, base)}`;
  });
  const quoted = shown.filter((t) => t.data.kind === 'quote').map((t) => t.id);
  return searchDocument(
    '/terms/',
    ui.t('terms.title'),
    ui.t('terms.title'),
    `<h1>${escapeHtml(ui.t('terms.title'))}</h1>${sections.join('')}`,
    ui.language.code,
    undefined,
    quoted,
  );
}
