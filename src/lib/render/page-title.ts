/**
 * The document title: one pattern for every page, the page's own title and
 * then the site's name, both whole. Nothing is cut: a title shortened to fit
 * a browser tab loses the words that matter ("… with ICE"), and browsers and
 * search engines shorten long titles themselves, visibly.
 */
const SEPARATOR = ' — ';

export function pageTitle(title: string, siteName: string): string {
  return title === siteName ? title : `${title}${SEPARATOR}${siteName}`;
}
