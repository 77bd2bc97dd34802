/** What one benchmark run measures, and the medians reported across runs. */
import { median } from './stats.ts';

export interface StageFigure {
  ms: number;
  /** Peak resident memory of the stage's whole process tree; 0 where it cannot be sampled. */
  peakRssBytes: number;
  /** User + system CPU time of the stage's processes; 0 where it cannot be read. */
  cpuMs: number;
}

/** A figure of the maintainer's loop under the dev server: wall time and the dev server's CPU time. */
export interface LoopFigure {
  ms: number;
  cpuMs: number;
}

/** What a size's build left behind; builds are deterministic, so every run leaves the same. */
interface BuildFacts {
  size: number;
  /** HTML pages the site's build wrote. */
  pages: number;
  distBytes: number;
  bareBytes: number;
  /** The heaviest home or theme page at first paint, gzipped (src/lib/tooling/page-weight.ts). */
  heaviest: { page: string; bytes: number };
}

export interface RunResult extends BuildFacts {
  /**
   * derive, derive-edited (after the editor pass), check (on its own), build (`npm run build`),
   * bare; noop-first, noop and derive-check (nothing changed); add-derive and add-build (one
   * article added).
   */
  stages: Record<string, StageFigure>;
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
  /** Medians over the runs. */
  loop: Record<string, LoopFigure>;
}

const sumOf = (run: RunResult, names: readonly string[], key: 'ms' | 'cpuMs' = 'ms') =>
  names.reduce((sum, name) => sum + (run.stages[name]?.[key] ?? 0), 0);
const peakOf = (run: RunResult, names: readonly string[]) => Math.max(0, ...names.map((name) => run.stages[name]?.peakRssBytes ?? 0));

export function summarise(runs: readonly RunResult[]): SizeSummary {
  const first = runs[0];
  if (!first) throw new Error('summarise needs at least one run');
  const figure = (pick: (run: RunResult) => StageFigure): StageFigure => ({
    ms: median(runs.map((r) => pick(r).ms)),
    peakRssBytes: Math.max(...runs.map((r) => pick(r).peakRssBytes)),
    cpuMs: median(runs.map((r) => pick(r).cpuMs)),
  });
  const stages: Record<string, StageFigure> = {};
  for (const name of Object.keys(first.stages)) stages[name] = figure((r) => r.stages[name]!);
  const sum = (names: readonly string[]) => (r: RunResult) => ({
    ms: sumOf(r, names),
    peakRssBytes: peakOf(r, names),
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
  const heaviest = runs.map((r) => r.heaviest).reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    size: first.size,
    runs: runs.length,
    pages: first.pages,
    distBytes: first.distBytes,
    bareBytes: first.bareBytes,
    heaviest,
    stages,
    loop,
  };
}
