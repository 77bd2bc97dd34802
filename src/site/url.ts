import { base as configuredBase } from 'astro:config/client';
import { withBase } from '../lib/url.ts';

/**
 * The base path from the Astro config. Not import.meta.env.BASE_URL: Astro lets
 * a BASE_URL variable in the environment override that, and links would
 * silently drop the base path.
 */
export const base: string = configuredBase;

/** Site-internal URL under the configured base path. */
export const href = (path: string): string => withBase(base, path);

export const themeHref = (theme: string): string => href(`themes/${theme}/`);
export const sourceHref = (source: string, paragraph?: string): string => href(`sources/${source}/`) + (paragraph ? `#${paragraph}` : '');
export const entryHref = (theme: string, entry: string): string => `${themeHref(theme)}#${entry}`;
