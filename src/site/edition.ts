/**
 * The languages of the site and what a page needs to know about its own: the
 * source language's pages sit at the root, each edition's under `/<code>/`
 * with the same paths below, so every page has one counterpart per
 * language. Pages take their language from the optional `lang` route
 * parameter (`src/pages/[...lang]/…`), and read the interface's words, the
 * translations and their own URLs from the edition this returns.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readSiteSettings } from '../lib/content-files/site-settings.ts';
import type { Language } from '../lib/model/schema.ts';
import { createInterface, type Interface } from '../lib/render/interface.ts';
import { settings as run } from './settings.ts';
import { urlsFor, type Urls } from './url.ts';

export type TranslationItem = CollectionEntry<'translations'>;

export interface Edition extends Urls {
  language: Language;
  /** The language the content is written in. */
  source: Language;
  isSource: boolean;
  /** Every language of the site, the source language first. */
  languages: Language[];
  /** The interface's words in this language. */
  ui: Interface;
  /** The same page's path in another language: `prefixOf(code) + path`. */
  hrefIn: (code: string, path: string) => string;
  /** This edition's translation of an entry (`<theme>/<slug>`), a theme, a story or a key term (slug), the home page or the interface. */
  translation: (of: TranslationItem['data']['of'], target?: string) => TranslationItem | undefined;
}

interface Languages {
  source: Language;
  editions: Language[];
  translations: TranslationItem[];
}

let cached: Promise<Languages> | undefined;
const editions = new Map<string, Promise<Edition>>();

function languages(): Promise<Languages> {
  cached ??= (async () => {
    const settings = readSiteSettings(run.root);
    return { source: settings.language, editions: settings.editions, translations: await getCollection('translations') };
  })();
  return cached;
}

/** The path prefix of a language's pages: none for the source language, `<code>/` for an edition. */
const prefixOf = (code: string, source: Language) => (code === source.code ? '' : `${code}/`);

/** `getStaticPaths` params for a page that exists in every language: `lang` is undefined at the root. */
export async function languageParams(): Promise<{ lang: string | undefined }[]> {
  const { editions: list } = await languages();
  return [{ lang: undefined }, ...list.map((e) => ({ lang: e.code }))];
}

/**
 * The languages a page really exists in, for `hreflang` and the sitemap: the source language, and each
 * edition with a translation of what the page is about (its theme, the home page; for a list of
 * several, such as the key terms page, of any of them). Pages made only of the interface's words
 * (about, search, updates) exist in every language.
 */
export async function languagesWith(of: TranslationItem['data']['of'], target: string | readonly string[] = ''): Promise<string[]> {
  const { source, editions: list, translations } = await languages();
  const targets = new Set(typeof target === 'string' ? [target] : target);
  // A translation counts only while it translates the text as it is: a page shows no other.
  const have = new Set(
    translations.filter((t) => t.data.of === of && targets.has(t.data.target) && !t.data.stale).map((t) => t.data.language),
  );
  return [source.code, ...list.filter((e) => have.has(e.code)).map((e) => e.code)];
}

export function pageEdition(lang: string | undefined): Promise<Edition> {
  const key = lang ?? '';
  let edition = editions.get(key);
  if (!edition) {
    edition = makeEdition(lang);
    editions.set(key, edition);
  }
  return edition;
}

async function makeEdition(lang: string | undefined): Promise<Edition> {
  const { source, editions: list, translations } = await languages();
  const language = lang === undefined ? source : list.find((e) => e.code === lang);
  if (!language) throw new Error(`no edition "${lang}" in content/site.yaml`);
  const mine = new Map(translations.filter((t) => t.data.language === language.code).map((t) => [`${t.data.of}:${t.data.target}`, t]));
  const strings = mine.get('interface:')?.data.strings;
  return {
    ...urlsFor(prefixOf(language.code, source)),
    language,
    source,
    isSource: language.code === source.code,
    languages: [source, ...list],
    ui: createInterface(language, strings),
    hrefIn: (code, path) => urlsFor(prefixOf(code, source)).href(path),
    translation: (of, target = '') => mine.get(`${of}:${target}`),
  };
}
