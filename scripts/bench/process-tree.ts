/**
 * A command's process tree as /proc shows it (Linux only; elsewhere every
 * figure is 0): each process the command started, with its CPU time and its
 * peak memory, sampled while it runs. Astro starts the search indexer and
 * the CSS bundler as processes of their own, so neither the command's own
 * process nor the kernel's count for the children it waited for tells the
 * whole story on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { childPids, parseStat, peakResidentBytes, residentBytes } from '../../src/lib/tooling/bench/proc.ts';

/** The kernel's USER_HZ, 100 on every Linux architecture Node runs on. */
export const TICKS_PER_S = 100;
const LINUX = process.platform === 'linux';

export const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** A process and its descendants, from /proc. */
export function tree(root: number): number[] {
  const found: number[] = [];
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    found.push(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) pending.push(...childPids(read(`/proc/${pid}/task/${tid}/children`)));
  }
  return found;
}

export interface ProcessFigure {
  name: string;
  /** CPU time of the process itself (every thread), as last sampled. */
  cpuMs: number;
  /** CPU time of its main thread alone (for Node, where JavaScript runs), as last sampled. */
  mainThreadCpuMs: number;
  /** The highest resident memory it reached, as last sampled. */
  peakRssBytes: number;
}

/** CPU time (user + system) a running process and its descendants have used so far, waited-for children included. */
export function treeCpuMs(root: number): number {
  if (!LINUX) return 0;
  const ticks = tree(root).reduce((sum, pid) => {
    const stat = parseStat(read(`/proc/${pid}/stat`));
    return sum + (stat ? stat.ownTicks + stat.reapedTicks : 0);
  }, 0);
  return (ticks * 1000) / TICKS_PER_S;
}

/** Samples a command's tree: call `sample` every few tens of milliseconds while it runs. */
export class TreeSampler {
  #root: number;
  #seen = new Map<string, ProcessFigure>();
  #peakTree = 0;

  constructor(root: number) {
    this.#root = root;
  }

  sample(): void {
    if (!LINUX) return;
    let resident = 0;
    for (const pid of tree(this.#root)) {
      const stat = parseStat(read(`/proc/${pid}/stat`));
      const status = read(`/proc/${pid}/status`);
      if (!stat) continue;
      resident += residentBytes(status);
      const key = `${pid}@${stat.startTicks}`;
      const before = this.#seen.get(key);
      const main = parseStat(read(`/proc/${pid}/task/${pid}/stat`));
      this.#seen.set(key, {
        name: stat.name,
        cpuMs: (stat.ownTicks * 1000) / TICKS_PER_S,
        mainThreadCpuMs: ((main?.ownTicks ?? 0) * 1000) / TICKS_PER_S,
        peakRssBytes: Math.max(before?.peakRssBytes ?? 0, peakResidentBytes(status)),
      });
    }
    this.#peakTree = Math.max(this.#peakTree, resident);
  }

  /** The highest total resident memory of the tree at one sample. */
  get peakTreeRssBytes(): number {
    return this.#peakTree;
  }

  /** Every process seen, in the order first seen. */
  get processes(): ProcessFigure[] {
    return [...this.#seen.values()];
  }
}
