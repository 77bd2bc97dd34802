/**
 * The opening of the lead story that the home page quotes, so the questions
 * start on a phone's first screen: whole sentences of the lead's first
 * paragraph, as many as fit in a few lines. A cut is marked with an ellipsis,
 * as a newsroom marks an omission in a quotation, and the quotation links to
 * the whole paragraph. The home page and its search document quote the same
 * words, so a search never points at words the page does not show.
 */
import { sentenceRuns, type SentenceLanguage } from '../text/sentences.ts';

/** About four lines on a phone. */
export const LEAD_EXCERPT_CHARS = 240;

export interface LeadExcerpt {
  text: string;
  /** True when the lead goes on past `text` (more sentences or more paragraphs). */
  shortened: boolean;
}

const ELLIPSIS = ' …';

export function leadExcerpt(paragraphs: readonly string[], max = LEAD_EXCERPT_CHARS, language: SentenceLanguage = 'en'): LeadExcerpt {
  const first = paragraphs[0]?.trim() ?? '';
  let text = '';
  for (const run of sentenceRuns(first, language)) {
    if (text && (text + run).trimEnd().length > max) break;
    text += run;
  }
  text = text.trim();
  if (text.length > max) {
    // One sentence longer than the room: cut at the last word that fits.
    const room = max - ELLIPSIS.length;
    const space = text.lastIndexOf(' ', room);
    text = text.slice(0, space > 0 ? space : room);
  }
  const shortened = text.length < first.length || paragraphs.length > 1;
  return { text: shortened ? `${text.replace(/[\s,;:–—-]+$/, '')}${ELLIPSIS}` : text, shortened };
}

/**
 * An edition's translation of the same excerpt: as many sentences of the
 * translated first paragraph as the original's excerpt keeps (a sentence
 * cut short in the original is given whole), marked the same way, so the
 * translation under the quotation never says more than the lead it follows.
 */
export function translatedExcerpt(
  translated: readonly string[],
  original: readonly string[],
  max = LEAD_EXCERPT_CHARS,
  languages: { original?: SentenceLanguage; translated?: SentenceLanguage } = {},
): LeadExcerpt {
  const { text, shortened } = leadExcerpt(original, max, languages.original);
  const kept = sentenceRuns(shortened ? text.slice(0, -ELLIPSIS.length) : text, languages.original).length;
  const runs = sentenceRuns(translated[0]?.trim() ?? '', languages.translated);
  const words = runs.slice(0, Math.max(kept, 1)).join('').trim();
  return { text: shortened && words ? `${words}${ELLIPSIS}` : words, shortened };
}
