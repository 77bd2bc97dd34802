import { base as configuredBase } from 'astro:config/client';
import { withBase } from '../lib/render/url.ts';

/**
 * The base path from the Astro config. Not import.meta.env.BASE_URL: Astro lets
 * a BASE_URL variable in the environment override that, and links would
 * silently drop the base path.
 */
export const base: string = configuredBase;

export interface Urls {
  /** Site-internal URL under the configured base path, in this language's part of the site. */
  href: (path: string) => string;
  themeHref: (theme: string) => string;
  sourceHref: (source: string, paragraph?: string) => string;
  /** Where an entry is now, from `Site.entryLocation` (`themes/<theme>/<page>/#<slug>`). */
  entryHref: (location: string) => string;
  /**
   * An entry's permanent address: its anchor on the first page of its theme.
   * There it is the entry itself or, once the entry is on a later page, its
   * line in the list of every entry, which links to where it is now.
   */
  permalinkHref: (theme: string, entry: string) => string;
  /** A key term's anchor on the key terms page. */
  termHref: (term: string) => string;
  /** The timeline page, or one event on it. */
  timelineHref: (item?: string) => string;
  /** A page of one story on a site of several: its home (`stories/<story>/`), or a page below it (`terms/`, `timeline/`, `feed.xml`). */
  storyHref: (story: string, path?: string) => string;
}

/** The URLs of one language's pages: the source language's at the root (`prefix` empty), an edition's under `<code>/`. */
export function urlsFor(prefix: string): Urls {
  const href = (path: string) => withBase(base, `${prefix}${path.replace(/^\/+/, '')}`);
  return {
    href,
    themeHref: (theme) => href(`themes/${theme}/`),
    sourceHref: (source, paragraph) => href(`sources/${source}/`) + (paragraph ? `#${paragraph}` : ''),
    entryHref: (location) => href(location),
    permalinkHref: (theme, entry) => `${href(`themes/${theme}/`)}#${entry}`,
    termHref: (term) => href(`terms/#${term}`),
    timelineHref: (item) => href('timeline/') + (item ? `#${item}` : ''),
    storyHref: (story, path = '') => href(`stories/${story}/${path}`),
  };
}

export const { href, themeHref, sourceHref, entryHref, permalinkHref, termHref, timelineHref } = urlsFor('');
