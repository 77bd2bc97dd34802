/**
 * The opening of the lead story that the home page quotes, so the questions
 * start on a phone's first screen: whole sentences of the lead's first
 * paragraph, as many as fit in a few lines. A cut is marked with an ellipsis,
 * as a newsroom marks an omission in a quotation, and the quotation links to
 * the whole paragraph. The home page and its search document quote the same
 * words, so a search never points at words the page does not show.
 */
import { sentenceRuns } from '../text/sentences.ts';

/** About four lines on a phone. */
export const LEAD_EXCERPT_CHARS = 240;

export interface LeadExcerpt {
  text: string;
  /** True when the lead goes on past `text` (more sentences or more paragraphs). */
  shortened: boolean;
}

const ELLIPSIS = ' …';

export function leadExcerpt(paragraphs: readonly string[], max = LEAD_EXCERPT_CHARS): LeadExcerpt {
  const first = paragraphs[0]?.trim() ?? '';
  let text = '';
  for (const run of sentenceRuns(first)) {
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
