/** What one benchmark run measures, and the medians reported across runs. */
import { median } from './stats.ts';

export interface StageFigure {
  ms: number;
  /** Peak resident memory of the stage's whole process tree at one sample; 0 where it cannot be sampled. */
  peakRssBytes: number;
  /** Peak resident memory of the stage's largest single process; 0 where it cannot be sampled. */
  largestRssBytes: number;
  /** User + system CPU time of the stage's processes; 0 where it cannot be read. */
  cpuMs: number;
}

/** A figure of the maintainer's loop under the dev server: wall time and the dev server's CPU time. */
export interface LoopFigure {
  ms: number;
  cpuMs: number;
}

/**
 * The site's clean build and the bare build of the same entries, run one right after the other
 * (which goes first alternates from run to run), with the machine's one-minute load average
 * before and after: a ratio is only as good as the pair it comes from.
 */
export interface BuildPair {
  build: StageFigure;
  bare: StageFigure;
  buildFirst: boolean;
  load: [before: number, after: number];
  /** Cores' worth of other work on the machine while the pair ran: 0 on a quiet machine. */
  othersCores: number;
}

/** Bytes of the output by kind of file (output-kinds.ts). */
export type OutputBytes = Record<string, number>;

/** What a size's build left behind; builds are deterministic, so every run leaves the same. */
interface BuildFacts {
  size: number;
  /** HTML pages the site's build wrote. */
  pages: number;
  distBytes: number;
  bareBytes: number;
  /** The site's and the bare site's output by kind of file. */
  output: { site: OutputBytes; bare: OutputBytes };
  /** The heaviest home or theme page at first paint, gzipped (src/lib/tooling/page-weight.ts). */
  heaviest: { page: string; bytes: number };
}

export interface RunResult extends BuildFacts {
  /**
   * derive, derive-edited (after the editor pass), check (on its own), build (`npm run build`),
   * bare (both from `pair`); noop-first, noop and derive-check (nothing changed); add-derive and
   * add-build (one article added).
   */
  stages: Record<string, StageFigure>;
  pair: BuildPair;
  /** The site's build after editing one entry, with the clean build's cache kept. */
  incremental: StageFigure;
  /** Under `astro dev`, the site's and the bare site's: start-up and edits (`pipeline.ts`). */
  loop?: Record<string, LoopFigure>;
}

/**
 * The stages that make up the site's pipeline: an editor's `npm run derive`,
 * then `npm run build`, which checks the content itself. `check` on its own
 * (what an editor runs without building) and the `bare` baseline are not
 * part of it.
 */
export const PIPELINE = ['derive', 'build'] as const;

/** A newsroom adding one article to a site that has a build's cache: derive, then `npm run build`. */
export const ONE_ARTICLE_ADDED = ['add-derive', 'add-build'] as const;

export interface SizeSummary extends BuildFacts {
  runs: number;
  /** Median wall and CPU time and the highest peak memory over the runs, per stage, plus `total`, `add-total` and `incremental`. */
  stages: Record<string, StageFigure>;
  /** Every run's pair, in order. */
  pairs: BuildPair[];
  /** `npm run build` / bare: the median over the pairs of each pair's own ratio, of wall and of CPU time. */
  ratio: { wall: number; cpu: number };
  /** Medians over the runs. */
  loop: Record<string, LoopFigure>;
}

const sumOf = (run: RunResult, names: readonly string[], key: 'ms' | 'cpuMs') =>
  names.reduce((sum, name) => sum + (run.stages[name]?.[key] ?? 0), 0);
const peakOf = (run: RunResult, names: readonly string[], key: 'peakRssBytes' | 'largestRssBytes') =>
  Math.max(0, ...names.map((name) => run.stages[name]?.[key] ?? 0));

export function summarise(runs: readonly RunResult[]): SizeSummary {
  const first = runs[0];
  if (!first) throw new Error('summarise needs at least one run');
  const figure = (pick: (run: RunResult) => StageFigure): StageFigure => ({
    ms: median(runs.map((r) => pick(r).ms)),
    peakRssBytes: Math.max(...runs.map((r) => pick(r).peakRssBytes)),
    largestRssBytes: Math.max(...runs.map((r) => pick(r).largestRssBytes)),
    cpuMs: median(runs.map((r) => pick(r).cpuMs)),
  });
  const stages: Record<string, StageFigure> = {};
  for (const name of Object.keys(first.stages)) stages[name] = figure((r) => r.stages[name]!);
  const sum = (names: readonly string[]) => (r: RunResult) => ({
    ms: sumOf(r, names, 'ms'),
    peakRssBytes: peakOf(r, names, 'peakRssBytes'),
    largestRssBytes: peakOf(r, names, 'largestRssBytes'),
    cpuMs: sumOf(r, names, 'cpuMs'),
  });
  stages['total'] = figure(sum(PIPELINE));
  if (ONE_ARTICLE_ADDED.every((name) => first.stages[name])) stages['add-total'] = figure(sum(ONE_ARTICLE_ADDED));
  stages['incremental'] = figure((r) => r.incremental);
  const loop: Record<string, LoopFigure> = {};
  for (const name of Object.keys(first.loop ?? {})) {
    const figures = runs.map((r) => r.loop![name]!);
    loop[name] = { ms: median(figures.map((f) => f.ms)), cpuMs: median(figures.map((f) => f.cpuMs)) };
  }
  const pairs = runs.map((r) => r.pair);
  const heaviest = runs.map((r) => r.heaviest).reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const { size, pages, distBytes, bareBytes, output } = first;
  return { size, runs: runs.length, pages, distBytes, bareBytes, output, heaviest, stages, pairs, ratio: pairRatio(pairs), loop };
}

/** The median of each pair's own ratio: drift in the machine's speed between pairs falls on both builds of a pair alike. */
export function pairRatio(pairs: readonly BuildPair[]): { wall: number; cpu: number } {
  return {
    wall: median(pairs.map((p) => p.build.ms / p.bare.ms)),
    cpu: median(pairs.map((p) => p.build.cpuMs / p.bare.cpuMs)),
  };
}
