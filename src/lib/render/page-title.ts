/**
 * The document title: the page's own title, then the site's name, kept within
 * what browser tabs and search results show (about 60 characters). The page's
 * title is kept whole where possible; the site name gives way first.
 */
export const MAX_TITLE = 60;

const SEPARATOR = ' · ';

/** Cuts at a word boundary and marks the cut, so nothing ends mid-word. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max).replace(/\s+\S*$/, '');
  return `${(cut || text.slice(0, max - 1)).replace(/[\s,;:·-]+$/, '')}…`;
}

export function pageTitle(title: string, siteName: string | undefined, max = MAX_TITLE): string {
  if (!siteName || siteName === title) return shorten(title, max);
  const full = `${title}${SEPARATOR}${siteName}`;
  if (full.length <= max) return full;
  const room = max - title.length - SEPARATOR.length;
  // A site name cut to a word or two tells the reader nothing; drop it instead.
  if (room < 20) return shorten(title, max);
  return `${title}${SEPARATOR}${shorten(siteName, room)}`;
}
