/**
 * Runs one command and measures its wall time and the peak resident memory
 * of its whole process tree (Astro and Vite may start workers). Memory is
 * sampled from /proc every 50 ms, so it is Linux only and can miss a peak
 * shorter than the interval; elsewhere peak memory is reported as 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { childPids, cpuTicks, reapedTicks, residentBytes } from '../../src/lib/tooling/bench/proc.ts';

export interface Measured {
  ms: number;
  peakRssBytes: number;
  /** User + system CPU time of the command and every process it waited for; 0 off Linux. */
  cpuMs: number;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const SAMPLE_MS = 50;
/** The kernel's USER_HZ, 100 on every Linux architecture Node runs on. */
const TICKS_PER_S = 100;

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** A process and its descendants, from /proc. */
function tree(root: number): number[] {
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

const treeRss = (root: number): number => tree(root).reduce((sum, pid) => sum + residentBytes(read(`/proc/${pid}/status`)), 0);

/** CPU time (user + system) a running process and its descendants have used so far; 0 off Linux. */
export const treeCpuMs = (root: number): number =>
  process.platform === 'linux' ? (tree(root).reduce((sum, pid) => sum + cpuTicks(read(`/proc/${pid}/stat`)), 0) * 1000) / TICKS_PER_S : 0;

/**
 * CPU time of this process's children that have been waited for: Node reaps
 * each child, so the difference across one command is that command's, its
 * own children's included (fields 16 and 17 of /proc/self/stat).
 */
const reapedCpuMs = (): number => (reapedTicks(read('/proc/self/stat')) * 1000) / TICKS_PER_S;

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
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined && process.platform === 'linux') peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, SAMPLE_MS);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      clearInterval(timer);
      if (code === 0) resolve({ ms, peakRssBytes: peak, cpuMs: reapedCpuMs() - cpuBefore });
      else reject(new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${stderr.slice(-4000)}`));
    });
    sample();
  });
}
