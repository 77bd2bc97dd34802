/**
 * The site's clean build and the bare build as a pair, one right after the
 * other, with the one-minute load average before and after. Before the pair
 * the benchmark waits (up to `settleMs`) for the load average to fall to
 * SETTLED: its own earlier stages raise it too, and the average takes about
 * a minute to forget them.
 */
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BuildPair, StageFigure } from '../../src/lib/tooling/bench/results.ts';

/** Low enough that the pair's own work (about 0.3 on a quiet 2-core machine) keeps it under the busy threshold. */
const SETTLED = 0.5;
const POLL_MS = 5000;

export async function settle(settleMs: number): Promise<number> {
  const deadline = Date.now() + settleMs;
  while (loadavg()[0]! > SETTLED && Date.now() < deadline) await sleep(POLL_MS);
  return loadavg()[0]!;
}

export async function measurePair(
  build: () => Promise<StageFigure>,
  bare: () => Promise<StageFigure>,
  { buildFirst, settleMs }: { buildFirst: boolean; settleMs: number },
): Promise<BuildPair> {
  const before = await settle(settleMs);
  const first = await (buildFirst ? build : bare)();
  const second = await (buildFirst ? bare : build)();
  const after = loadavg()[0]!;
  return { build: buildFirst ? first : second, bare: buildFirst ? second : first, buildFirst, load: [before, after] };
}
