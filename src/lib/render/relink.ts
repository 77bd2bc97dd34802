/**
 * Editors link to an entry as `/themes/<theme>/#<slug>`. Once a theme spans
 * several pages the entry may sit on page 2 or 3, so links in rendered bodies
 * are pointed at the page the entry is on now. Other links are left alone.
 */
import { escapeRegExp } from '../text/escape-regexp.ts';

export function relinkEntries(html: string, base: string, locate: (id: string) => string | undefined): string {
  if (!html.includes(`${base}themes/`)) return html;
  const pattern = new RegExp(`href="${escapeRegExp(base)}themes/([a-z0-9-]+)/#([a-z0-9-]+)"`, 'g');
  return html.replace(pattern, (link, theme: string, slug: string) => {
    const location = locate(`${theme}/${slug}`);
    return location ? `href="${base}${location}"` : link;
  });
}
