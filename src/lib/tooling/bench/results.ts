/** What one benchmark run measures, and the medians reported across runs. */
import { median } from './stats.ts';

export interface StageFigure {
  ms: number;
  /** Peak resident memory of the stage's whole process tree; 0 where it cannot be sampled. */
  peakRssBytes: number;
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
  /** derive, check (on its own), build (`npm run build`) and bare. */
  stages: Record<string, StageFigure>;
  /** The site's build after editing one entry, with the clean build's cache kept. */
  incremental: StageFigure;
}

/**
 * The stages that make up the site's pipeline: an editor's `npm run derive`,
 * then `npm run build`, which checks the content itself. `check` on its own
 * (what an editor runs without building) and the `bare` baseline are not
 * part of it.
 */
export const PIPELINE = ['derive', 'build'] as const;

export interface SizeSummary extends BuildFacts {
  runs: number;
  /** Median wall time and the highest peak memory over the runs, per stage, plus `total` and `incremental`. */
  stages: Record<string, StageFigure>;
}

const sumOf = (run: RunResult, names: readonly string[]) => names.reduce((ms, name) => ms + (run.stages[name]?.ms ?? 0), 0);
const peakOf = (run: RunResult, names: readonly string[]) => Math.max(0, ...names.map((name) => run.stages[name]?.peakRssBytes ?? 0));

export function summarise(runs: readonly RunResult[]): SizeSummary {
  const first = runs[0];
  if (!first) throw new Error('summarise needs at least one run');
  const figure = (pick: (run: RunResult) => StageFigure): StageFigure => ({
    ms: median(runs.map((r) => pick(r).ms)),
    peakRssBytes: Math.max(...runs.map((r) => pick(r).peakRssBytes)),
  });
  const stages: Record<string, StageFigure> = {};
  for (const name of Object.keys(first.stages)) stages[name] = figure((r) => r.stages[name]!);
  stages['total'] = figure((r) => ({ ms: sumOf(r, PIPELINE), peakRssBytes: peakOf(r, PIPELINE) }));
  stages['incremental'] = figure((r) => r.incremental);
  const heaviest = runs.map((r) => r.heaviest).reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    size: first.size,
    runs: runs.length,
    pages: first.pages,
    distBytes: first.distBytes,
    bareBytes: first.bareBytes,
    heaviest,
    stages,
  };
}
