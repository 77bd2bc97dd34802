import { withBase } from '../lib/url.ts';

/** Site-internal URL under the configured base path. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

export const themeHref = (theme: string): string => href(`themes/${theme}/`);
export const sourceHref = (source: string, paragraph?: string): string => href(`sources/${source}/`) + (paragraph ? `#${paragraph}` : '');
/** Where an entry is now, from `Site.entryLocation` (`themes/<theme>/<page>/#<slug>`). */
export const entryHref = (location: string): string => href(location);
/** An entry's permanent address: a small page that forwards to wherever the entry is now. */
export const permalinkHref = (theme: string, entry: string): string => href(`entries/${theme}/${entry}/`);
