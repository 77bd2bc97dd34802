/**
 * Runs one command and measures its wall time, its CPU time and its memory:
 * the peak of the largest process and of the whole process tree (Astro and
 * Vite start helpers, Pagefind indexes in a process of its own). The tree is
 * sampled from /proc every 50 ms, so it is Linux only and a peak shorter
 * than the interval can be missed; elsewhere those figures are 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseStat } from '../../src/lib/tooling/bench/proc.ts';
import { read, TICKS_PER_S, TreeSampler, type ProcessFigure } from './process-tree.ts';

export interface Measured {
  ms: number;
  /** Peak resident memory of the whole process tree at one sample. */
  peakRssBytes: number;
  /** Peak resident memory of the largest single process (its high-water mark). */
  largestRssBytes: number;
  /** User + system CPU time of the command and every process it started; 0 off Linux. */
  cpuMs: number;
  /** Each process the command started, itself first. */
  processes: ProcessFigure[];
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const SAMPLE_MS = 50;

/**
 * CPU time of this process's children that have been waited for: Node reaps
 * each child, so the difference across one command is that command's, its
 * own children's included (fields 16 and 17 of /proc/self/stat).
 */
const reapedCpuMs = (): number => ((parseStat(read('/proc/self/stat'))?.reapedTicks ?? 0) * 1000) / TICKS_PER_S;

/**
 * The command's CPU time: the kernel's exact count for the processes that were waited for, or, when
 * larger, the sum of every process's last sample. A process its parent never waits for (a search
 * indexer stopped as Node exits) is missing from the first; the second misses each process's last
 * few milliseconds.
 */
const commandCpuMs = (reaped: number, processes: readonly ProcessFigure[]): number =>
  Math.max(
    reaped,
    processes.reduce((sum, p) => sum + p.cpuMs, 0),
  );

/**
 * Runs the command to completion; a non-zero exit rejects with the command's
 * stderr. Before the clock starts, the files earlier steps wrote (or deleted)
 * are flushed to disk (`sync`, where there is one), so no stage pays for the
 * write-back of the one before it.
 */
export function measure(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  spawnSync('sync', { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    const cpuBefore = reapedCpuMs();
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'ignore', 'pipe'] });
    const sampler = new TreeSampler(child.pid!);
    const timer = setInterval(() => sampler.sample(), SAMPLE_MS);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${stderr.slice(-4000)}`));
      const processes = sampler.processes;
      resolve({
        ms,
        peakRssBytes: sampler.peakTreeRssBytes,
        largestRssBytes: Math.max(0, ...processes.map((p) => p.peakRssBytes)),
        cpuMs: commandCpuMs(reapedCpuMs() - cpuBefore, processes),
        processes,
      });
    });
    sampler.sample();
  });
}
