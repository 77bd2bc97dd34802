/**
 * Search documents for the pages that show the source's own words: each
 * source page, every paragraph under its anchor (as shown, with further
 * reading listed at the end), and the home page's lead, a quotation of the
 * opening of the lead story, so a name the source gives only there is found.
 */
import type { Source } from '../model/schema.ts';
import { leadExcerpt } from '../render/lead-excerpt.ts';
import { shownParagraphs } from '../render/source-paragraphs.ts';
import { HOME_PAGE, SOURCE_ARTICLE, paragraphLabel } from '../render/wording.ts';
import { escapeHtml, searchDocument, type SearchDocument } from './search-html.ts';

export interface SearchSource {
  id: string;
  data: Pick<Source, 'title' | 'lead' | 'sections' | 'paragraphs' | 'furtherReading'>;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function sourceDocument({ id, data }: SearchSource): SearchDocument {
  const headingAt = new Map(data.sections.flatMap((s) => (s.heading ? [[s.paragraphs[0], s.heading] as const] : [])));
  const paragraphs = shownParagraphs(data.paragraphs, data.furtherReading).map(({ id: p, text }) => {
    const heading = headingAt.get(p);
    return `<h2 id="${p}">${capitalised(paragraphLabel(p))}</h2>${heading ? `<p>${escapeHtml(heading)}</p>` : ''}<p>${escapeHtml(text)}</p>`;
  });
  const reading = data.furtherReading.length
    ? `<h2 id="further-reading">Further reading</h2><ul>${data.furtherReading.map((f) => `<li>${escapeHtml(f.label)}</li>`).join('')}</ul>`
    : '';
  return searchDocument(
    `/sources/${id}/`,
    data.title,
    SOURCE_ARTICLE,
    `<h1>${escapeHtml(data.title)}</h1>${paragraphs.join('')}${reading}`,
  );
}

/** The home page's lead, as much of it as the home page quotes, under the anchor the home page gives it. */
export function homeDocument({ data }: SearchSource): SearchDocument {
  const { text } = leadExcerpt(data.lead.map((id) => data.paragraphs.find((p) => p.id === id)?.text ?? ''));
  return searchDocument('/', data.title, HOME_PAGE, `<h1 id="lead">${escapeHtml(data.title)}</h1><p>${escapeHtml(text)}</p>`);
}
