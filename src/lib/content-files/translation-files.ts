/**
 * The translation files under `content/translations/<lang>/`, one per thing
 * translated and named after it, so what a file translates is where it is:
 *
 *   entries/<theme>/<slug>.md   translates content/entries/<theme>/<slug>.md
 *   themes/<slug>.md            translates content/themes/<slug>.md
 *   stories/<slug>.md           translates content/stories/<slug>.md: a story's home page words
 *   terms/<slug>.md             translates content/terms/<slug>.md: a key term and its definition
 *   site.yaml                   the site's own words: its name
 *   interface.yaml              the interface catalogue (src/lib/content-files/interface-catalogue.ts)
 *
 * `content/translations/originals/` is not a language: it keeps the
 * source-language text each translation was made from (originals.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { InputError, type Problem } from '../model/errors.ts';
import {
  entryTranslationSchema,
  homeTranslationSchema,
  interfaceTranslationSchema,
  storyTranslationSchema,
  termTranslationSchema,
  themeTranslationSchema,
  type EntryTranslation,
  type HomeTranslation,
  type InterfaceTranslation,
  type SiteTranslation,
  type StoryTranslation,
  type TermTranslation,
  type ThemeTranslation,
} from '../model/schema.ts';
import { fileNameProblem } from './file-names.ts';
import { parseMarkdownFile, parseYamlFile } from './frontmatter.ts';
import { validate } from './validate.ts';
import type { Loaded } from './loaded.ts';

export const TRANSLATIONS_DIR = 'content/translations';
export const ORIGINALS_FOLDER = 'originals';

interface Placed {
  /** The edition's language code: the first folder. */
  language: string;
  /** What the target is, from the file's place. */
  of: 'entry' | 'theme' | 'story' | 'term' | 'home' | 'interface';
  /** `<theme>/<slug>` for an entry, the slug for a theme, a story or a key term, empty for the site's words and the interface. */
  target: string;
  /** The source-language file it translates. */
  source: string;
}

export type TranslationFile =
  | (Loaded<EntryTranslation> & Placed & { of: 'entry' })
  | (Loaded<ThemeTranslation> & Placed & { of: 'theme' })
  | (Loaded<StoryTranslation> & Placed & { of: 'story' })
  | (Loaded<TermTranslation> & Placed & { of: 'term' })
  | (Loaded<HomeTranslation> & Placed & { of: 'home' })
  | (Loaded<InterfaceTranslation> & Placed & { of: 'interface' });

const SCHEMAS = {
  entry: entryTranslationSchema,
  theme: themeTranslationSchema,
  story: storyTranslationSchema,
  term: termTranslationSchema,
  home: homeTranslationSchema,
  interface: interfaceTranslationSchema,
} as const;

/** Where a file under `content/translations/` belongs, or why it belongs nowhere. */
export function placeTranslation(name: string): Placed | Problem {
  const file = `${TRANSLATIONS_DIR}/${name}`;
  const [language = '', ...rest] = name.split('/');
  const path = rest.join('/');
  const folderProblem = fileNameProblem(file, `${language}/x.md`, 2);
  if (folderProblem) return { ...folderProblem, field: 'folder name' };
  if (path === 'site.yaml') return { language, of: 'home', target: '', source: 'content/site.yaml' };
  if (path === 'interface.yaml') return { language, of: 'interface', target: '', source: 'the interface catalogue' };
  const entry = /^entries\/(.+\.md)$/.exec(path);
  if (entry) {
    const misnamed = fileNameProblem(file, entry[1]!, 2);
    if (misnamed) return misnamed;
    const target = entry[1]!.slice(0, -3);
    return { language, of: 'entry', target, source: `content/entries/${target}.md` };
  }
  for (const [folder, of] of [
    ['themes', 'theme'],
    ['stories', 'story'],
    ['terms', 'term'],
  ] as const) {
    const match = new RegExp(`^${folder}/(.+\\.md)$`).exec(path);
    if (!match) continue;
    const misnamed = fileNameProblem(file, match[1]!, 1);
    if (misnamed) return misnamed;
    const target = match[1]!.slice(0, -3);
    return { language, of, target, source: `content/${folder}/${target}.md` };
  }
  return {
    file,
    detail: `expected a translation at ${TRANSLATIONS_DIR}/${language}/entries/<theme>/<slug>.md, themes/<slug>.md, stories/<slug>.md, terms/<slug>.md, site.yaml or interface.yaml, found ${path}`,
  };
}

/** Every translation file, validated; `names` are paths under `content/translations/`. */
export function loadTranslations(root: string, names: readonly string[], problems: Problem[]): TranslationFile[] {
  const loaded: TranslationFile[] = [];
  for (const name of names) {
    if (name.startsWith(`${ORIGINALS_FOLDER}/`)) continue;
    const place = placeTranslation(name);
    if ('detail' in place) {
      problems.push(place);
      continue;
    }
    const file = `${TRANSLATIONS_DIR}/${name}`;
    try {
      const text = readFileSync(join(root, file), 'utf8');
      const parsed = name.endsWith('.md') ? parseMarkdownFile(file, text) : parseYamlFile(file, text);
      const result = validate(SCHEMAS[place.of] as z.ZodType, parsed);
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      const id = name.replace(/\.(md|ya?ml)$/, '');
      loaded.push({
        ...place,
        id,
        file,
        data: result.value,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        lineOf: parsed.lineOf,
        text,
      } as TranslationFile);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  return loaded;
}

/** What the content store keeps of a translation for the pages: its words and where it stands. */
export function translationForSite(file: TranslationFile, stale: boolean, changed: string | undefined): SiteTranslation {
  const { translates, ...data } = file.data;
  return {
    ...data,
    language: file.language,
    of: file.of,
    target: file.target,
    stale,
    ...(changed !== undefined && { changed }),
  };
}
