/**
 * Each planned file against the one on disk (plan/outcome.ts): written,
 * kept, moved, removed, and reported. Writes are atomic and never land
 * outside `content/`; a dry run writes nothing and reports the same. What
 * is written is remembered for the next run's manifest, with the lists a
 * run that changes nothing will report, seed by seed.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { atomicWriter } from '../content-files/atomic-write.ts';
import type { Seed } from '../article/seeds.ts';
import { insideContent, type Existing } from './existing/existing-files.ts';
import { slugOfSource, termGroup } from './existing/groups.ts';
import { translationsOf } from './existing/translated-entries.ts';
import { proposedThemeFile, proposedThemePath } from './themes/proposed-theme-file.ts';
import type { ProposedTheme } from './themes/propose.ts';
import type { StoryDecisions } from './themes/decide-stories.ts';
import { storyFile, storyPath } from './themes/story-file.ts';
import { decisionLine } from './themes/story-lines.ts';
import { editFrontmatter } from '../content-files/edit-frontmatter.ts';
import type { Leftovers } from './plan/leftovers.ts';
import { narrowPlacements, weakPlacements } from './plan/narrow-placements.ts';
import { deriveFile, slugOfSeed, type Planned } from './plan/outcome.ts';
import type { SectionPlacement } from './plan/plan.ts';
import { orderOf } from './plan/placement.ts';
import type { Repointed } from './plan/repoint.ts';
import type { PlannedTerm } from './terms-timeline/plan-terms.ts';
import { termGroups, type Proposals } from './terms-timeline/proposals.ts';
import type { SeedReport } from './manifest/manifest-format.ts';
import { citedSource, type WrittenFile } from './manifest/next-manifest.ts';
import { emptyReport } from './report.ts';

/** Report lists kept seed by seed, so a partial pass can put them in the order of a full one. */
class SeedReports {
  readonly bySlug = new Map<string, SeedReport>();
  /** For a retired source whose seed is gone: listed under no seed. */
  private readonly none: SeedReport = { unchanged: [], kept: [], narrow: [], weak: [], terms: [] };

  constructor(seeds: readonly Seed[]) {
    for (const { file } of seeds) this.bySlug.set(slugOfSeed(file), { unchanged: [], kept: [], narrow: [], weak: [], terms: [] });
  }

  of(seedFile: string): SeedReport {
    return this.bySlug.get(slugOfSeed(seedFile)) ?? this.none;
  }
}

const REJECTED = 'status: rejected: its section stays off the site, and derive never writes it again';

/** The group (existing/groups.ts) of a key term or timeline item derive writes. */
function groupOfProposal(file: { path: string; data: unknown }): string {
  const { term } = file.data as { term?: string };
  return term === undefined ? file.path.split('/')[1]! : termGroup(term);
}

export class WritePass {
  readonly report = emptyReport();
  readonly written = new Map<string, WrittenFile>();
  /** Files removed or moved away. */
  readonly gone = new Set<string>();
  /** Entries an editor left off the site (`status: rejected`): kept, and listed with why, like the leftovers. */
  readonly rejected: { file: string; detail: string }[] = [];
  /** Seed by seed: what this run reports as unchanged and kept. */
  readonly shown: SeedReports;
  /** Seed by seed: what a run that changes nothing will report. */
  readonly next: SeedReports;
  private readonly writer = atomicWriter();
  private readonly contentDir: string;
  private readonly dryRun: boolean;
  private readonly force: boolean;
  private readonly seeds: readonly Seed[];

  constructor(contentDir: string, { dryRun, force }: { dryRun: boolean; force: boolean }, seeds: readonly Seed[]) {
    this.seeds = seeds;
    this.contentDir = contentDir;
    this.dryRun = dryRun;
    this.force = force;
    this.shown = new SeedReports(seeds);
    this.next = new SeedReports(seeds);
  }

  private write(path: string, file: WrittenFile): void {
    this.written.set(path, file);
    if (!this.dryRun) this.writer.add(insideContent(this.contentDir, path), file.text);
  }

  private remove(path: string): void {
    this.gone.add(path);
    if (!this.dryRun) rmSync(insideContent(this.contentDir, path));
  }

  /** Story files for the stories derive starts, never over an existing file, and where each new article went. */
  stories({ decisions, created }: StoryDecisions, threshold: number): void {
    for (const story of created) {
      const path = storyPath(story.slug);
      if (existsSync(insideContent(this.contentDir, path))) continue;
      this.report[story.proposed ? 'proposedStories' : 'created'].push(`content/${path}`);
      this.write(path, { text: storyFile(story, threshold) });
    }
    for (const seed of this.seeds) {
      const line = decisionLine(seed.file, decisions.get(seed.slug)!, created, threshold);
      if (line) this.report.stories.push(line);
    }
  }

  /** Theme files that name no story, on a site that now has several: the story they belong to, written in. */
  stampThemes(stamped: readonly { slug: string; story: string }[]): void {
    for (const { slug, story } of stamped) {
      const path = proposedThemePath(slug);
      const file = insideContent(this.contentDir, path);
      const text = editFrontmatter(`content/${path}`, readFileSync(file, 'utf8'), (doc) => doc.set('story', story));
      this.report.updated.push(`content/${path}`);
      this.write(path, { text });
    }
  }

  /** Theme files for the themes derive proposes, never over an existing file. */
  proposeThemes(proposed: readonly (ProposedTheme & { story: string })[]): void {
    for (const theme of proposed) {
      const path = proposedThemePath(theme.slug);
      if (existsSync(insideContent(this.contentDir, path))) continue;
      this.report.proposed.push(`content/${path}`);
      this.write(path, { text: proposedThemeFile(theme) });
    }
  }

  /** What each seed proposes as key terms and which of its sections were placed narrowly, for both reports. */
  noteSeeds(
    termsOf: ReadonlyMap<string, PlannedTerm[]>,
    placed: readonly { seedFile: string; placements: readonly SectionPlacement[] }[],
  ): void {
    for (const { file } of this.seeds) this.next.of(file).terms = termGroups(termsOf.get(file)!);
    for (const narrow of narrowPlacements(placed)) {
      this.shown.of(narrow.seedFile).narrow.push(narrow);
      this.next.of(narrow.seedFile).narrow.push(narrow);
    }
    for (const weak of weakPlacements(placed)) {
      this.shown.of(weak.seedFile).weak.push(weak);
      this.next.of(weak.seedFile).weak.push(weak);
    }
  }

  /** Whether an outcome leaves the file as it is; if so, it is listed, unless `quiet`. */
  private settled(item: Planned, kind: string, quiet = false): boolean {
    const label = `content/${item.file.path}`;
    if (kind === 'rejected') {
      this.rejected.push({ file: label, detail: REJECTED });
      return true;
    }
    this.next.of(item.seedFile)[kind === 'kept' ? 'kept' : 'unchanged'].push(label);
    if (kind !== 'unchanged' && kind !== 'kept') return false;
    if (!quiet) this.shown.of(item.seedFile)[kind].push(label);
    return true;
  }

  /** Sources and entries; `inPlace` are the kept entries re-pointed at a renamed seed, listed once as such. */
  async articles(planned: readonly Planned[], files: ReadonlyMap<string, Existing>, inPlace: ReadonlySet<string>): Promise<void> {
    const { report } = this;
    for (const [i, item] of planned.entries()) {
      // Let finished writes hand over to waiting ones while files are still being prepared.
      if (i % 32 === 31) await new Promise((resolve) => setImmediate(resolve));
      const outcome = deriveFile(item, files.get(item.file.previous ?? item.file.path), this.force);
      if (this.settled(item, outcome.kind, outcome.kind === 'kept' && inPlace.has(item.file.path)) || !('text' in outcome)) continue;
      const label = `content/${item.file.path}`;
      const from = `content/${item.file.previous}`;
      if (item.retiring !== undefined && outcome.kind === 'updated')
        report.superseded.push(`${label} → content/sources/${item.retiring}.yaml`);
      else if (outcome.kind === 'moved') report[item.file.path.startsWith('sources/') ? 'renamed' : 'moved'].push(`${from} → ${label}`);
      else if (outcome.kind === 'repointed')
        report.repointed.push({ file: label, from: item.renamedFrom!, to: slugOfSeed(item.seedFile), edited: false });
      else report[outcome.kind].push(label);
      const data = item.file.data as { order?: number };
      const group = item.file.path.startsWith('sources/') ? slugOfSource(item.file.path) : slugOfSeed(item.seedFile);
      this.write(item.file.path, { text: outcome.text, group, order: data.order });
      if (outcome.kind === 'moved' && item.file.path.startsWith('entries/')) this.moveTranslations(item.file.previous!, item.file.path);
      if (item.file.previous) this.remove(item.file.previous);
    }
  }

  /** An entry derive moves takes its translations with it, as they are, so none is left translating nothing. */
  private moveTranslations(from: string, to: string): void {
    for (const was of translationsOf(this.contentDir, from)) {
      const is = `${was.slice(0, -from.length)}${to}`;
      this.report.moved.push(`content/${was} → content/${is}`);
      if (this.dryRun) continue;
      this.writer.add(insideContent(this.contentDir, is), readFileSync(insideContent(this.contentDir, was), 'utf8'));
      rmSync(insideContent(this.contentDir, was));
    }
  }

  /** Key terms and timeline items: drafts that follow their seed until an editor touches them; `inPlace` are the kept ones re-pointed at a renamed seed, listed once as such. */
  proposals(proposals: Proposals, files: ReadonlyMap<string, Existing>, inPlace: ReadonlySet<string>): void {
    this.report.undefinedTerms.push(...proposals.undefinedTerms);
    for (const item of proposals.planned) {
      const outcome = deriveFile(item, files.get(item.file.path), this.force);
      if (this.settled(item, outcome.kind, outcome.kind === 'kept' && inPlace.has(item.file.path)) || !('text' in outcome)) continue;
      const list = outcome.kind === 'replaced' ? 'replaced' : outcome.kind === 'created' ? 'created' : 'updated';
      this.report[list].push(`content/${item.file.path}`);
      const cites = citedSource(item.file.path, (item.file.data as { source?: unknown }).source);
      this.write(item.file.path, { text: outcome.text, group: groupOfProposal(item.file), ...(cites !== undefined && { cites }) });
    }
    for (const path of proposals.leftover) {
      this.report.removed.push(`content/${path}`);
      this.remove(path);
    }
  }

  /** Edited files of a renamed seed, with only their source changed (a timeline item moved to its new source's folder). */
  repointed(edits: readonly Repointed[], files: ReadonlyMap<string, Existing>): void {
    for (const { path, text, from, to, previous, group } of edits) {
      this.report.repointed.push({ file: `content/${path}`, from, to, edited: true });
      const entry = files.get(path);
      // A theme's file is remembered among the themes (no article).
      this.write(
        path,
        entry ? { text, group: to, order: orderOf(entry) } : group ? { text, group, ...(group !== to && { cites: to }) } : { text },
      );
      if (previous) this.remove(previous);
    }
  }

  /** Marks the sources of removed seeds that something still cites as retired, waits for every write, then removes the leftovers nobody edited and lists the kept ones. */
  async finish(left: Leftovers): Promise<void> {
    for (const { path, text, detail, kept } of left.retired) {
      this.report.retired.push({ file: `content/${path}`, detail });
      this.write(path, { text, group: slugOfSource(path), orphan: kept });
    }
    await this.writer.done();
    for (const path of left.removed) {
      this.report.removed.push(`content/${path}`);
      this.remove(path);
    }
    this.report.orphans.push(...left.orphans, ...this.rejected);
  }
}
