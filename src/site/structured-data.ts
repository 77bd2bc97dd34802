/**
 * The JSON-LD of each kind of content page, built from the content model by
 * the pure functions of src/lib/render/structured-data/: this module only
 * gathers the facts a page shows, in its language, with absolute addresses.
 */
import { correctionId, correctionWording } from '../lib/render/correction.ts';
import { articleData, type ArticleFacts, type EditionPage } from '../lib/render/structured-data/article.ts';
import type { Newsroom } from '../lib/render/structured-data/publisher.ts';
import type { SourceWorkFacts } from '../lib/render/structured-data/source-work.ts';
import type { EntryItem, Site, SourceItem, StoryView, ThemeItem } from './content.ts';
import type { Edition } from './edition.ts';
import { entryIn, homeIn, storyIn, themeIn } from './localised.ts';
import { settings } from './settings.ts';

/** A site address made absolute under SITE_URL (the base path is already in `href`). */
export const absolute = (href: string): string => new URL(href, settings.site).href;

export function newsroomOf(site: Site, edition: Edition): Newsroom {
  return { name: homeIn(edition, site).text.name, url: absolute(edition.href('')), ...site.newsroom };
}

export function sourceFacts(edition: Edition, source: SourceItem): SourceWorkFacts {
  const { title, publisher, author, published, url, licence } = source.data;
  return {
    title,
    page: absolute(edition.sourceHref(source.id)),
    inLanguage: edition.source.code,
    publisher,
    author,
    published,
    url,
    licence,
  };
}

/** The same page in the other languages it exists in: the original for an edition's translation, the translations for the original. */
function editionLinks(edition: Edition, path: string, languages: readonly string[], headline: string) {
  const page = (code: string): EditionPage => ({ url: absolute(edition.hrefIn(code, path)), inLanguage: code });
  if (edition.isSource) return { translations: languages.filter((code) => code !== edition.source.code).map(page) };
  if (!languages.includes(edition.language.code)) return { translations: [] };
  return { translationOf: { ...page(edition.source.code), headline }, translations: [] };
}

interface Cited {
  source: string;
  paragraphs: readonly string[];
}

function basis(site: Site, edition: Edition, cites: readonly Cited[]) {
  const ids = [...new Set(cites.map((c) => c.source))];
  return {
    sources: ids.flatMap((id) => {
      const source = site.sourceById.get(id);
      return source ? [sourceFacts(edition, source)] : [];
    }),
    citations: cites.flatMap((c) => c.paragraphs.map((p) => absolute(edition.sourceHref(c.source, p)))),
  };
}

function dates(entries: readonly EntryItem[]) {
  const days = entries.flatMap((e) => [e.data.updated, ...e.data.corrections.map((c) => c.date)]).sort();
  return { datePublished: days[0], dateModified: days.at(-1) };
}

interface PageContext {
  site: Site;
  edition: Edition;
  /** The page's path below its language's prefix. */
  path: string;
  /** The languages the page exists in. */
  languages: readonly string[];
  /** The page's social card, absolute. */
  image?: string | undefined;
}

/** A question's page (one page of a theme): its question, its answer, and the entries on the page. */
export function questionData(context: PageContext, theme: ThemeItem, entries: readonly EntryItem[]) {
  const { site, edition, path } = context;
  const shown = themeIn(edition, theme);
  const page = absolute(edition.href(path));
  const cites = [...theme.data.cites, ...entries.map((e) => ({ source: e.data.source, paragraphs: e.data.paragraphs }))];
  const corrections = entries.flatMap((entry) =>
    entryIn(edition, entry).text.corrections.map((c, i) => ({
      date: c.date,
      text: correctionWording(edition.ui, c).text,
      url: `${page}#${correctionId(entry.slug, i)}`,
    })),
  );
  const facts: ArticleFacts = {
    url: page,
    headline: shown.text.question,
    description: shown.text.summary ?? edition.ui.t('theme.draftSummary'),
    inLanguage: shown.lang ?? edition.language.code,
    ...dates(entries),
    ...basis(site, edition, cites),
    corrections,
    ...editionLinks(edition, path, context.languages, theme.data.question),
    image: context.image,
    newsroom: newsroomOf(site, edition),
  };
  return articleData(facts);
}

/** A story's home page: its headline, the editors' standfirst (or the line describing it), and every entry of its questions. */
export function storyData(context: PageContext, story: StoryView, description: string) {
  const { site, edition, path } = context;
  const shown = storyIn(edition, story);
  const entries = story.themes.flatMap((t) => site.entriesByTheme.get(t.id) ?? []);
  const lead = story.lead ? [{ source: story.lead.id, paragraphs: story.lead.data.lead }] : [];
  const facts: ArticleFacts = {
    url: absolute(edition.href(path)),
    headline: shown.text.headline,
    description,
    inLanguage: shown.lang ?? edition.language.code,
    ...dates(entries),
    sources: story.sources.map((s) => sourceFacts(edition, s)),
    citations: basis(site, edition, [...lead, ...story.themes.flatMap((t) => t.data.cites)]).citations,
    corrections: [],
    ...editionLinks(edition, path, context.languages, story.story.data.headline),
    image: context.image,
    newsroom: newsroomOf(site, edition),
  };
  return articleData(facts);
}
