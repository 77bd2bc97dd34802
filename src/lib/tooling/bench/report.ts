/** Renders benchmark summaries as the Markdown section of docs/benchmarks.md. */
import { disk, n, pairTable, sec, sizeTable } from './report-tables.ts';
import type { SizeSummary } from './results.ts';
import { BUSY_LOAD, BUSY_OTHERS_CORES, busyReason, type TargetResult } from './targets.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
  /** One-minute load average before and after the runs: other work on the machine inflates every figure. */
  load: [before: number, after: number];
}

export interface ReportInput {
  machine: Machine;
  command: string;
  date: string;
  sizes: readonly SizeSummary[];
  /** Every load average the targets were judged with: the run's start, before each pair, and its end, each once settled. */
  loads: readonly number[];
  targets: readonly TargetResult[];
  deriveOneMs?: number;
  /** Sizes whose build failed. */
  failed?: readonly number[];
}

const MB = 1024 ** 2;

function loadLine({ machine, loads, sizes }: ReportInput): string {
  const othersCores = sizes.flatMap((s) => s.pairs.map((p) => p.othersCores));
  const said = `one-minute load average ${machine.load[0].toFixed(1)} at the start and ${machine.load[1].toFixed(1)} at the end of the runs, at most ${Math.max(0, ...loads).toFixed(2)} at the points judged (the start, before each pair of builds, the end, each once settled); other work during the pairs at most ${Math.max(0, ...othersCores).toFixed(2)} cores.`;
  const busy = busyReason(loads, othersCores);
  return busy === undefined
    ? said
    : `${said} **The machine was busy** (${busy}; the limits are a load average of ${BUSY_LOAD.toFixed(1)} and ${BUSY_OTHERS_CORES} cores of other work): these are loaded figures, and no target is marked met.`;
}

export function renderReport(input: ReportInput): string {
  const { machine, sizes } = input;
  const ratioRows = sizes.map((s) => {
    const bare = s.stages['bare']!.ms;
    const build = s.stages['build']!.ms;
    const added = s.stages['add-total'];
    return `| ${n(s.size)} | ${sec(s.stages['total']!.ms)} | ${sec(build)} | ${sec(bare)} | **${(s.stages['total']!.ms / bare).toFixed(2)}** | ${s.ratio.wall.toFixed(2)} | ${s.ratio.cpu.toFixed(2)} | ${added ? (added.ms / bare).toFixed(2) : '—'} | ${sec(s.stages['incremental']!.ms)} (${((100 * s.stages['incremental']!.ms) / build).toFixed(0)}% of clean) | ${disk(s.distBytes)} / ${disk(s.bareBytes)} |`;
  });
  return [
    `Measured ${input.date} with \`${input.command}\` on ${machine.cpus} × ${machine.cpuModel}, ${n(Math.round(machine.memoryBytes / MB))} MB memory, ${machine.platform}, Node ${machine.node}; ${loadLine(input)}`,
    '',
    '`npm run build` and the bare build, each pair run one right after the other:',
    '',
    ...pairTable(sizes),
    '',
    '| entries | full pipeline s | npm run build s | bare build s | full / bare | build / bare, wall (median of pairs) | build / bare, CPU (median of pairs) | one article added / bare | incremental s | dist/ (bare) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...ratioRows,
    '',
    input.deriveOneMs === undefined
      ? ''
      : `derive of one article (10 sections), in process after start-up: ${input.deriveOneMs.toFixed(0)} ms.\n`,
    ...(input.failed?.length ? [`Failed: ${input.failed.map(n).join(', ')} entries (see the command's output).`, ''] : []),
    '![Build time against entries: full pipeline and bare Astro](benchmarks.svg)',
    '',
    ...sizes.map(sizeTable).flatMap((t) => [t, '']),
    '### Targets',
    '',
    '| target | measured | status |',
    '| --- | --- | --- |',
    ...input.targets.map((t) => `| ${t.target} | ${t.measured} | ${t.status} |`),
  ].join('\n');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Replaces the generated section of the document, keeping what people wrote around it. */
export function spliceReport(document: string, section: string): string {
  const block = `${START}\n${section}\n${END}`;
  const from = document.indexOf(START);
  const to = document.indexOf(END);
  if (from < 0 || to < from) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, from) + block + document.slice(to + END.length);
}
