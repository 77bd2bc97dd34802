import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedItems } from '../lib/render/feed-items.ts';
import { homeDek } from '../lib/render/dek.ts';
import { loadSite } from '../site/content.ts';
import { entryHref, href } from '../site/url.ts';

/** Enough for a subscriber who checks weekly; the whole history would make the feed grow without end. */
const FEED_LIMIT = 50;

/** Entry updates and corrections, newest first. */
export async function GET(context: APIContext): Promise<Response> {
  const { name, themes, sources, entriesByTheme, entryLocation } = await loadSite();
  const items = feedItems(
    [...entriesByTheme.values()].flat().map((e) => ({
      slug: e.slug,
      title: e.data.title,
      summary: e.data.summary,
      updated: e.data.updated,
      corrections: e.data.corrections,
      link: entryHref(entryLocation.get(e.id)!),
    })),
  );
  return rss({
    title: `Updates and corrections: ${name}`,
    description: homeDek(themes.length, sources.length),
    site: new URL(href('/'), context.site).href,
    customData: '<language>en</language>',
    trailingSlash: true,
    // Absolute links are kept as given; relative ones would get a slash after their #fragment.
    items: items.slice(0, FEED_LIMIT).map((item) => ({
      title: item.title,
      link: new URL(item.link, context.site).href,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: item.description,
    })),
  });
}
