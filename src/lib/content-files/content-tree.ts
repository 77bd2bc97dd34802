/**
 * Loads every file under `content/` and validates it against the schemas,
 * collecting all problems instead of stopping at the first; with them, what
 * else the checks read: the site's settings, which seeds there are, and the
 * texts translations were made from. The checks then read no file.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { InputError, type Problem } from '../model/errors.ts';
import { parseMarkdownFile, parseYamlFile } from './frontmatter.ts';
import {
  entrySchema,
  sourceSchema,
  storySchema,
  termSchema,
  themeSchema,
  timelineItemSchema,
  type Entry,
  type Source,
  type Story,
  type Term,
  type Theme,
  type TimelineItem,
} from '../model/schema.ts';
import { validate } from './validate.ts';
import { CONTENT_FOLDERS, strayFiles, type ContentFolder } from './content-layout.ts';
import { fileNameProblem } from './file-names.ts';
import { listFiles } from './list-files.ts';
import { loadTranslations, TRANSLATIONS_DIR, type TranslationFile } from './translation-files.ts';
import type { Loaded } from './loaded.ts';
import { readOriginals } from './originals.ts';
import { loadSiteFile, type SiteFile } from './site-settings.ts';

export interface ContentTree {
  /** Stories, `content/stories/<slug>.md`. */
  stories: Loaded<Story>[];
  themes: Loaded<Theme>[];
  sources: Loaded<Source>[];
  entries: Loaded<Entry>[];
  /** Translations of entries, themes, the home page and the interface, under content/translations/<lang>/. */
  translations: TranslationFile[];
  /** Key terms, `content/terms/<slug>.md`. */
  terms: Loaded<Term>[];
  /** Timeline items, `content/timelines/<source>/<slug>.md`; the id is `<source>/<slug>`. */
  timeline: Loaded<TimelineItem>[];
  /** Problems of the collections' files (the site file's are its own). */
  problems: Problem[];
  /** `content/site.yaml`: the settings for the whole site, or the problems that keep it from loading. */
  site: SiteFile;
  /** The seeds in `seeds/`, relative to the data root (`seeds/<slug>.txt`). */
  seeds: ReadonlySet<string>;
  /** The source-language texts translations were made from, by digest (originals.ts). */
  originals: ReadonlyMap<string, string>;
}

/** The seed files, as the checks ask for them (whether a source's seed is still there). */
export const listSeeds = (root: string): Set<string> => new Set(listFiles(join(root, 'seeds'), ['.txt']).map((name) => `seeds/${name}`));

/** One file of a collection (`name` relative to its folder), loaded and validated: the item, or the problems that keep it out. */
export function loadFile<S extends z.ZodType>(
  root: string,
  folder: string,
  name: string,
  schema: S,
): { item?: Loaded<z.output<S>>; problems: Problem[] } {
  const dir = join(root, 'content', folder);
  const file = relative(root, join(dir, name)).split(sep).join('/');
  const misnamed = fileNameProblem(file, name, folder === 'entries' || folder === 'timelines' ? 2 : 1);
  if (misnamed) return { problems: [misnamed] };
  try {
    const text = readFileSync(join(dir, name), 'utf8');
    const parsed = name.endsWith('.md') ? parseMarkdownFile(file, text) : parseYamlFile(file, text);
    const result = validate(schema, parsed);
    if (!result.ok) return { problems: result.problems };
    const id = name.replace(/\.(md|ya?ml)$/, '');
    return {
      item: { id, file, data: result.value, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf, text },
      problems: [],
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { problems: error.problems };
  }
}

/** The extensions translation files have (content-layout.ts says which where). */
export const TRANSLATION_EXTENSIONS = ['.md', '.yaml'];

export function loadCollection<S extends z.ZodType>(
  root: string,
  folder: Exclude<ContentFolder, 'translations'>,
  schema: S,
  problems: Problem[],
): Loaded<z.output<S>>[] {
  const loaded: Loaded<z.output<S>>[] = [];
  for (const name of listFiles(join(root, 'content', folder), [CONTENT_FOLDERS[folder].extension])) {
    const { item, problems: found } = loadFile(root, folder, name, schema);
    problems.push(...found);
    if (item) loaded.push(item);
  }
  return loaded;
}

/** The schema of each collection loaded by `loadFile` (translations have a schema per kind: translation-files.ts). */
export const COLLECTIONS = {
  stories: storySchema,
  themes: themeSchema,
  sources: sourceSchema,
  entries: entrySchema,
  terms: termSchema,
  timeline: timelineItemSchema,
} as const;

/** The folder under `content/` of each collection of the tree, in the order the tree is loaded. */
export const FOLDER_OF = {
  stories: 'stories',
  themes: 'themes',
  sources: 'sources',
  entries: 'entries',
  translations: 'translations',
  terms: 'terms',
  timeline: 'timelines',
} as const;

type Collection = keyof typeof FOLDER_OF;
const COLLECTION_ORDER = Object.keys(FOLDER_OF) as Collection[];
const folderRank = (file: string): number => COLLECTION_ORDER.findIndex((c) => file.startsWith(`content/${FOLDER_OF[c]}/`));

/** Problems in the order the tree is loaded: by folder (files outside every folder first), then by path; one file's in the order found. */
export const byFile = (a: { file: string }, b: { file: string }): number =>
  folderRank(a.file) - folderRank(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function loadContent(root: string): ContentTree {
  const problems: Problem[] = [];
  const tree = {
    stories: loadCollection(root, 'stories', COLLECTIONS.stories, problems),
    themes: loadCollection(root, 'themes', COLLECTIONS.themes, problems),
    sources: loadCollection(root, 'sources', COLLECTIONS.sources, problems),
    entries: loadCollection(root, 'entries', COLLECTIONS.entries, problems),
    translations: loadTranslations(root, listFiles(join(root, TRANSLATIONS_DIR), TRANSLATION_EXTENSIONS), problems),
    terms: loadCollection(root, 'terms', COLLECTIONS.terms, problems),
    timeline: loadCollection(root, FOLDER_OF.timeline, COLLECTIONS.timeline, problems),
  };
  // Files no collection reads are refused where they are, in the same order.
  problems.push(...strayFiles(root));
  return {
    ...tree,
    problems: problems.sort(byFile),
    site: loadSiteFile(root),
    seeds: listSeeds(root),
    originals: readOriginals(root),
  };
}
