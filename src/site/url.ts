import { base as configuredBase } from 'astro:config/client';
import { withBase } from '../lib/render/url.ts';

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
/** Where an entry is now, from `Site.entryLocation` (`themes/<theme>/<page>/#<slug>`). */
export const entryHref = (location: string): string => href(location);
/**
 * An entry's permanent address: its anchor on the first page of its theme.
 * There it is the entry itself or, once the entry is on a later page, its
 * line in the list of every entry, which links to where it is now.
 */
export const permalinkHref = (theme: string, entry: string): string => `${themeHref(theme)}#${entry}`;

export const termHref = (term: string): string => href(`terms/#${term}`);
export const timelineHref = (item?: string): string => href('timeline/') + (item ? `#${item}` : '');
