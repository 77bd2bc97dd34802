/**
 * What the search index reads: for every theme page, a small HTML document
 * with the text that page shows readers (question, answer, introduction,
 * entries with their headings and corrections), under the page's URL; the
 * pages with the source's own words, the home page's lead and each source
 * page (source-search-documents.ts); the key terms; and the pages about the
 * site itself, About and Updates (site-pages-search-documents.ts). Built from the content as soon
 * as it is loaded, so Pagefind, a process of its own, can index while Astro
 * renders the pages. Each entry heading keeps its anchor, so a result links
 * to the entry itself.
 *
 * Each edition gets documents of its own, in its language (Pagefind keeps
 * an index per language, with that language's stemming): its home page,
 * theme pages and key terms with only what is translated. Words shown in the source
 * language (an untranslated entry, the source articles) are left to the
 * source language's search, so a Spanish search finds Spanish words.
 */
import type { ContentTree } from '../content-files/content-tree.ts';
import { resolveStories } from '../content-files/stories.ts';
import type { TranslationFile } from '../content-files/translation-files.ts';
import { currentText } from '../check/translation-state.ts';
import { textDigest } from '../content-files/translatable-text.ts';
import { isShown, themeForSite, type Language, type SiteSettings } from '../model/schema.ts';
import { correctionWording, type CorrectionFacts } from '../render/correction.ts';
import { createInterface, type Interface } from '../render/interface.ts';
import { themePagesOf, type Page } from '../render/paginate.ts';
import { renderMarkdown } from '../render/markdown/render-markdown.ts';
import { withBase } from '../render/url.ts';
import { escapeHtml as escape, searchDocument, type SearchDocument } from './search-html.ts';
import { homeDocument, sourceDocument } from './source-search-documents.ts';
import { aboutDocument, updatesDocument } from './site-pages-search-documents.ts';
import { editionTerms, termsDocument } from './terms-search-document.ts';

export interface SearchTheme {
  id: string;
  title: string;
  question: string;
  /** Absent on a draft theme whose editor has not written it yet. */
  summary?: string | undefined;
  /** The rendered introduction; empty where it is not in the page's language. */
  introHtml: string;
}

export interface SearchEntry {
  slug: string;
  title: string;
  /** The rendered body. */
  html: string;
  corrections: readonly CorrectionFacts[];
  /** The source's own words, quoted (`kind: quote`); else the editors'. */
  quote: boolean;
}

function entryHtml(ui: Interface, { slug, title, html, corrections }: SearchEntry): string {
  const notes = corrections.map((c) => {
    const { date, text } = correctionWording(ui, c);
    return `<p>${escape(ui.t('correction.label', { date }))} ${escape(text)}</p>`;
  });
  return `<h2 id="${escape(slug)}">${escape(title)}</h2>${html}${notes.join('')}`;
}

/** One document per page of a theme; `theme` undefined leaves out the theme's own words (not translated), keeping its entries'. */
export function searchDocuments(
  ui: Interface,
  theme: SearchTheme,
  pages: readonly Page<SearchEntry | undefined>[],
  prefix = '',
  words = true,
  story?: { id: string; headline: string },
): SearchDocument[] {
  return pages.map((page) => {
    const first = page.number === 1;
    const of = first ? '' : `<span>${escape(ui.t('theme.pageOf', { page: page.number, pages: pages.length }))}</span>`;
    const body = [
      ...(words ? [`<h1>${escape(theme.question)}${of}</h1>`] : []),
      ...(first && words ? [...(theme.summary ? [`<p>${escape(theme.summary)}</p>`] : []), theme.introHtml] : []),
      ...page.items.flatMap((item) => (item ? [entryHtml(ui, item)] : [])),
    ];
    const quoted = page.items.flatMap((item) => (item?.quote ? [item.slug] : []));
    return searchDocument(`/${prefix}${page.path}`, theme.question, theme.title, body.join(''), ui.language.code, story, quoted);
  });
}

/** A story's slug and headline, as a search result names it; none on a site of one story. */
type StoryTag = { id: string; headline: string } | undefined;

/**
 * Every searchable page's document, from the checked content: each story's
 * home page, each source page, each theme page, in the source language and
 * in each edition. `html(id)` is an entry's rendered body; theme pages are
 * split as the site splits them, `perPage` entries each. On a site of
 * several stories every document names its story, for the search page's
 * story filter.
 */
export function siteSearchDocuments(
  tree: ContentTree,
  html: (id: string) => string,
  { base, perPage, settings }: { base: string; perPage: number; settings: SiteSettings },
): SearchDocument[] {
  const ui = createInterface(settings.language);
  const sources = [...tree.sources].sort((a, b) => a.id.localeCompare(b.id));
  const resolved = resolveStories(tree.stories, tree.themes, sources, settings);
  const several = resolved.stories.length > 1;
  const tag = (story: string | undefined): StoryTag => {
    const found = several && story !== undefined ? resolved.byId.get(story) : undefined;
    return found && { id: found.id, headline: found.story.data.headline };
  };
  const home = (story: (typeof resolved.stories)[number]) => (several ? `stories/${story.id}/` : '');
  const homes = resolved.stories.flatMap((s) =>
    s.lead ? [homeDocument(ui, s.lead, home(s), undefined, settings.language.code, tag(s.id))] : [],
  );
  const byTheme = (id: string) => tag(resolved.themeStory.get(id));
  const source = [
    ...homes,
    ...sources.map((s) => sourceDocument(ui, s, tag(resolved.sourceStory.get(s.id)), quotedWhole(tree, s))),
    ...themeDocuments(tree, ui, html, base, perPage, byTheme),
    ...[termsDocument(ui, tree.terms, base) ?? []].flat(),
    aboutDocument(ui),
    updatesDocument(ui),
  ];
  const editions = settings.editions.flatMap((edition) => {
    const prefix = `${edition.code}/`;
    const strings = tree.translations.find((t) => t.language === edition.code && t.of === 'interface');
    const editionUi = createInterface(edition, strings?.of === 'interface' ? strings.data.strings : undefined);
    const storyHomes = resolved.stories.flatMap((s) => {
      const words = currentStoryTranslation(tree, settings, edition.code, s.id);
      return s.lead && words
        ? [
            homeDocument(
              editionUi,
              s.lead,
              `${prefix}${home(s)}`,
              { title: words.data.headline, lead: words.data.lead },
              settings.language.code,
              tag(s.id),
            ),
          ]
        : [];
    });
    const current = tree.translations.filter((t) => t.language === edition.code && t.of === 'term' && isCurrent(t, tree, settings));
    return [
      ...storyHomes,
      ...editionDocuments(tree, edition, base, perPage, byTheme, (t) => isCurrent(t, tree, settings)),
      ...[termsDocument(editionUi, editionTerms(tree.terms, current), withBase(base, prefix), prefix) ?? []].flat(),
      aboutDocument(editionUi, prefix),
      updatesDocument(editionUi, prefix),
    ];
  });
  return [...source, ...editions];
}

/** Whether a translation translates the text as it is now: a page shows no other, so search finds no other. */
function isCurrent(translation: TranslationFile, tree: ContentTree, settings: SiteSettings): boolean {
  const now = currentText(translation, tree, settings);
  return now !== undefined && textDigest(now.text) === translation.data.translates;
}

/** An edition's translation of a story's home page, while it translates what the page shows. */
function currentStoryTranslation(tree: ContentTree, settings: SiteSettings, language: string, story: string) {
  const words = tree.translations.find((t) => t.language === language && t.of === 'story' && t.target === story);
  return words?.of === 'story' && isCurrent(words, tree, settings) ? words : undefined;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A source's paragraphs that a shown quotation entry quotes whole, word for word (as the source page shows them). */
function quotedWhole(tree: ContentTree, source: ContentTree['sources'][number]): Set<string> {
  const text = new Map(source.data.paragraphs.map((p) => [p.id, squeeze(p.body ?? p.text)]));
  return new Set(
    shownEntries(tree)
      .filter((e) => e.data.source === source.id && e.data.kind === 'quote' && e.data.paragraphs.length === 1)
      .filter((e) => text.get(e.data.paragraphs[0]!) === squeeze(e.body))
      .map((e) => e.data.paragraphs[0]!),
  );
}

/** A rejected entry is on no page, so in no search document. */
const shownEntries = (tree: ContentTree) => tree.entries.filter((e) => isShown(e.data));

function themeDocuments(
  tree: ContentTree,
  ui: Interface,
  html: (id: string) => string,
  base: string,
  perPage: number,
  story: (theme: string) => StoryTag,
): SearchDocument[] {
  const themes = [...tree.themes].sort((a, b) => a.data.order - b.data.order);
  const pages = themePagesOf(
    themes.map((t) => t.id),
    shownEntries(tree),
    perPage,
  );
  return themes.flatMap((theme) => {
    const { title, question, summary } = themeForSite(theme.data);
    const themePages = pages.get(theme.id)!.map((page) => ({
      ...page,
      items: page.items.map((e): SearchEntry => ({
        slug: e.id.split('/').pop()!,
        title: e.data.title,
        html: html(e.id),
        corrections: e.data.corrections,
        quote: e.data.kind === 'quote',
      })),
    }));
    return searchDocuments(
      ui,
      { id: theme.id, title, question, summary, introHtml: renderMarkdown(theme.body, base) },
      themePages,
      '',
      true,
      story(theme.id),
    );
  });
}

/** An edition's theme pages, with only their translated words. */
function editionDocuments(
  tree: ContentTree,
  language: Language,
  base: string,
  perPage: number,
  story: (theme: string) => StoryTag,
  current: (translation: TranslationFile) => boolean,
): SearchDocument[] {
  const mine = new Map(
    tree.translations
      .filter((t) => t.language === language.code && (t.of === 'interface' || current(t)))
      .map((t) => [`${t.of}:${t.target}`, t]),
  );
  const find = <K extends TranslationFile['of']>(of: K, target = '') =>
    mine.get(`${of}:${target}`) as Extract<TranslationFile, { of: K }> | undefined;
  const ui = createInterface(language, find('interface')?.data.strings);
  const prefix = `${language.code}/`;
  const editionBase = withBase(base, prefix);
  const themes = [...tree.themes].sort((a, b) => a.data.order - b.data.order);
  const pages = themePagesOf(
    themes.map((t) => t.id),
    shownEntries(tree),
    perPage,
  );
  return themes.flatMap((theme) => {
    const words = find('theme', theme.id);
    const themePages = pages.get(theme.id)!.map((page) => ({
      ...page,
      items: page.items.map((e): SearchEntry | undefined => {
        const entry = find('entry', e.id);
        if (!entry) return undefined;
        const corrections = e.data.corrections.flatMap((c, i) =>
          entry.data.corrections[i] ? [{ ...entry.data.corrections[i]!, date: c.date }] : [],
        );
        const quote = e.data.kind === 'quote';
        return { slug: e.id.split('/').pop()!, title: entry.data.title, html: renderMarkdown(entry.body, editionBase), corrections, quote };
      }),
    }));
    const shown = words
      ? {
          id: theme.id,
          title: words.data.title,
          question: words.data.question,
          summary: words.data.summary,
          introHtml: renderMarkdown(words.body, editionBase),
        }
      : { id: theme.id, title: theme.data.title, question: theme.data.question ?? theme.data.title, introHtml: '' };
    // A page with none of its words translated has nothing for this language's search.
    if (!words && themePages.every((p) => p.items.every((item) => !item))) return [];
    return searchDocuments(ui, shown, themePages, prefix, words !== undefined, story(theme.id));
  });
}
