/**
 * How far each edition has got, for `npm run translations`: for its
 * entries, themes, key terms, home page and interface strings, how many are
 * translated, reviewed (by a person, and not stale since), stale (their
 * source-language text changed since) and missing. An interface string is
 * stale when its own English changed, so one new word in the catalogue does
 * not count the whole catalogue as behind.
 */
import type { ContentTree } from '../content-files/content-tree.ts';
import { CATALOGUE_KEYS, ENGLISH_CATALOGUE } from '../content-files/interface-catalogue.ts';
import { isShown, type Language } from '../model/schema.ts';
import type { TranslationState } from './translation-state.ts';

export interface Count {
  total: number;
  translated: number;
  reviewed: number;
  stale: number;
  missing: number;
}

export interface EditionCounts {
  language: Language;
  entries: Count;
  themes: Count;
  terms: Count;
  home: Count;
  interface: Count;
}

function count(total: number, states: readonly TranslationState[]): Count {
  const translated = states.length;
  const stale = states.filter((s) => s.stale).length;
  const reviewed = states.filter((s) => !s.stale && s.translation.data.status === 'reviewed').length;
  return { total, translated, reviewed, stale, missing: total - translated };
}

/** Keys whose English differs from the text the catalogue was translated from (all of them, when that text is not kept). */
function staleKeys(state: TranslationState): Set<string> {
  if (!state.stale) return new Set();
  if (state.original === undefined) return new Set(CATALOGUE_KEYS);
  const before = new Map(
    state.original
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)] as const),
  );
  return new Set(CATALOGUE_KEYS.filter((key) => before.get(key) !== ENGLISH_CATALOGUE[key]));
}

export function editionCounts(editions: readonly Language[], tree: ContentTree, states: readonly TranslationState[]): EditionCounts[] {
  // A rejected entry is on no page, in no language: nothing to translate.
  const shown = new Set(tree.entries.filter((e) => isShown(e.data)).map((e) => e.id));
  const terms = new Set(tree.terms.filter((t) => isShown(t.data)).map((t) => t.id));
  return editions.map((language) => {
    const mine = states.filter((s) => s.translation.language === language.code && s.current !== undefined);
    const of = (kind: TranslationState['translation']['of']) => mine.filter((s) => s.translation.of === kind);
    const catalogue = of('interface')[0];
    const strings = catalogue?.translation.of === 'interface' ? catalogue.translation.data.strings : {};
    const present = CATALOGUE_KEYS.filter((key) => strings[key] !== undefined);
    const stale = catalogue ? staleKeys(catalogue) : new Set<string>();
    const reviewed = catalogue?.translation.data.status === 'reviewed' ? present.filter((key) => !stale.has(key)).length : 0;
    return {
      language,
      entries: count(
        shown.size,
        of('entry').filter((s) => shown.has(s.translation.target)),
      ),
      themes: count(tree.themes.length, of('theme')),
      terms: count(
        terms.size,
        of('term').filter((s) => terms.has(s.translation.target)),
      ),
      home: count(1, of('home')),
      interface: {
        total: CATALOGUE_KEYS.length,
        translated: present.length,
        reviewed,
        stale: present.filter((key) => stale.has(key)).length,
        missing: CATALOGUE_KEYS.length - present.length,
      },
    };
  });
}
