/**
 * The site's clean build and the bare build as a pair, one right after the
 * other. Before the pair the benchmark waits (up to `settleMs`) for the
 * one-minute load average to fall to SETTLED: its own earlier stages raise it
 * too, and the average takes about a minute to forget them. The load average
 * right after the pair is recorded but mostly measures the pair itself (two
 * builds that use both cores), so what other work ran meanwhile is measured
 * directly: the machine's busy CPU time over the pair, less the two builds'
 * and the benchmark's own, in cores.
 */
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { machineBusyTicks } from '../../src/lib/tooling/bench/proc.ts';
import type { BuildPair, StageFigure } from '../../src/lib/tooling/bench/results.ts';
import { read, TICKS_PER_S } from './process-tree.ts';

/** Low enough that the pair's own work (about 0.3 on a quiet 2-core machine) keeps it under the busy threshold. */
const SETTLED = 0.5;
const POLL_MS = 5000;

export async function settle(settleMs: number): Promise<number> {
  const deadline = Date.now() + settleMs;
  while (loadavg()[0]! > SETTLED && Date.now() < deadline) await sleep(POLL_MS);
  return loadavg()[0]!;
}

const busyMs = (): number => ((machineBusyTicks(read('/proc/stat')) ?? 0) * 1000) / TICKS_PER_S;
const ownMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export async function measurePair(
  build: () => Promise<StageFigure>,
  bare: () => Promise<StageFigure>,
  { buildFirst, settleMs }: { buildFirst: boolean; settleMs: number },
): Promise<BuildPair> {
  const before = await settle(settleMs);
  const [busy0, own0, wall0] = [busyMs(), ownMs(), performance.now()];
  const first = await (buildFirst ? build : bare)();
  const second = await (buildFirst ? bare : build)();
  const others = busyMs() - busy0 - (ownMs() - own0) - first.cpuMs - second.cpuMs;
  const othersCores = Math.max(0, others / (performance.now() - wall0));
  const after = loadavg()[0]!;
  return { build: buildFirst ? first : second, bare: buildFirst ? second : first, buildFirst, load: [before, after], othersCores };
}
