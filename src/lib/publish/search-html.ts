/**
 * The small HTML documents Pagefind indexes in place of the built pages:
 * the text a page shows, under the page's URL, with `data-pagefind-meta`
 * naming where the result is (a theme, the home page, the source).
 */
export interface SearchDocument {
  /** The page's URL path without the base, as Pagefind records it: `/themes/<theme>/2/`. */
  url: string;
  content: string;
}

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * `place` is shown with each result ("Federal conflict", "Source article"); `body` is HTML.
 * Pagefind keeps one index per `lang`, so a page's language decides which search finds it.
 * On a site of several stories, `story` (its slug and headline) is shown with the result too,
 * and is the value of the `story` filter the search page offers. `quoted` names the anchors
 * whose text is the source's own words (a paragraph, a quotation); the rest of a page's text
 * is the editors', and the search page labels each excerpt so.
 */
export function searchDocument(
  url: string,
  title: string,
  place: string,
  body: string,
  lang = 'en',
  story?: { id: string; headline: string },
  quoted: readonly string[] = [],
): SearchDocument {
  const whose = quoted.length > 0 ? `<p data-pagefind-ignore data-pagefind-meta="quoted">${escapeHtml(quoted.join(' '))}</p>` : '';
  const of = story
    ? `<p data-pagefind-ignore data-pagefind-meta="story">${escapeHtml(story.headline)}</p><p data-pagefind-ignore data-pagefind-filter="story">${escapeHtml(story.id)}</p>`
    : '';
  return {
    url,
    content: `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body><p data-pagefind-ignore data-pagefind-meta="theme">${escapeHtml(place)}</p>${of}${whose}${body}</main></body></html>`,
  };
}
