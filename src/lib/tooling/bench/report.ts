/** Renders benchmark summaries as the Markdown section of docs/benchmarks.md. */
import type { SizeSummary } from './results.ts';
import type { TargetResult } from './targets.ts';

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
  targets: readonly TargetResult[];
  deriveOneMs?: number;
  /** Sizes whose build failed. */
  failed?: readonly number[];
}

const MB = 1024 ** 2;
const n = (value: number) => value.toLocaleString('en');
const sec = (ms: number) => (ms / 1000).toFixed(2);
const mem = (bytes: number) => (bytes > 0 ? `${n(Math.round(bytes / MB))} MB` : '—');
const disk = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const cpu = (ms: number) => (ms > 0 ? sec(ms) : '—');

const ROWS: [stage: string, label: string][] = [
  ['derive', 'derive'],
  ['build', '`npm run build` (check, pages, search index, link check)'],
  ['total', '**full pipeline** (derive, then build)'],
  ['check', '`npm run check` on its own (not in the pipeline)'],
  ['bare', 'bare Astro build'],
  ['incremental', 'incremental rebuild (1 entry edited)'],
  ['derive-edited', 'derive after the editor pass (every entry edited)'],
  ['noop-first', 'derive, nothing changed (first run after the files were written)'],
  ['noop', 'derive, nothing changed'],
  ['derive-check', '`derive --check`, nothing changed'],
  ['add-derive', 'one article added: derive'],
  ['add-build', 'one article added: `npm run build` (cache kept)'],
  ['add-total', '**one article added** (derive, then build)'],
];

const LOOP_ROWS: [figure: string, label: string][] = [
  ['dev-start', 'dev server: start to first page (no content store yet)'],
  ['dev-warm-start', 'dev server: start to first page (its content store kept)'],
  ['dev-edit', "dev server: an entry's body edited, until its page shows it (median)"],
  ['dev-data-edit', "dev server: an entry's title edited, until its page shows it (median)"],
  ['bare-dev-start', 'bare Astro dev server: start to first page (no content store yet)'],
  ['bare-dev-edit', "bare Astro dev server: an entry's body edited, until its page shows it (median)"],
];

function sizeTable(s: SizeSummary): string {
  const lines = [
    `### ${n(s.size)} entries`,
    '',
    `${n(s.pages)} HTML pages; dist/ ${disk(s.distBytes)} (bare: ${disk(s.bareBytes)}); heaviest home or theme page ${kb(s.heaviest.bytes)} gzipped at first paint (\`${s.heaviest.page}\`); median of ${s.runs} run(s).`,
    '',
    '| stage | median s | CPU s | entries/s | ms per page | peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [stage, label] of ROWS) {
    const figure = s.stages[stage];
    if (!figure) continue;
    lines.push(
      `| ${label} | ${sec(figure.ms)} | ${cpu(figure.cpuMs)} | ${n(Math.round(s.size / (figure.ms / 1000)))} | ${(figure.ms / s.pages).toFixed(1)} | ${mem(figure.peakRssBytes)} |`,
    );
  }
  const loop = LOOP_ROWS.filter(([figure]) => s.loop[figure]);
  if (loop.length > 0) {
    lines.push(
      '',
      "The maintainer's loop (CPU: the dev server's, over the same span):",
      '',
      '| what | median s | CPU s |',
      '| --- | ---: | ---: |',
    );
    for (const [figure, label] of loop) lines.push(`| ${label} | ${sec(s.loop[figure]!.ms)} | ${cpu(s.loop[figure]!.cpuMs)} |`);
  }
  return lines.join('\n');
}

export function renderReport(input: ReportInput): string {
  const { machine, sizes } = input;
  const ratioRows = sizes.map((s) => {
    const bare = s.stages['bare']!.ms;
    const build = s.stages['build']!.ms;
    const added = s.stages['add-total'];
    return `| ${n(s.size)} | ${sec(s.stages['total']!.ms)} | ${sec(build)} | ${sec(bare)} | **${(s.stages['total']!.ms / bare).toFixed(2)}** | ${(build / bare).toFixed(2)} | ${added ? (added.ms / bare).toFixed(2) : '—'} | ${sec(s.stages['incremental']!.ms)} (${((100 * s.stages['incremental']!.ms) / build).toFixed(0)}% of clean) |`;
  });
  return [
    `Measured ${input.date} with \`${input.command}\` on ${machine.cpus} × ${machine.cpuModel}, ${n(Math.round(machine.memoryBytes / MB))} MB memory, ${machine.platform}, Node ${machine.node}; one-minute load average ${machine.load[0].toFixed(1)} before and ${machine.load[1].toFixed(1)} after the runs.`,
    '',
    '| entries | full pipeline s | npm run build s | bare build s | full / bare | npm run build / bare | one article added / bare | incremental s |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
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
