/**
 * What a page in one language shows of each piece of content: its
 * translation where the edition has one (with the translation's status and
 * whether its source changed since), else the source-language text, marked
 * with that language so readers and screen readers are told (a fallback).
 * Pages of the source language show the content as it is.
 */
import type { SiteTranslation } from '../lib/model/schema.ts';
import type { EntryItem, Site, SourceItem, StoryView, TermItem, ThemeItem } from './content.ts';
import type { Edition } from './edition.ts';
import { paragraphTexts, renderedHtml } from './rendered.ts';

export interface Shown<T> {
  text: T;
  /** `source`: a source-language page; `translated`: the edition's translation; `fallback`: no translation, the source's words. */
  state: 'source' | 'translated' | 'fallback';
  /** The language of the words shown, when it is not the page's (a fallback). */
  lang: string | undefined;
  translation: SiteTranslation | undefined;
}

/** A translation is shown only beside the original it was made from: one of an earlier original (stale) is not shown at all. */
function shown<T>(edition: Edition, original: T, translated: SiteTranslation | undefined, translate: (t: SiteTranslation) => T): Shown<T> {
  if (edition.isSource) return { text: original, state: 'source', lang: undefined, translation: undefined };
  if (!translated || translated.stale) return { text: original, state: 'fallback', lang: edition.source.code, translation: undefined };
  return { text: translate(translated), state: 'translated', lang: undefined, translation: translated };
}

/**
 * The notice a reader of an edition needs for what is shown: `fallback` (the
 * source's words, not translated yet), `machine` or `draft` (a translation no
 * person has reviewed); none for a reviewed translation or a source-language page.
 */
export function noticeOf(shown: Shown<unknown>): 'fallback' | 'machine' | 'draft' | undefined {
  if (shown.state === 'fallback') return 'fallback';
  const status = shown.translation?.status;
  return status === 'machine' || status === 'draft' ? status : undefined;
}

export interface ThemeText {
  title: string;
  question: string;
  summary: string | undefined;
  introHtml: string;
}

export function themeIn(edition: Edition, theme: ThemeItem): Shown<ThemeText> {
  const item = edition.translation('theme', theme.id);
  const { title, question, summary } = theme.data;
  const original: ThemeText = { title, question, summary, introHtml: renderedHtml('themes', theme) };
  return shown(edition, original, item?.data, (t) => ({
    title: t.title!,
    question: t.question!,
    summary: t.summary,
    introHtml: renderedHtml('translations', item!),
  }));
}

export interface EntryText {
  title: string;
  summary: string;
  /** The body: the source-language body, or the translation. */
  html: string;
  /** Each correction's words, in the translation where it has them; `lang` marks one shown in the source language. */
  corrections: { date: string; wrong: string; right: string; lang: string | undefined }[];
}

export function entryIn(edition: Edition, entry: EntryItem): Shown<EntryText> {
  const item = edition.translation('entry', entry.id);
  const { title, summary, corrections } = entry.data;
  const original = {
    title,
    summary,
    html: renderedHtml('entries', entry),
    corrections: corrections.map((c) => ({ ...c, lang: undefined })),
  };
  return shown(edition, original, item?.data, (t) => ({
    title: t.title!,
    summary: t.summary!,
    html: renderedHtml('translations', item!),
    corrections: corrections.map((c, i) => {
      const words = t.corrections?.[i];
      return words ? { ...words, date: c.date, lang: undefined } : { ...c, lang: edition.source.code };
    }),
  }));
}

export interface HomeText {
  /** The site's short name. */
  name: string;
}

/** The site's own words: its name (content/translations/<lang>/site.yaml). */
export function homeIn(edition: Edition, site: Site): Shown<HomeText> {
  const item = edition.translation('home');
  return shown(edition, { name: site.name }, item?.data, (t) => ({ name: t.name ?? site.name }));
}

export interface StoryText {
  headline: string;
  standfirst: string | undefined;
  notKnown: string[];
  /** The language of the standfirst and of what is not known, when a translation left them in the original's. */
  standfirstLang?: string | undefined;
  notKnownLang?: string | undefined;
  /** The editors' introduction, rendered; empty when the story has none. */
  introHtml: string;
  /** The lead paragraphs' translations, in order; none on a source-language page. */
  lead: string[];
}

/**
 * A story's home page words. A translation is shown only while it translates what the page shows:
 * once the story's words or the lead it quotes changed (another article leads, or its text
 * changed), the page shows the original, as one not yet translated, never the old translation.
 */
export function storyIn(edition: Edition, story: StoryView): Shown<StoryText> {
  const item = edition.translation('story', story.id);
  const { headline, standfirst, notKnown } = story.story.data;
  const original: StoryText = { headline, standfirst, notKnown, introHtml: renderedHtml('stories', story.story), lead: [] };
  const current = item && !item.data.stale ? item : undefined;
  const kept = edition.source.code;
  return shown(edition, original, current?.data, (t) => ({
    headline: t.headline ?? headline,
    standfirst: t.standfirst ?? standfirst,
    standfirstLang: t.standfirst === undefined && standfirst !== undefined ? kept : undefined,
    notKnown: t.notKnown && t.notKnown.length === notKnown.length ? t.notKnown : notKnown,
    notKnownLang: t.notKnown?.length === notKnown.length ? undefined : kept,
    introHtml: renderedHtml('translations', item!),
    lead: t.lead ?? [],
  }));
}

/** The paragraphs an article's lead is made of, in the source language, as a story's home page quotes them. */
export function leadParagraphs(source: SourceItem | undefined): { id: string; text: string }[] {
  if (!source) return [];
  const texts = paragraphTexts(source);
  return source.data.lead.map((id) => ({ id, text: texts[id] ?? '' }));
}

export interface TermText {
  term: string;
  expansion: string | undefined;
  /** The language of the term and of its expansion, when a translation keeps them as they are (a name, an acronym). */
  termLang: string | undefined;
  expansionLang: string | undefined;
  /** The definition, rendered: the source-language one, or the translation. */
  html: string;
}

/**
 * A key term and its definition. A translation keeps the term or its expansion as it is by leaving it
 * out (ICE, American Civil Liberties Union): those words are then shown in the original's language, marked so.
 */
export function termIn(edition: Edition, term: TermItem): Shown<TermText> {
  const item = edition.translation('term', term.id);
  const { term: words, expansion } = term.data;
  const original: TermText = {
    term: words,
    expansion,
    termLang: undefined,
    expansionLang: undefined,
    html: renderedHtml('terms', term),
  };
  const kept = edition.source.code;
  return shown(edition, original, item?.data, (t) => ({
    term: t.term ?? words,
    expansion: t.expansion ?? expansion,
    termLang: t.term === undefined ? kept : undefined,
    expansionLang: t.expansion === undefined && expansion !== undefined ? kept : undefined,
    html: renderedHtml('translations', item!),
  }));
}

/** Content no edition translates (the timeline): the source's words, marked as a fallback in an edition. */
export const untranslated = <T>(edition: Edition, original: T): Shown<T> => shown(edition, original, undefined, () => original);
