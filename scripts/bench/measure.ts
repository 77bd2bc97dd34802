/**
 * Runs one command and measures its wall time and the peak resident memory
 * of its whole process tree (Astro and Vite may start workers). Memory is
 * sampled from /proc every 50 ms, so it is Linux only and can miss a peak
 * shorter than the interval; elsewhere peak memory is reported as 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { childPids, residentBytes } from '../../src/lib/tooling/bench/proc.ts';

export interface Measured {
  ms: number;
  peakRssBytes: number;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const SAMPLE_MS = 50;

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

function treeRss(root: number): number {
  let total = 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += residentBytes(read(`/proc/${pid}/status`));
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) pending.push(...childPids(read(`/proc/${pid}/task/${tid}/children`)));
  }
  return total;
}

/**
 * Runs the command to completion; a non-zero exit rejects with the command's
 * stderr. Before the clock starts, the files earlier steps wrote (or deleted)
 * are flushed to disk (`sync`, where there is one), so no stage pays for the
 * write-back of the one before it.
 */
export function measure(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  spawnSync('sync', { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
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
      if (code === 0) resolve({ ms, peakRssBytes: peak });
      else reject(new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${stderr.slice(-4000)}`));
    });
    sample();
  });
}
