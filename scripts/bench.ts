/**
 * npm run bench [-- --sizes 1000,5000,10000 --runs 3 --settle 120 --profile --no-write]
 * Builds synthetic newsrooms of each size in temporary folders and times
 * derive, check and the site's build against a bare Astro build of the same
 * entries (the two clean builds as a pair, one right after the other, which
 * goes first alternating from run to run, after waiting up to --settle
 * seconds for the load average to fall), then the maintainer's loop: derive
 * with nothing changed, one article added, and the dev server's start-up and
 * edits beside a bare Astro dev server's; writes the figures into
 * docs/benchmarks.md and docs/benchmarks.svg. A run whose settled load
 * average went above 1, or during whose pairs other work took more than a
 * quarter of a core, marks no target met.
 * --profile instead CPU-profiles derive, check, the site's build, derive with
 * nothing changed and with one article added, and the dev server handling
 * one edit, at the largest size, and prints where their time goes;
 * --no-write only prints.
 * Peak memory is sampled from /proc (Linux).
 */
import { cpus, platform, release, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../src/lib/model/errors.ts';
import { renderReport, spliceReport } from '../src/lib/tooling/bench/report.ts';
import { summarise, type RunResult, type SizeSummary } from '../src/lib/tooling/bench/results.ts';
import { linePlot } from '../src/lib/tooling/bench/svg-plot.ts';
import { judgeTargets } from '../src/lib/tooling/bench/targets.ts';
import { deriveOneArticle } from './bench/derive-one.ts';
import { settle } from './bench/pair.ts';
import { runOnce, projectRoot } from './bench/pipeline.ts';
import { profileStages } from './bench/profile.ts';
import { runAsProgram, type CliIo } from './cli.ts';

function option(argv: readonly string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new InputError({ file: 'command line', detail: `${name} needs a value` });
  return value;
}

export async function main(argv: readonly string[], io: CliIo): Promise<void> {
  const say = (line: string) => io.stdout.write(`${line}\n`);
  const known = new Set(['--sizes', '--runs', '--settle', '--profile', '--no-write']);
  for (const arg of argv)
    if (arg.startsWith('--') && !known.has(arg))
      throw new InputError({ file: 'command line', detail: `unknown option ${arg}; expected ${[...known].join(', ')}` });
  const sizes = option(argv, '--sizes', '1000,5000,10000').split(',').map(Number);
  const runs = Number(option(argv, '--runs', '3'));
  const settleS = Number(option(argv, '--settle', '120'));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1) || !Number.isInteger(runs) || runs < 1 || !(settleS >= 0)) {
    throw new InputError({
      file: 'command line',
      detail: 'expected --sizes as whole numbers, e.g. 1000,5000, --runs as a whole number ≥ 1 and --settle as seconds ≥ 0',
    });
  }
  // Profiling slows what it measures, so a profiling run reports no timings.
  if (argv.includes('--profile')) return profileStages(Math.max(...sizes));
  const loadBefore = await settle(settleS * 1000);
  const deriveOneMs = await deriveOneArticle();
  say(`derive of one article: ${deriveOneMs.toFixed(0)} ms`);
  const summaries: SizeSummary[] = [];
  const failed: number[] = [];
  const loads = [loadBefore];
  for (const size of sizes) {
    const results = [];
    try {
      for (let run = 1; run <= runs; run++) {
        const result = await runOnce({ size, buildFirst: run % 2 === 1, settleMs: settleS * 1000 });
        loads.push(result.pair.load[0]);
        say(`${size} entries, run ${run}/${runs}: ${runLine(result)}`);
        results.push(result);
      }
    } catch (error) {
      // A size that fails (out of memory, say) is a result too; the other sizes are still reported.
      io.stderr.write(`${size} entries failed: ${error instanceof Error ? error.message : String(error)}\n`);
      failed.push(size);
      continue;
    }
    summaries.push(summarise(results));
  }
  // The maintainer's loop runs after the pairs: the load at the end counts too, once its own work has faded.
  const loadAfter = await settle(settleS * 1000);
  loads.push(loadAfter);
  if (argv.includes('--no-write')) return;

  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryBytes: totalmem(),
    node: process.versions.node,
    platform: `${platform()} ${release()}`,
    load: [loadBefore, loadAfter] as [number, number],
  };
  const command = `npm run bench -- ${argv.join(' ')}`.trim();
  const section = renderReport({
    machine,
    command,
    date: new Date().toISOString().slice(0, 10),
    sizes: summaries,
    loads,
    targets: judgeTargets({ sizes: summaries, failed, deriveOneMs, loads }),
    deriveOneMs,
    failed,
  });
  const docPath = join(projectRoot, 'docs/benchmarks.md');
  const current = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n';
  writeFileSync(docPath, spliceReport(current, section));
  const points = (stage: string) => summaries.map((s) => ({ x: s.size, y: s.stages[stage]!.ms / 1000 }));
  writeFileSync(
    join(projectRoot, 'docs/benchmarks.svg'),
    linePlot(
      [
        { name: 'full pipeline', colour: '#c0392b', points: points('total') },
        { name: 'bare Astro', colour: '#2471a3', points: points('bare') },
      ],
      { title: 'Clean build time against entries (median)', xLabel: 'entries', yLabel: 'seconds' },
    ),
  );
  say('wrote docs/benchmarks.md and docs/benchmarks.svg');
}

const figures = (record: Record<string, { ms: number; cpuMs: number }>) =>
  Object.entries(record)
    .map(([name, f]) => `${name} ${(f.ms / 1000).toFixed(2)} s (CPU ${(f.cpuMs / 1000).toFixed(2)})`)
    .join(', ');

/** What one run measured, as the benchmark prints it while it goes. */
function runLine({ stages, incremental, loop, pair }: RunResult): string {
  const { build, bare, load, othersCores } = pair;
  const ratios = `build / bare ${(build.ms / bare.ms).toFixed(2)} wall, ${(build.cpuMs / bare.cpuMs).toFixed(2)} CPU`;
  return `${figures(stages)}, incremental ${(incremental.ms / 1000).toFixed(2)} s; ${figures(loop ?? {})}\n  pair (load ${load.map((l) => l.toFixed(2)).join(' → ')}, other work ${othersCores.toFixed(2)} cores): ${ratios}`;
}

if (import.meta.main) await runAsProgram(main);
