/**
 * `check`: everything the build relies on, without building. Schema problems
 * come from loading; this adds the cross-references between files.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Problem } from '../model/errors.ts';
import { checkCitations, staleCitations } from './check-citations.ts';
import { checkKind } from './check-kind.ts';
import { checkThemeCitations } from './check-theme-citations.ts';
import { checkTermsAndTimeline } from './check-terms-timeline.ts';
import { SITE_FILE, readSiteFile } from '../content-files/site-settings.ts';
import { contentHash } from '../model/hash.ts';
import { findUnsafeMarkup } from './unsafe-markup.ts';
import { sameSectionTwice } from './same-section.ts';
import { closestSections } from './closest-sections.ts';
import { loadContent, type ContentTree } from '../content-files/content-tree.ts';
import type { Entry, SiteSettings, Source, Theme } from '../model/schema.ts';
import { CheckMemo } from './check-memo.ts';
import { checkLanguages } from './check-languages.ts';
import { checkTranslations } from './check-translations.ts';
import { translationStates, type TranslationState } from './translation-state.ts';
import type { Loaded } from '../content-files/loaded.ts';

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
  return checkTree(root, loadContent(root));
}

/**
 * The checks of a loaded tree. With a `memo` kept from the last check of the same tree, only
 * the files reloaded since (the entries citing a reloaded source, and the translations of a
 * reloaded entry or theme) are checked again one by one; the checks between files run in full,
 * and the answer is the one a fresh check gives.
 */
export function checkTree(root: string, tree: ContentTree, memo = new CheckMemo()): CheckResult {
  const errors = [...tree.problems];
  const warnings: Problem[] = [];
  const themes = new Map(tree.themes.map((t) => [t.id, t]));
  const sources = new Map(tree.sources.map((s) => [s.id, s]));
  let settings: SiteSettings | undefined;
  try {
    const site = readSiteFile(root);
    settings = site.settings;
    if (settings.lead !== undefined && !sources.has(settings.lead))
      errors.push({
        file: SITE_FILE,
        line: site.lineOf(['lead']),
        field: 'lead',
        detail: `expected the slug of a source (${[...sources.keys()].join(', ') || 'there are none'}), found "${settings.lead}"`,
      });
    errors.push(...checkLanguages(settings, site.lineOf));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    errors.push(...error.problems);
  }
  // A file that failed to load has its own errors; references to it would only repeat them.
  const failed = (folder: string) =>
    new Set(tree.problems.map((p) => new RegExp(`^content/${folder}/(.+)\\.(?:md|ya?ml)$`).exec(p.file)?.[1]));
  const failedThemes = failed('themes');
  const failedSources = failed('sources');

  duplicates(
    tree.themes,
    (t) => String(t.data.order),
    (t, first) =>
      errors.push({
        file: t.file,
        line: t.lineOf(['order']),
        field: 'order',
        detail: `expected a unique order, found ${t.data.order} (also used by ${first.file})`,
      }),
  );

  const themesKey = `${[...themes.keys()].join(',')}|${[...failedThemes].join(',')}`;
  // What an entry's body is can only be decided against a sound source.
  const unsound = new Set<string>();
  for (const source of tree.sources) {
    const problems = memo.about(source, 'source', themesKey, () => checkSource(source, themes, failedThemes));
    if (problems.length > 0) unsound.add(source.id);
    errors.push(...problems);
    const seed = source.data.derived?.from;
    if (seed && !existsSync(join(root, seed))) {
      errors.push({
        file: source.file,
        line: source.lineOf(['derived', 'from']),
        field: 'derived.from',
        detail: `expected the seed ${seed}, found it gone; restore it, or run "npm run derive" to follow a rename or retire the article (it keeps every edited entry and says what to do with it)`,
      });
    }
  }

  const byTheme = new Map<string, Loaded<Entry>[]>();
  // Sources whose seed is there but whose derived file is not: one line each, not one per entry citing it.
  const underived = new Map<string, number>();
  for (const entry of tree.entries) {
    const { theme, source: sourceSlug } = entry.data;
    const folder = entry.id.split('/')[0];
    if (!themes.has(theme)) {
      if (!failedThemes.has(theme))
        errors.push({
          file: entry.file,
          line: entry.lineOf(['theme']),
          field: 'theme',
          detail: `expected one of ${[...themes.keys()].join(', ')}, found "${theme}"`,
        });
    } else if (folder !== theme) {
      errors.push({
        file: entry.file,
        line: entry.lineOf(['theme']),
        field: 'theme',
        detail: `expected "${folder}" (the folder the file is in), found "${theme}"`,
      });
    }
    const siblings = byTheme.get(theme);
    if (siblings) siblings.push(entry);
    else byTheme.set(theme, [entry]);
    const source = sources.get(sourceSlug);
    if (!source) {
      if (existsSync(join(root, 'seeds', `${sourceSlug}.txt`))) underived.set(sourceSlug, (underived.get(sourceSlug) ?? 0) + 1);
      else if (!failedSources.has(sourceSlug))
        errors.push({
          file: entry.file,
          line: entry.lineOf(['source']),
          field: 'source',
          detail: `expected one of ${[...sources.keys()].join(', ') || '(no sources)'}, found "${sourceSlug}"`,
        });
      continue;
    }
    // An entry's checks against its source depend on the two files alone (and whether the source is sound).
    const sound = !unsound.has(source.id);
    const cited = memo.about(entry, sound ? 'citations' : 'citations of an unsound source', source, () => ({
      errors: [...checkCitations(entry, source), ...(sound ? checkKind(entry, source) : [])],
      stale: staleCitations(entry, source),
    }));
    errors.push(...cited.errors);
    warnings.push(...cited.stale);
  }

  for (const [slug, count] of underived) {
    if (failedSources.has(slug)) continue;
    errors.push({
      file: `content/sources/${slug}.yaml`,
      detail: `expected the source derived from seeds/${slug}.txt, which ${count === 1 ? '1 entry cites' : `${count} entries cite`}, found no file; run "npm run derive"`,
    });
  }
  errors.push(...sameSectionTwice(tree.entries));

  // A source whose seed is there but whose file is not is reported once, above, not again for every theme citing it.
  const gone = new Set([
    ...failedSources,
    ...tree.themes.flatMap((t) => t.data.cites.map((c) => c.source)).filter((slug) => existsSync(join(root, 'seeds', `${slug}.txt`))),
  ]);
  for (const theme of tree.themes) errors.push(...checkThemeCitations(theme, sources, gone, unsound));

  // A source with problems of its own, that failed to load or is still to be derived has its own error; the terms and
  // timeline items citing it would only repeat it.
  const cannotJudge = new Set([
    ...unsound,
    ...failedSources,
    ...[...tree.terms, ...tree.timeline]
      .flatMap((t) => t.data.source ?? [])
      .filter((slug) => !sources.has(slug) && existsSync(join(root, 'seeds', `${slug}.txt`))),
  ]);
  const proposals = checkTermsAndTimeline(tree.terms, tree.timeline, { byId: sources, unsound: cannotJudge }, memo);
  errors.push(...proposals.errors);
  warnings.push(...proposals.warnings);

  for (const item of [...tree.themes, ...tree.entries, ...tree.terms, ...tree.timeline]) {
    for (const { line, detail, severity } of memo.about(item, 'markup', undefined, () => findUnsafeMarkup(item.body))) {
      (severity === 'error' ? errors : warnings).push({ file: item.file, line: item.bodyLine + line - 1, detail });
    }
  }

  for (const [theme, entries] of byTheme) {
    duplicates(
      entries,
      (e) => e.id.split('/').pop()!,
      (e, first) => errors.push({ file: e.file, detail: `duplicate slug in theme "${theme}": ${first.file} has the same file name` }),
    );
    duplicates(
      entries,
      (e) => String(e.data.order),
      (e, first) =>
        errors.push({
          file: e.file,
          line: e.lineOf(['order']),
          field: 'order',
          detail: `expected a unique order in theme "${theme}", found ${e.data.order} (also used by ${first.file})`,
        }),
    );
  }
  // A theme whose entries failed to load is not empty: their own errors say what is wrong.
  const unloaded = new Set(tree.problems.map((p) => /^content\/entries\/([^/]+)\//.exec(p.file)?.[1]));
  for (const theme of tree.themes) {
    if (!byTheme.has(theme.id) && !unloaded.has(theme.id)) {
      const closest = closestSections(theme.id, tree.themes, tree.sources);
      const hint =
        closest.length > 0
          ? `; the closest sections are ${closest.join(', ')}: add keywords they use and run "npm run derive", or map one under "themes:" in its seed's metadata file`
          : '';
      errors.push({
        file: theme.file,
        detail: `theme "${theme.id}" has no entries; add one under content/entries/${theme.id}/ or remove the theme${hint}`,
      });
    }
  }
  // Translations are judged against a site.yaml that loads; without one, its own error says what is wrong.
  const translations = settings ? translationStates(root, tree, settings, memo) : [];
  const translated = settings ? checkTranslations(tree, settings, translations) : { errors: [], stale: [] };
  errors.push(...translated.errors);
  return {
    errors,
    warnings,
    drafts: [...proposedThemes(tree.themes), ...proposals.drafts],
    staleTranslations: translated.stale,
    translations,
    tree,
  };
}

/** One draft per theme derive proposed, on its status line. */
function proposedThemes(themes: readonly Loaded<Theme>[]): Problem[] {
  return themes
    .filter((t) => t.data.status === 'proposed')
    .map((t) => ({
      file: t.file,
      line: t.lineOf(['status']),
      field: 'status',
      detail: `proposed theme "${t.id}" is a draft; write its question and summary, then delete the status line`,
    }));
}

function checkSource(source: Loaded<Source>, themes: Map<string, unknown>, failedThemes: Set<string | undefined>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  source.data.paragraphs.forEach((p, i) => {
    if (ids.has(p.id))
      problems.push({
        file: source.file,
        line: source.lineOf(['paragraphs', i, 'id']),
        field: `paragraphs[${i}].id`,
        detail: `expected a unique paragraph id, found "${p.id}" twice`,
      });
    ids.add(p.id);
    if (contentHash(p.text) !== p.hash) {
      problems.push({
        file: source.file,
        line: source.lineOf(['paragraphs', i, 'text']),
        field: `paragraphs[${i}].text`,
        detail: `expected the text the hash records, found it edited; sources are derived: edit the seed and run "npm run derive"`,
      });
    }
  });
  const refs: [string, (string | number)[], string][] = [
    ...source.data.lead.map((id, i): [string, (string | number)[], string] => [id, ['lead', i], `lead[${i}]`]),
    ...source.data.sections.flatMap((s, si) =>
      s.paragraphs.map((id, i): [string, (string | number)[], string] => [
        id,
        ['sections', si, 'paragraphs', i],
        `sections[${si}].paragraphs[${i}]`,
      ]),
    ),
    ...source.data.furtherReading.map((f, i): [string, (string | number)[], string] => [
      f.paragraph,
      ['furtherReading', i, 'paragraph'],
      `furtherReading[${i}].paragraph`,
    ]),
  ];
  for (const [id, path, field] of refs) {
    if (!ids.has(id))
      problems.push({ file: source.file, line: source.lineOf(path), field, detail: `expected an id from paragraphs, found "${id}"` });
  }
  source.data.sections.forEach((s, i) => {
    if (s.theme !== null && !themes.has(s.theme) && !failedThemes.has(s.theme))
      problems.push({
        file: source.file,
        line: source.lineOf(['sections', i, 'theme']),
        field: `sections[${i}].theme`,
        detail: `expected one of ${[...themes.keys()].join(', ')}, found "${s.theme}"`,
      });
  });
  return problems;
}

/** Calls `report(item, firstWithSameKey)` for every item whose key was seen before. */
function duplicates<T>(items: readonly T[], key: (item: T) => string, report: (item: T, first: T) => void): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const first = seen.get(key(item));
    if (first) report(item, first);
    else seen.set(key(item), item);
  }
}
