/**
 * What a derive pass reads, each input signed before it is read
 * (existing/file-signature.ts): the theme files, the seeds, and the derived
 * files. A full pass reads them all. A partial pass, when the manifest says
 * what changed (manifest/changes.ts), reads the dirty articles, then the
 * seeds supplying the key terms they propose or proposed, until none is
 * missing; a file whose article cannot be told makes it full after all.
 */
import { join } from 'node:path';
import { listFiles } from '../content-files/list-files.ts';
import { readSeeds, type Seed } from '../article/seeds.ts';
import { derivedPaths } from './existing/derived-paths.ts';
import { readExistingFiles, type Existing } from './existing/existing-files.ts';
import { signFiles, type FileSignature } from './existing/file-signature.ts';
import { isTermGroup } from './existing/groups.ts';
import { loadStoryFiles, loadThemeFiles, type ThemeFile } from './themes/derive-themes.ts';
import type { PlannedTerm } from './terms-timeline/plan-terms.ts';
import { seedTerms, termGroups } from './terms-timeline/proposals.ts';
import { seedFiles, storyAndThemeFiles, type Changes } from './manifest/changes.ts';
import { readDirtyFiles, type DirtyFiles } from './manifest/dirty-files.ts';
import type { Manifest } from './manifest/manifest.ts';

export interface InputOptions {
  root: string;
  dryRun: boolean;
  /** When the pass reads its inputs, for their signatures (file-signature.ts). */
  now: number;
  /** What changed since the last run; absent for a full pass. */
  since?: { manifest: Manifest; changes: Changes };
  /** Propose every key term and timeline item, not only those within the room for drafts (rank-drafts.ts). */
  allDrafts?: boolean;
}

export interface PassInputs {
  /** What changed since the last run, when the pass is partial. */
  partial: { manifest: Manifest; changes: Changes } | undefined;
  themeSignatures: Record<string, FileSignature>;
  themeFiles: ThemeFile[];
  /** Slugs of the stories in content/stories/. */
  storyFiles: string[];
  /** Slugs of the seeds in `seeds/`. */
  live: string[];
  seedSignatures: Record<string, FileSignature>;
  /** The seeds read, in reading order. */
  seeds: Seed[];
  /** The key terms each seed read proposes, by seed file. */
  termsOf: Map<string, PlannedTerm[]>;
  /** The derived files read, by path relative to `content/`. */
  files: Map<string, Existing>;
  /** Manifest records of the files of articles this pass does not read. */
  unread: string[];
  /** The term groups a partial pass decides; all of them when undefined. */
  decided: Set<string> | undefined;
}

const slugOfName = (name: string) => name.replace(/\.(txt|ya?ml)$/, '');

/** The seeds of `seeds/`, parsed (and signed) on demand, with what each proposes as key terms. */
class SeedReader {
  readonly names: string[];
  readonly metas: string[];
  readonly live: string[];
  readonly signatures: Record<string, FileSignature> = {};
  readonly parsed = new Map<string, Seed>();
  readonly termsOf = new Map<string, PlannedTerm[]>();
  private readonly options: InputOptions;

  constructor(options: InputOptions) {
    this.options = options;
    const { seeds, metas } = seedFiles(options.root);
    this.names = seeds;
    this.metas = metas;
    this.live = seeds.map(slugOfName);
  }

  read(slugs: readonly string[]): void {
    const { root, now, since } = this.options;
    const wanted = new Set(slugs);
    if (!this.options.dryRun) {
      const names = [...this.names, ...this.metas].filter((name) => wanted.has(slugOfName(name)));
      Object.assign(this.signatures, signFiles(join(root, 'seeds'), names, now));
    }
    const seeds = since
      ? readSeeds(
          root,
          slugs.map((slug) => `${slug}.txt`),
        )
      : readSeeds(root);
    for (const seed of seeds) {
      this.parsed.set(seed.slug, seed);
      this.termsOf.set(seed.file, seedTerms(seed, { all: this.options.allDrafts ?? false }));
    }
  }

  /** The seeds read, in the order of `seeds/`. */
  seeds(): Seed[] {
    return this.live.filter((slug) => this.parsed.has(slug)).map((slug) => this.parsed.get(slug)!);
  }

  /** A partial pass remembers the seeds it did not read as the manifest has them. */
  keepUnread({ manifest, changes }: { manifest: Manifest; changes: Changes }): void {
    if (this.options.dryRun) return;
    for (const name of [...this.names, ...this.metas]) {
      const kept = !this.parsed.has(slugOfName(name)) && (changes.refreshed.seeds[name] ?? manifest.seeds[name]);
      if (kept) this.signatures[name] = kept;
    }
  }
}

function themeSignatures({ dryRun, since, now }: InputOptions, contentDir: string): Record<string, FileSignature> {
  if (dryRun) return {};
  if (since) return { ...since.manifest.themes, ...since.changes.refreshed.themes };
  return signFiles(join(contentDir, 'themes'), storyAndThemeFiles(contentDir), now);
}

export function readInputs(options: InputOptions, contentDir: string): PassInputs {
  const themes = {
    themeSignatures: themeSignatures(options, contentDir),
    themeFiles: loadThemeFiles(options.root),
    storyFiles: loadStoryFiles(options.root),
  };
  const reader = new SeedReader(options);
  const partial = options.since && readDirty(options.since, reader, contentDir, options.now);
  if (options.since && partial) {
    reader.keepUnread(options.since);
    const unread = Object.keys(options.since.manifest.files).filter(
      (path) => !partial.dirty.files.has(path) && !partial.dirty.groups.has(options.since!.manifest.files[path]!.group),
    );
    const seeds = { live: reader.live, seedSignatures: reader.signatures, seeds: reader.seeds(), termsOf: reader.termsOf };
    return { partial: options.since, ...themes, ...seeds, files: partial.dirty.files, unread, decided: partial.decided };
  }
  reader.read(reader.live.filter((slug) => !reader.parsed.has(slug)));
  const files = readExistingFiles(contentDir, derivedPaths(contentDir), options.now);
  const seeds = reader.live.map((slug) => reader.parsed.get(slug)!);
  const read = { live: reader.live, seedSignatures: reader.signatures, seeds, termsOf: reader.termsOf };
  return { partial: undefined, ...themes, ...read, files, unread: [], decided: undefined };
}

/**
 * A partial pass's files: the dirty articles', then those of the seeds supplying the terms they
 * propose or proposed, until none is missing. Undefined when a file's article cannot be told.
 */
function readDirty(
  since: { manifest: Manifest; changes: Changes },
  reader: SeedReader,
  contentDir: string,
  now: number,
): { dirty: DirtyFiles; decided: Set<string> } | undefined {
  let dirty = readDirtyFiles(contentDir, since.manifest, since.changes, now);
  if (!dirty) return undefined;
  let also = new Set<string>();
  const changedTerms = new Set([...dirty.groups].filter(isTermGroup));
  let decided = new Set<string>();
  while (dirty) {
    const groups = dirty.groups;
    reader.read(reader.live.filter((slug) => groups.has(slug) && !reader.parsed.has(slug)));
    const terms = termSuppliers(reader, since.manifest, changedTerms, groups);
    decided = terms.decided;
    const more = [...terms.needed].filter((group) => !groups.has(group));
    if (more.length === 0) break;
    also = new Set([...also, ...more]);
    dirty = readDirtyFiles(contentDir, since.manifest, since.changes, now, also);
  }
  return dirty && { dirty, decided };
}

/**
 * The term groups a partial pass decides, and the groups it must read for them: a term a read
 * seed proposes, a dirty article proposed, or whose files changed, is decided unless the seed
 * supplying it (the first proposing it) was not read and supplied it before; deciding it needs
 * its files and the seeds supplying it now and before.
 */
function termSuppliers(
  { live, parsed, termsOf }: SeedReader,
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
