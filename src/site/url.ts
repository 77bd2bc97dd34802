import { withBase } from '../lib/url.ts';

/** Site-internal URL under the configured base path. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

export const themeHref = (theme: string): string => href(`themes/${theme}/`);
export const sourceHref = (source: string, paragraph?: string): string => href(`sources/${source}/`) + (paragraph ? `#${paragraph}` : '');
export const entryHref = (theme: string, entry: string): string => `${themeHref(theme)}#${entry}`;
