/** The tables of one size in the benchmark's report: the pairs of clean builds, every stage, the maintainer's loop, the output by kind. */
import { OUTPUT_KINDS } from './output-kinds.ts';
import type { SizeSummary } from './results.ts';

const MB = 1024 ** 2;
export const n = (value: number) => value.toLocaleString('en');
export const sec = (ms: number) => (ms / 1000).toFixed(2);
const mem = (bytes: number) => (bytes > 0 ? `${n(Math.round(bytes / MB))} MB` : '—');
export const disk = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
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

/** Each pair of clean builds, in the order run, and the medians of their ratios. */
export function pairTable(sizes: readonly SizeSummary[]): string[] {
  const lines = [
    '| entries | run | first | load average before → after | other work, cores | `npm run build` s (CPU s) | bare s (CPU s) | wall ratio | CPU ratio |',
    '| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of sizes) {
    s.pairs.forEach(({ build, bare, buildFirst, load, othersCores }, i) => {
      lines.push(
        `| ${n(s.size)} | ${i + 1} | ${buildFirst ? 'build' : 'bare'} | ${load[0].toFixed(2)} → ${load[1].toFixed(2)} | ${othersCores.toFixed(2)} | ${sec(build.ms)} (${cpu(build.cpuMs)}) | ${sec(bare.ms)} (${cpu(bare.cpuMs)}) | ${(build.ms / bare.ms).toFixed(2)} | ${(build.cpuMs / bare.cpuMs).toFixed(2)} |`,
      );
    });
    lines.push(`| ${n(s.size)} | **median** | | | | | | **${s.ratio.wall.toFixed(2)}** | **${s.ratio.cpu.toFixed(2)}** |`);
  }
  return lines;
}

export function sizeTable(s: SizeSummary): string {
  const lines = [
    `### ${n(s.size)} entries`,
    '',
    `${n(s.pages)} HTML pages; dist/ ${disk(s.distBytes)} (bare: ${disk(s.bareBytes)}); heaviest home or theme page ${kb(s.heaviest.bytes)} gzipped at first paint (\`${s.heaviest.page}\`); median of ${s.runs} run(s).`,
    '',
    '| stage | median s | CPU s | entries/s | ms per page | peak RSS, largest process | peak RSS, all processes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [stage, label] of ROWS) {
    const figure = s.stages[stage];
    if (!figure) continue;
    lines.push(
      `| ${label} | ${sec(figure.ms)} | ${cpu(figure.cpuMs)} | ${n(Math.round(s.size / (figure.ms / 1000)))} | ${(figure.ms / s.pages).toFixed(1)} | ${mem(figure.largestRssBytes)} | ${mem(figure.peakRssBytes)} |`,
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
  lines.push('', 'Output by kind of file:', '', '| kind | `npm run build` | bare build |', '| --- | ---: | ---: |');
  for (const kind of OUTPUT_KINDS) lines.push(`| ${kind} | ${disk(s.output.site[kind] ?? 0)} | ${disk(s.output.bare[kind] ?? 0)} |`);
  return lines.join('\n');
}
