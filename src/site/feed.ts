/**
 * The RSS feed of the "Updates and corrections" items, newest first, in one
 * language: the site's (`feed.xml`), or one story's on a site of several
 * (`stories/<slug>/feed.xml`: its questions' entries and its articles' new
 * versions), named after the story and linking to its home.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { UPDATE_LABEL } from '../lib/render/updates.ts';
import { homeDek } from '../lib/render/wording.ts';
import { loadSite, type StoryView } from './content.ts';
import { pageEdition } from './edition.ts';
import { homeIn, storyIn } from './localised.ts';
import { siteUpdates } from './site-lists.ts';

export async function feedResponse(context: APIContext, story?: StoryView): Promise<Response> {
  const site = await loadSite();
  const edition = await pageEdition(context.params['lang']);
  const { ui } = edition;
  const name = story ? storyIn(edition, story).text.headline : homeIn(edition, site).text.name;
  const counts = story ? [story.themes.length, story.sources.length] : [site.themes.length, site.sources.length];
  return rss({
    title: ui.t('page.feedTitle', { updates: ui.t('updates.title'), site: name }),
    description: homeDek(ui, counts[0]!, counts[1]!),
    site: new URL(story ? edition.storyHref(story.id) : edition.href('/'), context.site).href,
    customData: `<language>${edition.language.code}</language>`,
    trailingSlash: true,
    // Absolute links are kept as given; relative ones would get a slash after their #fragment.
    items: siteUpdates(site, edition, story).map((item) => ({
      title:
        item.kind === 'correction' ? item.title : ui.t('updates.feedItem', { label: ui.t(UPDATE_LABEL[item.kind]), title: item.entry }),
      link: new URL(item.link, context.site).href,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      // A feed reader shows plain text: the source's words are said to be theirs, in quotation marks.
      description: item.quoted ? ui.t('updates.quotedLine', { text: item.description }) : item.description,
    })),
  });
}
