import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { UPDATE_LABEL } from '../../lib/render/updates.ts';
import { homeDek } from '../../lib/render/wording.ts';
import { loadSite } from '../../site/content.ts';
import { languageParams, pageEdition } from '../../site/edition.ts';
import { homeIn } from '../../site/localised.ts';
import { siteUpdates } from '../../site/site-lists.ts';

export async function getStaticPaths() {
  return (await languageParams()).map((params) => ({ params }));
}

/** The items of the "Updates and corrections" page, newest first, in each language. */
export async function GET(context: APIContext): Promise<Response> {
  const site = await loadSite();
  const edition = await pageEdition(context.params['lang']);
  const { ui } = edition;
  return rss({
    title: ui.t('page.feedTitle', { updates: ui.t('updates.title'), site: homeIn(edition, site).text.name }),
    description: homeDek(ui, site.themes.length, site.sources.length),
    site: new URL(edition.href('/'), context.site).href,
    customData: `<language>${edition.language.code}</language>`,
    trailingSlash: true,
    // Absolute links are kept as given; relative ones would get a slash after their #fragment.
    items: siteUpdates(site, edition).map((item) => ({
      title:
        item.kind === 'correction' ? item.title : ui.t('updates.feedItem', { label: ui.t(UPDATE_LABEL[item.kind]), title: item.entry }),
      link: new URL(item.link, context.site).href,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      // A feed reader shows plain text: the source's words are said to be theirs, in quotation marks.
      description: item.quoted ? ui.t('updates.quotedLine', { text: item.description }) : item.description,
    })),
  });
}
