import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { UPDATES_TITLE, UPDATE_LABELS, homeDek } from '../lib/render/wording.ts';
import { loadSite, siteUpdates } from '../site/content.ts';
import { href } from '../site/url.ts';

/** The items of the "Updates and corrections" page, newest first. */
export async function GET(context: APIContext): Promise<Response> {
  const site = await loadSite();
  return rss({
    title: `${UPDATES_TITLE}: ${site.name}`,
    description: homeDek(site.themes.length, site.sources.length),
    site: new URL(href('/'), context.site).href,
    customData: '<language>en</language>',
    trailingSlash: true,
    // Absolute links are kept as given; relative ones would get a slash after their #fragment.
    items: siteUpdates(site).map((item) => ({
      title: item.kind === 'entry' ? `${UPDATE_LABELS.entry}: ${item.entry}` : item.title,
      link: new URL(item.link, context.site).href,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: item.description,
    })),
  });
}
