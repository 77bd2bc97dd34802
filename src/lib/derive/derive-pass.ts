/**
 * One derive pass: seeds → content, for every article or, when the manifest
 * says what changed (src/lib/derive/changes.ts), for the articles a change
 * can reach. Writes only what changed, never overwrites a file a person
 * edited (unless forced, and then says so), writes atomically and never
 * outside `content/`. Entries are found by what they were derived from
 * (identity.ts), so a renamed seed, a moved entry or a new article leaves
 * every other file as it is. Themes it proposes (derive-themes.ts) are
 * written as new theme files, never over an existing one; key terms and
 * timeline items (proposals.ts) are proposed after the entries. Returns the
 * report and the manifest for the next run.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { atomicWriter } from '../content-files/atomic-write.ts';
import { listFiles } from '../content-files/list-files.ts';
import { InputError, type Problem } from '../model/errors.ts';
import type { SourceInput } from '../model/schema.ts';
import { readSeeds, type Seed } from '../article/seeds.ts';
import { seedFiles, THEME_EXTENSIONS, type Changes } from './changes.ts';
import { derivedPaths, isProposal } from './derived-paths.ts';
import { deriveThemes, loadThemeFiles } from './derive-themes.ts';
import { readDirtyFiles, slugOfSource } from './dirty-files.ts';
import { isTermGroup, termGroup } from './term-group.ts';
import { insideContent, readExisting, readExistingFiles } from './existing-files.ts';
import { signFiles, type FileSignature } from './file-signature.ts';
import { EntryIndex } from './identity.ts';
import { leftovers } from './leftovers.ts';
import type { Manifest } from './manifest.ts';
import type { SeedReport } from './manifest-format.ts';
import { narrowPlacements } from './narrow-placements.ts';
import { nextManifest, type WrittenFile } from './next-manifest.ts';
import { deriveFile, slugOfSeed, type Planned } from './outcome.ts';
import { planArticle, type PlannedFile, type SectionPlacement } from './plan.ts';
import { orderOf, Placement, type EntrySpot } from './placement.ts';
import { proposedThemeFile, proposedThemePath } from './proposed-theme-file.ts';
import type { PlannedTerm } from './plan-terms.ts';
import { planProposals, seedTerms, termGroups } from './proposals.ts';
import { findRenames } from './renames.ts';
import { repointed, repointedThemes } from './repoint.ts';
import { completeReport, emptyReport, type DeriveReport } from './report.ts';
import { keepSuperseded, survivingCitations } from './superseded.ts';

export interface PassOptions {
  root: string;
  force: boolean;
  dryRun: boolean;
  today: string;
  propose: boolean;
  /** When the pass reads its inputs, for their signatures (file-signature.ts). */
  now: number;
  /** What changed since the last run; absent for a full pass. */
  since?: { manifest: Manifest; changes: Changes };
}

export interface PassResult {
  report: DeriveReport;
  /** What to remember for the next run; undefined after a dry run, or when a file's article cannot be told. */
  manifest: Omit<Manifest, 'format' | 'tool'> | undefined;
}

/** The inputs a pass works on, each signed before it is read (file-signature.ts). */
function readInputs(options: PassOptions, contentDir: string) {
  const { root, now, since } = options;
  const signing = !options.dryRun;
  const themeDir = join(contentDir, 'themes');
  const themeSignatures = !signing
    ? {}
    : since
      ? { ...since.manifest.themes, ...since.changes.refreshed.themes }
      : signFiles(themeDir, listFiles(themeDir, THEME_EXTENSIONS), now);
  const themeFiles = loadThemeFiles(root);

  const { seeds: seedNames, metas } = seedFiles(root);
  const slugOfName = (name: string) => name.replace(/\.(txt|ya?ml)$/, '');
  const live = seedNames.map(slugOfName);
  const seedSignatures: Record<string, FileSignature> = {};
  const parsed = new Map<string, Seed>();
  const termsOf = new Map<string, PlannedTerm[]>();
  const parse = (slugs: readonly string[]) => {
    const wanted = new Set(slugs);
    if (signing)
      Object.assign(
        seedSignatures,
        signFiles(
          join(root, 'seeds'),
          [...seedNames, ...metas].filter((name) => wanted.has(slugOfName(name))),
          now,
        ),
      );
    for (const seed of since
      ? readSeeds(
          root,
          slugs.map((slug) => `${slug}.txt`),
        )
      : readSeeds(root)) {
      parsed.set(seed.slug, seed);
      termsOf.set(seed.file, seedTerms(seed));
    }
  };
  const full = () => {
    parse(live.filter((slug) => !parsed.has(slug)));
    const files = readExistingFiles(contentDir, derivedPaths(contentDir), now);
    const seeds = live.map((slug) => parsed.get(slug)!);
    return {
      partial: undefined,
      themeSignatures,
      themeFiles,
      live,
      seedSignatures,
      seeds,
      termsOf,
      files,
      unread: [] as string[],
      decided: undefined,
    };
  };
  // A partial pass: the dirty articles, then the seeds supplying the terms they propose or proposed, until none is missing.
  let dirty = since && readDirtyFiles(contentDir, since.manifest, since.changes, now);
  if (!since || !dirty) return full();
  let also = new Set<string>();
  const changedTerms = new Set([...dirty.groups].filter(isTermGroup));
  let decided = new Set<string>();
  while (dirty) {
    const groups = dirty.groups;
    parse(live.filter((slug) => groups.has(slug) && !parsed.has(slug)));
    const terms = termSuppliers(live, parsed, termsOf, since.manifest, changedTerms, groups);
    decided = terms.decided;
    const more = [...terms.needed].filter((group) => !groups.has(group));
    if (more.length === 0) break;
    also = new Set([...also, ...more]);
    dirty = readDirtyFiles(contentDir, since.manifest, since.changes, now, also);
  }
  // A file whose group cannot be told: the pass is full after all.
  if (!dirty) return full();
  for (const name of [...seedNames, ...metas]) {
    const kept = !parsed.has(slugOfName(name)) && (since.changes.refreshed.seeds[name] ?? since.manifest.seeds[name]);
    if (kept && signing) seedSignatures[name] = kept;
  }
  const files = dirty.files;
  const unread = Object.keys(since.manifest.files).filter(
    (path) => !files.has(path) && !dirty.groups.has(since.manifest.files[path]!.group),
  );
  const seeds = live.filter((slug) => parsed.has(slug)).map((slug) => parsed.get(slug)!);
  return { partial: since, themeSignatures, themeFiles, live, seedSignatures, seeds, termsOf, files, unread, decided };
}

/**
 * The term groups a partial pass decides, and the groups it must read for them: a term a read
 * seed proposes, a dirty article proposed, or whose files changed, is decided unless the seed
 * supplying it (the first proposing it) was not read and supplied it before; deciding it needs
 * its files and the seeds supplying it now and before.
 */
function termSuppliers(
  live: readonly string[],
  parsed: ReadonlyMap<string, Seed>,
  termsOf: ReadonlyMap<string, PlannedTerm[]>,
  manifest: Manifest,
  changedTerms: ReadonlySet<string>,
  groups: ReadonlySet<string>,
): { decided: Set<string>; needed: Set<string> } {
  const now = new Map<string, Set<string>>();
  for (const slug of live) {
    const seed = parsed.get(slug);
    now.set(slug, new Set(seed ? termGroups(termsOf.get(seed.file)!) : (manifest.reports[slug]?.terms ?? [])));
  }
  const touched = new Set([...groups].filter(isTermGroup));
  for (const slug of parsed.keys()) for (const group of now.get(slug)!) touched.add(group);
  // What the dirty articles proposed before, removed seeds' too.
  for (const slug of groups) for (const group of manifest.reports[slug]?.terms ?? []) touched.add(group);
  const decided = new Set<string>();
  const needed = new Set<string>();
  const liveSet = new Set(live);
  for (const group of touched) {
    const supplier = live.find((slug) => now.get(slug)!.has(group));
    const before = Object.keys(manifest.reports).find((slug) => manifest.reports[slug]!.terms.includes(group));
    if (supplier !== undefined && supplier === before && !parsed.has(supplier) && !changedTerms.has(group)) continue;
    decided.add(group);
    needed.add(group);
    if (supplier !== undefined) needed.add(supplier);
    if (before !== undefined && liveSet.has(before)) needed.add(before);
  }
  return { decided, needed };
}

/** Why derive has no theme to place sections in: no article yet, or articles too short to group. */
function noThemes(seeds: readonly Seed[]): string {
  if (seeds.length === 0)
    return 'no themes and no seeds: add an article to seeds/ for derive to propose themes from, or write content/themes/<slug>.md';
  const sections = seeds.reduce((n, seed) => n + seed.article.sections.length, 0);
  return `no themes, and seeds/ holds too few sections to propose themes from (${sections}): write content/themes/<slug>.md`;
}

export async function derivePass(options: PassOptions, contentDir: string): Promise<PassResult> {
  const { force } = options;
  const problems: Problem[] = [];
  const inputs = readInputs(options, contentDir);
  const { partial, themeSignatures, themeFiles, live, seedSignatures, seeds, unread } = inputs;
  // Sources and entries make articles; key terms and timeline items are proposed from them after.
  const files = new Map([...inputs.files].filter(([path]) => !isProposal(path)));
  const proposalFiles = new Map([...inputs.files].filter(([path]) => isProposal(path)));
  const { themes, proposed } = deriveThemes(themeFiles, seeds, { propose: options.propose });
  if (themes.length === 0) throw new InputError({ file: 'content/themes', detail: noThemes(seeds) });

  const others: EntrySpot[] = unread
    .filter((path) => !isProposal(path))
    .map((path) => ({ path, order: partial!.manifest.files[path]!.order }));
  const renames = findRenames(seeds, files);
  const renamed = new Map([...renames].map(([from, { seed }]) => [from, seed.slug]));
  const renamedFrom = new Map([...renames].map(([from, { seed }]) => [seed.slug, from]));
  const placement = new Placement(files, new EntryIndex(files, renamed), others);
  const planned: Planned[] = [];
  const placed: { seedFile: string; placements: readonly SectionPlacement[] }[] = [];
  for (const seed of seeds) {
    const plan = planArticle({
      ...seed,
      seedFile: seed.file,
      themes,
      today: options.today,
      place: (sections) => placement.place(seed.slug, sections),
    });
    problems.push(...plan.problems);
    placed.push({ seedFile: seed.file, placements: plan.placements });
    const rename = renames.get(renamedFrom.get(seed.slug) ?? '');
    if (rename && (files.get(rename.fromFile)!.unedited || force)) plan.source.previous = rename.fromFile;
    const from = rename?.from;
    for (const file of [plan.source, ...plan.entries]) planned.push({ file, seedFile: seed.file, seedHash: seed.hash, renamedFrom: from });
  }
  if (problems.length > 0) throw new InputError(problems);

  const report = emptyReport();
  const writer = atomicWriter();
  const written = new Map<string, WrittenFile>();
  const write = (path: string, file: WrittenFile) => {
    written.set(path, file);
    if (!options.dryRun) writer.add(insideContent(contentDir, path), file.text);
  };
  const gone = new Set<string>();
  const remove = (path: string) => {
    gone.add(path);
    if (!options.dryRun) rmSync(insideContent(contentDir, path));
  };
  for (const theme of proposed) {
    const path = proposedThemePath(theme.slug);
    if (existsSync(insideContent(contentDir, path))) continue;
    report.proposed.push(`content/${path}`);
    write(path, { text: proposedThemeFile(theme) });
  }
  const rewritten = new Set(
    planned.flatMap(({ file }) => {
      const from = file.previous ?? file.path;
      return files.get(from)?.unedited || force ? [from] : [];
    }),
  );
  const left = leftovers(files, new Set(planned.map(({ file }) => file.previous ?? file.path)), {
    live: new Set(live),
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

  // Seed by seed: what this run reports as unchanged and kept, and what a run that changes nothing will.
  const shown = new SeedReports(seeds.map((s) => s.file));
  const next = new SeedReports(seeds.map((s) => s.file));
  for (const seed of seeds) next.of(seed.file).terms = termGroups(inputs.termsOf.get(seed.file)!);
  for (const narrow of narrowPlacements(placed)) {
    shown.of(narrow.seedFile).narrow.push(narrow);
    next.of(narrow.seedFile).narrow.push(narrow);
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
    next.of(item.seedFile)[outcome.kind === 'kept' ? 'kept' : 'unchanged'].push(label);
    if (outcome.kind === 'kept' && inPlace.has(item.file.path)) continue;
    if (outcome.kind === 'unchanged' || outcome.kind === 'kept') {
      shown.of(item.seedFile)[outcome.kind].push(label);
      continue;
    }
    const from = `content/${item.file.previous}`;
    if (outcome.kind === 'moved') report[item.file.path.startsWith('sources/') ? 'renamed' : 'moved'].push(`${from} → ${label}`);
    else if (outcome.kind === 'repointed')
      report.repointed.push({ file: label, from: item.renamedFrom!, to: slugOfSeed(item.seedFile), edited: false });
    else report[outcome.kind].push(label);
    const data = item.file.data as { order?: number };
    const group = item.file.path.startsWith('sources/') ? slugOfSource(item.file.path) : slugOfSeed(item.seedFile);
    write(item.file.path, { text: outcome.text, group, order: data.order });
    if (item.file.previous) remove(item.file.previous);
  }
  // Key terms and timeline items: drafts that follow their seed until an editor touches them.
  const proposals = planProposals({
    seeds,
    termsOf: inputs.termsOf,
    files: proposalFiles,
    read: (path) => readExisting(contentDir, path, options.now),
    force,
    decided: inputs.decided,
  });
  report.undefinedTerms.push(...proposals.undefinedTerms);
  for (const item of proposals.planned) {
    const outcome = deriveFile(item, proposalFiles.get(item.file.path), force);
    const label = `content/${item.file.path}`;
    next.of(item.seedFile)[outcome.kind === 'kept' ? 'kept' : 'unchanged'].push(label);
    if (outcome.kind === 'unchanged' || outcome.kind === 'kept') {
      shown.of(item.seedFile)[outcome.kind].push(label);
      continue;
    }
    report[outcome.kind === 'replaced' ? 'replaced' : outcome.kind === 'created' ? 'created' : 'updated'].push(label);
    write(item.file.path, { text: outcome.text, group: groupOfPlanned(item.file) });
  }
  for (const path of proposals.leftover) {
    report.removed.push(`content/${path}`);
    remove(path);
  }
  for (const { path, text, from, to } of edits) {
    report.repointed.push({ file: `content/${path}`, from, to, edited: true });
    const entry = files.get(path);
    // A theme's file is remembered among the themes (no article).
    write(path, entry ? { text, group: to, order: orderOf(entry) } : { text });
  }
  await writer.done();

  for (const path of left.removed) {
    report.removed.push(`content/${path}`);
    remove(path);
  }
  report.orphans.push(...left.orphans);
  completeReport(report, live, shown.bySlug, partial?.manifest, unread);
  if (options.dryRun) return { report, manifest: undefined };
  const reports: Record<string, SeedReport> = {};
  for (const slug of live) reports[slug] = next.bySlug.get(slug) ?? partial!.manifest.reports[slug]!;
  const manifest = nextManifest({
    since: partial,
    unread,
    files: new Map([...files, ...proposalFiles]),
    written,
    gone,
    orphans: new Map(left.orphans.map(({ file, detail }) => [file.replace(/^content\//, ''), detail])),
    themes: themeSignatures,
    seeds: seedSignatures,
    reports,
  });
  return { report, manifest };
}

/** The group (dirty-files.ts) of a key term or timeline item derive writes. */
function groupOfPlanned(file: { path: string; data: unknown }): string {
  const { term } = file.data as { term?: string };
  return term === undefined ? file.path.split('/')[1]! : termGroup(term);
}

/** Report lists kept seed by seed, so a partial pass can put them in the order of a full one. */
class SeedReports {
  readonly bySlug = new Map<string, SeedReport>();

  constructor(seedFiles: readonly string[]) {
    for (const file of seedFiles) this.bySlug.set(slugOfSeed(file), { unchanged: [], kept: [], narrow: [], terms: [] });
  }

  of(seedFile: string): SeedReport {
    return this.bySlug.get(slugOfSeed(seedFile))!;
  }
}
