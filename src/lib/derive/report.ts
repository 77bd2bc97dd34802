/**
 * What derive reports, and how a report is put together when only some
 * articles were planned again: the others contribute what their last run
 * left in the manifest (a file derive wrote is unchanged next time, an
 * edited one kept, an orphan still an orphan), in the order a full pass
 * would list them: seed by seed for the sources and entries of each seed,
 * then the key terms by path, then the timeline items seed by seed; and
 * entries before sources, each by path, for the files no seed section claims.
 */
import type { Manifest } from './manifest/manifest.ts';
import type { SeedReport } from './manifest/manifest-format.ts';
import type { NarrowPlacement, WeakPlacement } from './plan/narrow-placements.ts';

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
  /** Files kept that no seed section claims (an edited entry whose section or seed is gone, a retired source) or that an editor rejected: with why, and what to do. */
  orphans: { file: string; detail: string }[];
  /** Sources whose seed was removed, marked retired because something an editor wrote still cites them: with why. */
  retired: { file: string; detail: string }[];
  /** Theme files written for proposed themes (never over an existing file). */
  proposed: string[];
  /** Story files written for proposed stories (never over an existing file). */
  proposedStories: string[];
  /** Where each new article went, and why: `seeds/<slug>.txt: …`. */
  stories: string[];
  /** Sources a newer version retired this run: `content/sources/<old>.yaml → content/sources/<new>.yaml`. */
  superseded: string[];
  /** Term files proposed for acronyms the article uses without defining: `<file>: <seed> <paragraph>`. */
  undefinedTerms: string[];
  narrow: NarrowPlacement[];
  weak: WeakPlacement[];
}

export const emptyReport = (): DeriveReport => ({
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
  retired: [],
  proposed: [],
  proposedStories: [],
  stories: [],
  superseded: [],
  undefinedTerms: [],
  narrow: [],
  weak: [],
});

/** Orphans as a full pass lists them: entries, then sources, each by path. */
export function sortOrphans(orphans: DeriveReport['orphans']): DeriveReport['orphans'] {
  const rank = (file: string) => (file.startsWith('content/sources/') ? 1 : 0);
  return [...orphans].sort((a, b) => rank(a.file) - rank(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Adds to `report` the seed-by-seed lists (`unchanged`, `kept`, `narrow`) of
 * every live seed, from `fresh` for the seeds this run planned and from the
 * manifest for the others, and the orphans of the files this run did not read.
 */
export function completeReport(
  report: DeriveReport,
  live: readonly string[],
  fresh: ReadonlyMap<string, SeedReport>,
  manifest: Manifest | undefined,
  unread: readonly string[],
): DeriveReport {
  const parts = live.map((slug) => {
    const part = fresh.get(slug) ?? manifest?.reports[slug];
    if (!part) throw new Error(`derive has no report for seeds/${slug}.txt`);
    return part;
  });
  for (const list of ['unchanged', 'kept'] as const) report[list].push(...inReportOrder(parts.map((part) => part[list])));
  for (const part of parts) report.narrow.push(...part.narrow);
  for (const part of parts) report.weak.push(...part.weak);
  const orphans = unread.flatMap((path) => {
    const detail = manifest?.files[path]?.orphan;
    return detail === undefined ? [] : [{ file: `content/${path}`, detail }];
  });
  report.orphans = sortOrphans([...report.orphans, ...orphans]);
  return report;
}

/** Each seed's list of files in the order a full pass reports them: key terms are one file across seeds, listed after every entry. */
function inReportOrder(lists: readonly string[][]): string[] {
  const of = (prefix: string) => lists.flatMap((list) => list.filter((label) => label.startsWith(prefix)));
  const terms = of('content/terms/').sort();
  const timeline = of('content/timelines/');
  const rest = lists.flatMap((list) => list.filter((label) => !/^content\/(?:terms|timelines)\//.test(label)));
  return [...rest, ...terms, ...timeline];
}
