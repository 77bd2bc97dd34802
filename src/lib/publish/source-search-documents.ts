/**
 * Search documents for the pages that show the source's own words: each
 * source page, every paragraph under its anchor (as shown, with further
 * reading listed at the end), and the home page's lead, a quotation of the
 * opening of the lead story, so a name the source gives only there is found.
 */
import type { Source } from '../model/schema.ts';
import { leadExcerpt, translatedExcerpt } from '../render/lead-excerpt.ts';
import type { Interface } from '../render/interface.ts';
import { escapeHtml, searchDocument, type SearchDocument } from './search-html.ts';

export interface SearchSource {
  id: string;
  data: Pick<Source, 'title' | 'lead' | 'sections' | 'paragraphs' | 'furtherReading'>;
}

/**
 * A source page's document. A paragraph an entry quotes whole (`quotedWhole`) is found as that
 * entry, which links to it, so a search shows it once. A section's heading is left out of the
 * excerpt it would run into; the entries made from the section carry its words.
 */
export function sourceDocument(
  ui: Interface,
  { id, data }: SearchSource,
  story?: { id: string; headline: string },
  quotedWhole: ReadonlySet<string> = new Set(),
): SearchDocument {
  const headingAt = new Map(data.sections.flatMap((s) => (s.heading ? [[s.paragraphs[0], s.heading] as const] : [])));
  const shown = data.paragraphs.filter((p) => !quotedWhole.has(p.id));
  const paragraphs = shown.map(({ id: p, text, body }) => {
    const heading = headingAt.get(p);
    return `<h2 id="${p}">${escapeHtml(ui.t('cite.paragraphHeading', { n: p.slice(1) }))}</h2>${heading ? `<p data-pagefind-ignore>${escapeHtml(heading)}</p>` : ''}<p>${escapeHtml(body ?? text)}</p>`;
  });
  const reading = data.furtherReading.length
    ? `<h2 id="further-reading">${escapeHtml(ui.t('source.furtherReading'))}</h2><ul>${data.furtherReading.map((f) => `<li>${escapeHtml(f.label)}</li>`).join('')}</ul>`
    : '';
  return searchDocument(
    `/sources/${id}/`,
    data.title,
    ui.t('source.eyebrow'),
    `<h1>${escapeHtml(data.title)}</h1>${paragraphs.join('')}${reading}`,
    'en',
    story,
    shown.map((p) => p.id),
  );
}

/**
 * The home page's lead, as much of it as the home page quotes, under the
 * anchor the home page gives it: the source's own words on the source
 * language's home page; in an edition, its headline and the translation of
 * the same excerpt (`translated`), and nothing when they are not translated.
 */
export function homeDocument(
  ui: Interface,
  { data }: SearchSource,
  prefix = '',
  translated?: { title: string; lead: readonly string[] },
  sourceLanguage = ui.language.code,
  story?: { id: string; headline: string },
): SearchDocument {
  const title = translated?.title ?? data.title;
  const original = data.lead.map((id) => data.paragraphs.find((p) => p.id === id)?.text ?? '');
  const { text } = translated
    ? translatedExcerpt(translated.lead, original, undefined, { original: sourceLanguage, translated: ui.language.code })
    : leadExcerpt(original, undefined, sourceLanguage);
  return searchDocument(
    `/${prefix}`,
    title,
    ui.t('home.page'),
    `<h1 id="lead">${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>`,
    ui.language.code,
    story,
    ['lead'],
  );
}
