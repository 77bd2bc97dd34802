/**
 * `derive`: seeds → content. Writes only what changed, never overwrites a
 * file a person edited (unless forced, and then says so), writes atomically
 * and never outside `content/`. Themes it proposes (derive-themes.ts) are
 * written as new theme files, never over an existing one.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { contentDigest } from '../model/derived-record.ts';
import { TEMP_FILE, atomicWriter } from '../content-files/atomic-write.ts';
import { InputError, type Problem } from '../model/errors.ts';
import { stringifyMarkdown, stringifyYaml } from '../content-files/frontmatter.ts';
import { derivedFilesOnDisk, insideContent, readExisting } from './existing-files.ts';
import { withLock } from './lock.ts';
import { planArticle, type PlannedFile } from './plan.ts';
import type { SourceInput } from '../model/schema.ts';
import { deriveThemes, loadThemeFiles } from './derive-themes.ts';
import type { SectionPlacement } from './plan.ts';
import { proposedThemeFile, proposedThemePath } from './proposed-theme-file.ts';
import { readSeeds } from '../article/seeds.ts';
import { keepSuperseded, survivingCitations } from './superseded.ts';

export interface DeriveOptions {
  root: string;
  /** Replace edited files too. */
  force?: boolean;
  /** Only report what would change. */
  dryRun?: boolean;
  /** `YYYY-MM-DD` stamped on new or changed entries. */
  today?: string;
  /** Propose new themes for sections that fit no existing theme. */
  propose?: boolean;
}

/** A section placed by a narrow margin: the runner-up scored close to the winner. */
export interface NarrowPlacement {
  seedFile: string;
  heading: string;
  theme: string;
  runnerUp: string;
  /** The runner-up's score as a share of the winner's. */
  share: number;
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
  /** Theme files written for proposed themes (never over an existing file). */
  proposed: string[];
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

  const nextOrder = new Map<string, number>();
  const taken = new Set<string>();
  const planned: { file: PlannedFile<object>; seedFile: string; seedHash: string }[] = [];
  const placed: { seedFile: string; placements: readonly SectionPlacement[] }[] = [];
  for (const seed of seeds) {
    const plan = planArticle({ ...seed, seedFile: seed.file, themes, nextOrder, taken, today });
    problems.push(...plan.problems);
    placed.push({ seedFile: seed.file, placements: plan.placements });
    for (const file of [plan.source, ...plan.entries]) planned.push({ file, seedFile: seed.file, seedHash: seed.hash });
  }
  if (problems.length > 0) throw new InputError(problems);
  const report: DeriveReport = { created: [], updated: [], removed: [], unchanged: [], kept: [], replaced: [], proposed: [], narrow: [] };
  const writer = atomicWriter();
  const plannedPaths = new Set(planned.map((p) => p.file.path));
  const existingFiles = new Map(derivedFilesOnDisk(contentDir).map((path) => [path, readExisting(contentDir, path)]));
  const seedFiles = new Set(planned.map((p) => p.seedFile));
  report.narrow = narrowPlacements(placed);
  for (const theme of proposed) {
    const path = proposedThemePath(theme.slug);
    if (existsSync(insideContent(contentDir, path))) continue;
    report.proposed.push(`content/${path}`);
    if (!options.dryRun) writer.add(insideContent(contentDir, path), proposedThemeFile(theme));
  }
  const surviving = survivingCitations(existingFiles, plannedPaths, options.force ?? false);
  for (const { file } of planned) {
    if (file.path.startsWith('sources/')) keepSuperseded(file as PlannedFile<SourceInput>, existingFiles.get(file.path), surviving);
  }

  for (const [i, { file, seedFile, seedHash }] of planned.entries()) {
    // Let finished writes hand over to waiting ones while files are still being prepared.
    if (i % 32 === 31) await new Promise((resolve) => setImmediate(resolve));
    const label = `content/${file.path}`;
    const existing = existingFiles.get(file.path);
    const data =
      existing?.unedited && typeof existing.data?.['updated'] === 'string'
        ? { ...file.data, updated: existing.data['updated'] }
        : file.data;
    const digest = contentDigest(data, file.body);
    if (existing?.unedited && (existing.data?.['derived'] as { digest: string }).digest === digest) {
      report.unchanged.push(label);
      continue;
    }
    // Usually `data` is `file.data`, and the digest just computed is the one to record.
    const record = { from: seedFile, seed: seedHash, digest: data === file.data ? digest : contentDigest(file.data, file.body) };
    const output = { ...file.data, derived: record };
    const text = file.path.endsWith('.md') ? stringifyMarkdown(output, file.body) : sourceHeader(seedFile) + stringifyYaml(output);
    if (!existing) report.created.push(label);
    else if (existing.unedited) report.updated.push(label);
    else if (!options.force) {
      report.kept.push(label);
      continue;
    } else report.replaced.push(label);
    if (!options.dryRun) writer.add(insideContent(contentDir, file.path), text);
  }
  await writer.done();

  for (const [path, existing] of existingFiles) {
    if (plannedPaths.has(path)) continue;
    const from = (existing?.data?.['derived'] as { from?: string } | undefined)?.from;
    if (!from || !seedFiles.has(from)) continue;
    if (!existing?.unedited && !options.force) {
      report.kept.push(`content/${path}`);
      continue;
    }
    report.removed.push(`content/${path}`);
    if (!options.dryRun) rmSync(insideContent(contentDir, path));
  }
  return report;
}

function narrowPlacements(seeds: readonly { seedFile: string; placements: readonly SectionPlacement[] }[]): NarrowPlacement[] {
  return seeds.flatMap(({ seedFile, placements }) =>
    placements.flatMap(({ heading, placement, mapped }) =>
      !mapped && placement.narrow && placement.theme && placement.runnerUp
        ? [
            {
              seedFile,
              heading,
              theme: placement.theme,
              runnerUp: placement.runnerUp.theme,
              share: placement.runnerUp.score / placement.score,
            },
          ]
        : [],
    ),
  );
}

function sourceHeader(seedFile: string): string {
  return `# Derived from ${seedFile} by "npm run derive". Edit the seed, not this file.\n`;
}
