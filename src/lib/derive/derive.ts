/**
 * `derive`: seeds → content. Writes only what changed, never overwrites a
 * file a person edited (unless forced, and then says so), writes atomically
 * and never outside `content/`. Entries are found by what they were derived
 * from (src/lib/derive/identity.ts), so a renamed seed, a moved entry or a
 * new article leaves every other file as it is. Themes it proposes
 * (derive-themes.ts) are written as new theme files, never over an existing
 * one.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { TEMP_FILE, atomicWriter } from '../content-files/atomic-write.ts';
import { InputError, type Problem } from '../model/errors.ts';
import { insideContent, readExistingFiles } from './existing-files.ts';
import { EntryIndex } from './identity.ts';
import { withLock } from './lock.ts';
import { leftovers } from './leftovers.ts';
import { planArticle, type PlannedFile } from './plan.ts';
import { Placement } from './placement.ts';
import { findRenames } from './renames.ts';
import { repointed, repointedThemes } from './repoint.ts';
import { deriveFile, slugOfSeed, type Planned } from './outcome.ts';
import type { SourceInput } from '../model/schema.ts';
import { deriveThemes, loadThemeFiles } from './derive-themes.ts';
import { narrowPlacements, type NarrowPlacement } from './narrow-placements.ts';
import type { SectionPlacement } from './plan.ts';
import { proposedThemeFile, proposedThemePath } from './proposed-theme-file.ts';
import { readSeeds } from '../article/seeds.ts';
import { keepSuperseded, survivingCitations } from './superseded.ts';
import { planProposals } from './proposals.ts';

export interface DeriveOptions {
  root: string;
  /** Replace edited files too. */
  force?: boolean;
  /** Only report what would change. */
  dryRun?: boolean;
  /** `YYYY-MM-DD` stamped on new entries and on entries whose substance changed. */
  today?: string;
  /** Propose new themes for sections that fit no existing theme. */
  propose?: boolean;
}

export interface DeriveReport {
  created: string[];
  updated: string[];
  removed: string[];
  unchanged: string[];
  /** Edited by a person and left alone. */
  kept: string[];
  /** Edited by a person and overwritten because of `force`. */
  replaced: string[];
  /** Sources whose seed was renamed: `content/sources/<old>.yaml → content/sources/<new>.yaml`. */
  renamed: string[];
  /** Entries pointed at the new name of a renamed source, edited (only `source` changed) or not. */
  repointed: { file: string; from: string; to: string; edited: boolean }[];
  /** Unedited entries that followed a change of theme assignment: `<from> → <to>`. */
  moved: string[];
  /** Edited files whose section or seed is gone: kept, with what to do about them. */
  orphans: { file: string; detail: string }[];
  /** Theme files written for proposed themes (never over an existing file). */
  proposed: string[];
  /** Term files proposed for acronyms the article uses without defining: `<file>: <seed> <paragraph>`. */
  undefinedTerms: string[];
  narrow: NarrowPlacement[];
}

export async function derive(options: DeriveOptions): Promise<DeriveReport> {
  const contentDir = resolve(options.root, 'content');
  if (options.dryRun) return deriveUnlocked(options, contentDir);
  mkdirSync(contentDir, { recursive: true });
  return withLock(join(contentDir, '.derive.lock'), 'content/.derive.lock', () => {
    removeInterruptedWrites(contentDir);
    return deriveUnlocked(options, contentDir);
  });
}

/** Temporary files of a derive that was killed before it could rename them. */
function removeInterruptedWrites(contentDir: string): void {
  for (const name of readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) {
    if (TEMP_FILE.test(basename(name))) rmSync(join(contentDir, name), { force: true });
  }
}

async function deriveUnlocked(options: DeriveOptions, contentDir: string): Promise<DeriveReport> {
  const { root } = options;
  const force = options.force ?? false;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems: Problem[] = [];
  const themeFiles = loadThemeFiles(root);
  const seeds = readSeeds(root);
  const { themes, proposed } = deriveThemes(themeFiles, seeds, { propose: options.propose ?? false });
  if (themes.length === 0)
    throw new InputError({
      file: 'content/themes',
      detail: 'no themes and no seeds: add an article to seeds/ for derive to propose themes from, or write content/themes/<slug>.md',
    });

  const files = readExistingFiles(contentDir);
  const renames = findRenames(seeds, files);
  const renamed = new Map([...renames].map(([from, { seed }]) => [from, seed.slug]));
  const renamedFrom = new Map([...renames].map(([from, { seed }]) => [seed.slug, from]));
  const placement = new Placement(files, new EntryIndex(files, renamed));
  const planned: Planned[] = [];
  const placed: { seedFile: string; placements: readonly SectionPlacement[] }[] = [];
  for (const seed of seeds) {
    const plan = planArticle({ ...seed, seedFile: seed.file, themes, today, place: (sections) => placement.place(seed.slug, sections) });
    problems.push(...plan.problems);
    placed.push({ seedFile: seed.file, placements: plan.placements });
    const rename = renames.get(renamedFrom.get(seed.slug) ?? '');
    if (rename && (files.get(rename.fromFile)!.unedited || force)) plan.source.previous = rename.fromFile;
    const from = rename?.from;
    for (const file of [plan.source, ...plan.entries]) planned.push({ file, seedFile: seed.file, seedHash: seed.hash, renamedFrom: from });
  }
  if (problems.length > 0) throw new InputError(problems);

  const report: DeriveReport = {
    created: [],
    updated: [],
    removed: [],
    unchanged: [],
    kept: [],
    replaced: [],
    renamed: [],
    repointed: [],
    moved: [],
    orphans: [],
    proposed: [],
    undefinedTerms: [],
    narrow: narrowPlacements(placed),
  };
  const writer = atomicWriter();
  const write = (path: string, text: string) => {
    if (!options.dryRun) writer.add(insideContent(contentDir, path), text);
  };
  const remove = (path: string) => {
    if (!options.dryRun) rmSync(insideContent(contentDir, path));
  };
  for (const theme of proposed) {
    const path = proposedThemePath(theme.slug);
    if (existsSync(insideContent(contentDir, path))) continue;
    report.proposed.push(`content/${path}`);
    write(path, proposedThemeFile(theme));
  }
  const rewritten = new Set(
    planned.flatMap(({ file }) => {
      const from = file.previous ?? file.path;
      return files.get(from)?.unedited || force ? [from] : [];
    }),
  );
  const left = leftovers(files, new Set(planned.map(({ file }) => file.previous ?? file.path)), {
    live: new Set(seeds.map((s) => s.slug)),
    renamed,
    force,
  });
  const removed = new Set(left.removed);
  // The entries this run leaves as they are: neither rewritten from their seed nor removed.
  const stays = (path: string) => !rewritten.has(path) && !removed.has(path);
  const surviving = survivingCitations(files, stays, renamed);
  for (const { file } of planned) {
    if (file.path.startsWith('sources/'))
      keepSuperseded(file as PlannedFile<SourceInput>, files.get(file.previous ?? file.path), surviving);
  }

  // Edited entries of a renamed seed get only their source changed; they are listed once, as re-pointed.
  // So do the citations of themes that cite it.
  const edits = [...repointed(files, renames, stays), ...repointedThemes(contentDir, themeFiles, renames)];
  const inPlace = new Set(edits.map((e) => e.path));
  for (const [i, item] of planned.entries()) {
    // Let finished writes hand over to waiting ones while files are still being prepared.
    if (i % 32 === 31) await new Promise((resolve) => setImmediate(resolve));
    const outcome = deriveFile(item, files.get(item.file.previous ?? item.file.path), force);
    const label = `content/${item.file.path}`;
    if (outcome.kind === 'kept' && inPlace.has(item.file.path)) continue;
    if (outcome.kind === 'unchanged' || outcome.kind === 'kept') {
      report[outcome.kind].push(label);
      continue;
    }
    const from = `content/${item.file.previous}`;
    if (outcome.kind === 'moved') report[item.file.path.startsWith('sources/') ? 'renamed' : 'moved'].push(`${from} → ${label}`);
    else if (outcome.kind === 'repointed')
      report.repointed.push({ file: label, from: item.renamedFrom!, to: slugOfSeed(item.seedFile), edited: false });
    else report[outcome.kind].push(label);
    write(item.file.path, outcome.text);
    if (item.file.previous) remove(item.file.previous);
  }
  // Key terms and timeline items: proposed drafts that follow their seed until an editor touches them.
  const proposals = planProposals(seeds, contentDir, force);
  report.undefinedTerms.push(...proposals.undefinedTerms);
  for (const item of proposals.planned) {
    const outcome = deriveFile(item, proposals.existing.get(item.file.path), force);
    const label = `content/${item.file.path}`;
    if (outcome.kind === 'unchanged' || outcome.kind === 'kept') report[outcome.kind].push(label);
    else {
      report[outcome.kind === 'replaced' ? 'replaced' : outcome.kind === 'created' ? 'created' : 'updated'].push(label);
      write(item.file.path, outcome.text);
    }
  }
  for (const path of proposals.leftover) {
    report.removed.push(`content/${path}`);
    remove(path);
  }
  for (const { path, text, from, to } of edits) {
    report.repointed.push({ file: `content/${path}`, from, to, edited: true });
    write(path, text);
  }
  await writer.done();

  for (const path of left.removed) {
    report.removed.push(`content/${path}`);
    remove(path);
  }
  report.orphans.push(...left.orphans);
  return report;
}
