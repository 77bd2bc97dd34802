/**
 * The lists a page builds from the whole site, in the page's language: every
 * place citing each source paragraph (the source page's "Used in"), and the
 * updates and corrections (the updates page and the feed).
 */
import { citersOf, type Citer } from '../lib/render/citers.ts';
import { updateItems, type UpdateItem } from '../lib/render/updates.ts';
import type { Site, StoryView } from './content.ts';
import type { Edition } from './edition.ts';
import { entryIn, themeIn } from './localised.ts';

type Citations = Map<string, (Citer & { lang: string | undefined })[]>;

// Every source page asks for the whole site's citations: built once per site and edition, not once per page.
const citationsOf = new WeakMap<Site, WeakMap<Edition, Citations>>();

/**
 * `<source>#<paragraph>` → every place citing it (the home page, theme pages, entries), named in the
 * edition's language; a `lang` marks a name shown in the source language.
 */
export function siteCitations(site: Site, edition: Edition): Citations {
  let byEdition = citationsOf.get(site);
  if (!byEdition) citationsOf.set(site, (byEdition = new WeakMap()));
  let citations = byEdition.get(edition);
  if (!citations) byEdition.set(edition, (citations = citationsIn(site, edition)));
  return citations;
}

function citationsIn(site: Site, edition: Edition): Citations {
  const langs = new Map<string, string | undefined>();
  const named = <T extends { path: string }>(item: T, lang: string | undefined): T => {
    langs.set(item.path, lang);
    return item;
  };
  const citers = citersOf({
    entries: [...site.entriesByTheme.values()].flat().map((e) => {
      const shown = entryIn(edition, e);
      return named({ ...e.data, title: shown.text.title, path: site.entryLocation.get(e.id)! }, shown.lang);
    }),
    themes: site.themes.map((t) => {
      const shown = themeIn(edition, t);
      return named({ question: shown.text.question, path: `themes/${t.id}/`, cites: t.data.cites }, shown.lang);
    }),
    home: { title: edition.ui.t('home.page'), lead: site.lead && { source: site.lead.id, paragraphs: site.lead.data.lead } },
  });
  return new Map([...citers].map(([key, list]) => [key, list.map((c) => ({ ...c, lang: langs.get(c.path) }))]));
}

/** The changes readers are told about, newest first: the "Updates and corrections" page and the feed list the same items. */
/** The site's updates, or one story's (its themes' entries and its articles' new versions). */
export function siteUpdates(site: Site, edition: Edition, story?: StoryView): (UpdateItem & { lang: string | undefined })[] {
  const langs = new Map<string, string | undefined>();
  const themeItems = story?.themes ?? site.themes;
  const entries = themeItems.flatMap((t) => site.entriesByTheme.get(t.id) ?? []);
  const sourceLang = edition.isSource ? undefined : edition.source.code;
  const versions = (story ? story.retired : site.sources).flatMap((old) => {
    const newer = site.sources.find((s) => s.id === old.data.retired?.replacedBy);
    if (!newer || !old.data.retired) return [];
    const link = edition.sourceHref(newer.id);
    langs.set(link, sourceLang);
    return [{ title: newer.data.title, link, date: old.data.retired.date, replaced: old.data.title }];
  });
  const themes = themeItems.map((t) => {
    const shown = themeIn(edition, t);
    const link = edition.themeHref(t.id);
    langs.set(link, shown.lang);
    return { id: t.id, question: shown.text.question ?? shown.text.title, summary: shown.text.summary ?? '', link };
  });
  const items = updateItems(edition.ui, {
    entries: entries.map((e) => {
      const shown = entryIn(edition, e);
      langs.set(e.slug, shown.lang);
      return {
        slug: e.slug,
        title: shown.text.title,
        summary: shown.text.summary,
        added: e.data.added,
        updated: e.data.updated,
        corrections: shown.text.corrections,
        link: edition.entryHref(site.entryLocation.get(e.id)!),
        quote: e.data.kind === 'quote',
        theme: e.data.theme,
      };
    }),
    themes,
    versions,
  });
  return items.map((item) => ({
    ...item,
    lang:
      langs.get(item.link) ??
      langs.get(
        item.link
          .split('#')
          .pop()!
          .replace(/-correction-\d+$/, ''),
      ),
  }));
}
