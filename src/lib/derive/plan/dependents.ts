/**
 * What an editor wrote that still cites an article whose seed left
 * `seeds/`: entries edited or written by hand, key terms and timeline items
 * confirmed, reworded or written by hand, and themes whose `cites` name it.
 * While any does, the article's source stays, marked retired, so their
 * evidence and its page keep working; each is reported with what to do. A
 * rejected entry, term or item is on no page and holds nothing; a file
 * derive wrote and nobody touched is removed (or, for a key term another
 * article proposes, taken over by it), so it holds nothing either, unless it
 * is an entry someone translated: the translation is a translator's text,
 * so the entry stays with it.
 */
import type { Existing } from '../existing/existing-files.ts';
import { sourceOf } from './identity.ts';
import { isRejected } from './outcome.ts';

export interface Dependent {
  /** `content/…` */
  file: string;
  detail: string;
}

export interface Dependents {
  /** By the slug of the source whose seed is gone. */
  files: Map<string, Dependent[]>;
  /** Themes whose `cites` name it, by the same slug. */
  themes: Map<string, string[]>;
}

interface Inputs {
  /** The source, entry, key term and timeline files the pass read, by path relative to `content/`. */
  files: Iterable<[string, Existing]>;
  themes: readonly { slug: string; cites?: readonly { source: string }[] }[];
  /** Slugs of the sources whose seed is gone. */
  gone: ReadonlySet<string>;
  renamed: ReadonlyMap<string, string>;
  force: boolean;
  /** Entries with a translation, and its files (translated-entries.ts). */
  translated: ReadonlyMap<string, readonly string[]>;
}

export const seedFile = (slug: string): string => `seeds/${slug}.txt`;

/** Whether derive removes (or rewrites) the file rather than keeping it as an editor's. */
export const derivesOwn = (file: Existing, force: boolean): boolean => file.record !== undefined && (file.unedited || force);

/** What a kept file citing a retired source says, and what to do with it; `translations` when it stays only for them. */
function dependentDetail(file: Existing, slug: string, translations?: readonly string[]): string {
  const why = translations ? `translated (${translations.join(', ')})` : file.record ? 'edited by hand' : 'written by hand';
  const off = translations ? 'add "status: rejected" (its translations go with it)' : 'add "status: rejected"';
  return `${why}, and ${seedFile(slug)} is gone: it keeps citing the retired source; to take it off the site, ${off}, or point "source:" and "paragraphs:" at another article and confirm it`;
}

export function dependents({ files, themes, gone, renamed, force, translated }: Inputs): Dependents {
  const found: Dependents = { files: new Map(), themes: new Map() };
  for (const [path, file] of files) {
    const translations = derivesOwn(file, force) ? translated.get(path) : undefined;
    if (path.startsWith('sources/') || isRejected(file) || (derivesOwn(file, force) && !translations)) continue;
    const slug = sourceOf(file, renamed);
    if (slug === undefined || !gone.has(slug)) continue;
    push(found.files, slug, { file: `content/${path}`, detail: dependentDetail(file, slug, translations) });
  }
  for (const { slug: theme, cites = [] } of themes)
    for (const slug of new Set(cites.map((c) => c.source))) if (gone.has(slug)) push(found.themes, slug, theme);
  return found;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Who still cites a retired source, for its line in the report: "3 files an editor wrote and the theme x (under cites) still cite it". */
export function citers(slug: string, { files, themes }: Dependents): string | undefined {
  const n = files.get(slug)?.length ?? 0;
  const named = [...(themes.get(slug) ?? [])].sort();
  const parts = [
    ...(n > 0 ? [`${n} ${n === 1 ? 'file' : 'files'} an editor wrote`] : []),
    ...(named.length > 0 ? [`the ${named.length === 1 ? 'theme' : 'themes'} ${named.join(', ')} (under cites)`] : []),
  ];
  if (parts.length === 0) return undefined;
  return `${parts.join(' and ')} still ${n + named.length === 1 ? 'cites' : 'cite'} it`;
}
