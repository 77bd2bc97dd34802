/**
 * `check`: everything the build relies on, without building. Schema problems
 * come from loading the tree (src/lib/content-files/content-tree.ts), which
 * also reads the site's settings, the seeds and the translations' originals;
 * the rules in `rules/`, one per file and each a pure function of the
 * loaded tree, add the checks between files, in the order they are listed
 * here, which is the order their problems are reported in.
 */
import type { Problem } from '../model/errors.ts';
import { loadContent, type ContentTree } from '../content-files/content-tree.ts';
import { CheckMemo } from './check-memo.ts';
import { translationStates, type TranslationState } from './translation-state.ts';
import { draftThemes } from './rules/draft-themes.ts';
import { emptyThemes } from './rules/empty-themes.ts';
import { entries } from './rules/entries.ts';
import { markup } from './rules/markup.ts';
import { missingEntries } from './rules/missing-entries.ts';
import { retiredSources } from './rules/retired-sources.ts';
import { sameSection } from './rules/same-section.ts';
import { siteFile } from './rules/site-file.ts';
import { sources } from './rules/sources.ts';
import { stories } from './rules/stories.ts';
import { termsAndTimeline } from './rules/terms-timeline.ts';
import { themeCitations } from './rules/theme-citations.ts';
import { themeEntries } from './rules/theme-entries.ts';
import { themeOrders } from './rules/theme-orders.ts';
import { translations } from './rules/translations.ts';
import { indexTree, type Found } from './rules/tree-index.ts';
import { underivedSources } from './rules/underived-sources.ts';

export interface CheckResult {
  errors: Problem[];
  /** Not fatal locally; `check` treats them as errors under CI. */
  warnings: Problem[];
  /** What derive proposed and no editor has confirmed; judged by the drafts rule (severity.ts). */
  drafts: Problem[];
  /** Translations whose source-language text changed since they were made: never fatal (severity.ts). */
  staleTranslations: Problem[];
  /** Where every translation stands, for the site's notices. */
  translations: TranslationState[];
  tree: ContentTree;
}

export function checkContent(root: string): CheckResult {
  return checkTree(loadContent(root));
}

/**
 * The checks of a loaded tree. With a `memo` kept from the last check of the same tree, only
 * the files reloaded since (the entries citing a reloaded source, and the translations of a
 * reloaded entry or theme) are checked again one by one; the checks between files run in full,
 * and the answer is the one a fresh check gives.
 */
export function checkTree(tree: ContentTree, memo = new CheckMemo()): CheckResult {
  const index = indexTree(tree, memo);
  // What an entry, a theme's citations or a key term say can only be judged against a sound source.
  const sound = sources(index);
  const states = tree.site.settings ? translationStates(tree, tree.site.settings, memo) : [];
  const found = gather([
    { errors: tree.problems },
    siteFile(index),
    stories(index),
    themeOrders(index),
    sound,
    entries(index, sound.unsound),
    underivedSources(index),
    retiredSources(index),
    sameSection(index),
    missingEntries(index, sound.unsound),
    themeCitations(index, sound.unsound),
    draftThemes(index),
    termsAndTimeline(index, sound.unsound),
    markup(index),
    themeEntries(index),
    emptyThemes(index),
    translations(index, states),
  ]);
  return { ...found, translations: states, tree };
}

/** The rules' findings, kind by kind, in the order the rules ran. */
function gather(found: readonly Found[]): Omit<CheckResult, 'translations' | 'tree'> {
  const all = (kind: keyof Found) => found.flatMap((f) => f[kind] ?? []);
  return { errors: all('errors'), warnings: all('warnings'), drafts: all('drafts'), staleTranslations: all('stale') };
}
