import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfTimes, moduleOf, type CpuProfile } from '../../src/lib/tooling/bench/cpuprofile.ts';
import { editEntry } from '../../src/lib/tooling/bench/editor-pass.ts';
import { childPids, cpuTicks, reapedTicks, residentBytes } from '../../src/lib/tooling/bench/proc.ts';
import { spliceReport } from '../../src/lib/tooling/bench/report.ts';
import { summarise, type RunResult } from '../../src/lib/tooling/bench/results.ts';
import { median } from '../../src/lib/tooling/bench/stats.ts';
import { linePlot, ticks } from '../../src/lib/tooling/bench/svg-plot.ts';
import { generateCorpus } from '../../src/lib/tooling/bench/synthetic.ts';
import { judgeTargets } from '../../src/lib/tooling/bench/targets.ts';
import { checkContent } from '../../src/lib/check/check.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { formatProblem } from '../../src/lib/model/errors.ts';
import { editorPass } from '../../scripts/bench/corpus.ts';

function writeTo(root: string, files: { path: string; text: string }[]): void {
  for (const { path, text } of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('synthetic corpus', () => {
  it('is the same, byte for byte, for the same seed and differs for another', () => {
    expect(generateCorpus({ entries: 120, seed: 7 })).toEqual(generateCorpus({ entries: 120, seed: 7 }));
    expect(generateCorpus({ entries: 120, seed: 8 }).files).not.toEqual(generateCorpus({ entries: 120, seed: 7 }).files);
  });

  it('is a newsroom of stories of about ten articles, each naming its story, and ten more entries add one article only', () => {
    const corpus = generateCorpus({ entries: 5000 });
    expect(corpus.stories).toHaveLength(50);
    const seeds = corpus.files.filter((f) => f.path.endsWith('.yaml'));
    expect(seeds).toHaveLength(500);
    const perStory = Map.groupBy(seeds, (f) => f.text);
    expect([...perStory.values()].map((files) => files.length)).toEqual(Array(50).fill(10));
    expect(corpus.files.filter((f) => f.path.startsWith('content/themes/')).every((f) => /^story: story-\d{4}$/m.test(f.text))).toBe(true);
    const before = new Set(corpus.files.map((f) => f.path));
    const added = generateCorpus({ entries: 5010 }).files.filter((f) => !before.has(f.path));
    expect(added.map((f) => f.path)).toEqual(['seeds/article-00501.txt', 'seeds/article-00501.yaml']);
  });

  it('has exactly the requested number of sections, spread over the themes', () => {
    const corpus = generateCorpus({ entries: 205 });
    expect(corpus.intended).toHaveLength(205);
    expect(corpus.themes).toHaveLength(4);
    expect(new Set(corpus.intended.map((s) => s.theme))).toEqual(new Set(corpus.themes));
  });

  it('derives to one entry per section, each in the theme it was written for, and passes check with zero problems after the editor pass', async () => {
    const root = mkdtempSync(join(tmpdir(), 'explainer-bench-'));
    const corpus = generateCorpus({ entries: 230, entriesPerTheme: 40 });
    writeTo(root, corpus.files);
    await derive({ root, today: '2026-01-02' });
    const sources = readdirSync(join(root, 'content/sources')).map((name) => readFileSync(join(root, 'content/sources', name), 'utf8'));
    const assigned = sources.flatMap((text) => [...text.matchAll(/^ {2}- heading: (.*)\n {4}theme: (.*)$/gm)].map((m) => [m[1], m[2]]));
    const written = corpus.intended.map((s) => [s.heading, s.theme]);
    expect(assigned.filter(([, theme]) => theme !== 'null')).toEqual(written);
    editorPass(root);
    const { errors, warnings, tree } = checkContent(root);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([]);
    expect(tree.entries).toHaveLength(230);
    const body = tree.entries[0]!.body;
    expect(body).toMatch(/^### /m);
    expect(body).toMatch(/^- /m);
    expect(body).toMatch(/^> \S/m);
    expect(body).toMatch(/\]\(\/themes\/[a-z-]+\/#[a-z0-9-]+\)/);
  });
});

describe('editEntry', () => {
  it('keeps the frontmatter but for the kind an editor gives a rewrite, keeps the source text as a blockquote and quotes it verbatim', () => {
    const file = '---\ntitle: T\nkind: quote\n---\nFirst sentence here. Second sentence is the quoted one. Third.\n';
    const edited = editEntry(file, { title: 'Other', href: '/themes/a/#b' });
    expect(edited.startsWith('---\ntitle: T\nkind: reporting\n---\n> First sentence here.')).toBe(true);
    expect(edited).toContain('> Second sentence is the quoted one\n');
    expect(edited).toContain('See also [Other](/themes/a/#b).');
  });
});

describe('stats', () => {
  it('median of odd and even counts, and refuses none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(() => median([])).toThrow();
  });

  it('summarises runs: median time, highest memory, totals over the pipeline stages', () => {
    const run = (ms: number, rss: number): RunResult => ({
      size: 10,
      pages: 5,
      distBytes: 1,
      bareBytes: 1,
      heaviest: { page: `themes/t${ms}/index.html`, bytes: 1000 * ms },
      stages: {
        derive: { ms, peakRssBytes: rss, cpuMs: ms / 2 },
        check: { ms, peakRssBytes: rss, cpuMs: ms / 2 },
        build: { ms: 10 * ms, peakRssBytes: 3 * rss, cpuMs: 8 * ms },
        bare: { ms: 5 * ms, peakRssBytes: rss, cpuMs: 4 * ms },
        'add-derive': { ms: ms / 4, peakRssBytes: rss, cpuMs: ms / 4 },
        'add-build': { ms: 9 * ms, peakRssBytes: 2 * rss, cpuMs: 7 * ms },
      },
      incremental: { ms: ms, peakRssBytes: rss, cpuMs: ms },
      loop: { 'dev-edit': { ms: 100 * ms, cpuMs: 50 * ms } },
    });
    const summary = summarise([run(1, 10), run(3, 30), run(2, 20)]);
    expect(summary.stages['build']).toEqual({ ms: 20, peakRssBytes: 90, cpuMs: 16 });
    // derive then build; check on its own is reported but not part of the pipeline.
    expect(summary.stages['total']).toEqual({ ms: 22, peakRssBytes: 90, cpuMs: 17 });
    expect(summary.stages['check']).toEqual({ ms: 2, peakRssBytes: 30, cpuMs: 1 });
    // One article added: its derive, then the build.
    expect(summary.stages['add-total']).toEqual({ ms: 18.5, peakRssBytes: 60, cpuMs: 14.5 });
    expect(summary.loop['dev-edit']).toEqual({ ms: 200, cpuMs: 100 });
    expect(summary.heaviest).toEqual({ page: 'themes/t3/index.html', bytes: 3000 });
  });

  it('judges targets from the figures and says what was not measured', () => {
    const figure = (ms: number) => ({ ms, peakRssBytes: 0, cpuMs: 0 });
    const size = (n: number, total: number, bare: number, heaviestBytes = 10_000) => ({
      size: n,
      runs: 1,
      pages: 1,
      distBytes: 0,
      bareBytes: 0,
      heaviest: { page: 'index.html', bytes: heaviestBytes },
      stages: {
        total: { ...figure(total), peakRssBytes: 2 ** 30 },
        bare: figure(bare),
        build: figure(1000),
        incremental: figure(200),
        noop: figure(400),
        'derive-check': figure(600),
        'add-total': figure(1.1 * bare),
      },
      loop: { 'dev-edit': { ms: 450, cpuMs: 0 }, 'dev-start': { ms: 7100, cpuMs: 0 } },
    });
    const results = judgeTargets({ sizes: [size(1000, 1100, 1000), size(5000, 6000, 5000)] });
    expect(results.map((r) => [r.target, r.status])).toEqual([
      ['full pipeline / bare build ≤ 1.15 at 1,000', 'met'],
      ['full pipeline / bare build ≤ 1.15 at 5,000', 'not met'],
      ['peak memory at 5,000 entries ≤ 1.2 GB', 'met'],
      ['a 10,000-entry pipeline completes', 'not measured'],
      ['time(10,000) / time(1,000) ≤ 10', 'not measured'],
      ['incremental rebuild ≤ 30% of clean at 5,000', 'met'],
      ['check alone at 10,000 ≤ 3 s', 'not measured'],
      ['home and theme pages ≤ 14 KB gzipped at 10,000', 'not measured'],
      ['derive of one article ≤ 100 ms after start-up', 'not measured'],
      ['derive with nothing changed ≤ 0.5 s at 5,000', 'met'],
      ['derive --check with nothing changed ≤ 0.5 s at 5,000', 'not met'],
      ['one article added (derive, then npm run build) ≤ 1.15 × bare build at 5,000', 'met'],
      ['dev server: an edit visible ≤ 0.5 s (median) at 5,000', 'met'],
      ['dev server: start to first page no slower than before (about 7 s) at 5,000', 'not met'],
    ]);
    const budget = (bytes: number) =>
      judgeTargets({ sizes: [size(10000, 1, 1, bytes)] }).find((r) => r.target.startsWith('home and theme pages'));
    expect(budget(14 * 1024)).toMatchObject({ status: 'met', measured: '14.0 KB at most' });
    expect(budget(14 * 1024 + 1)?.status).toBe('not met');
  });
});

describe('svg plot', () => {
  const svg = linePlot(
    [
      {
        name: 'full pipeline',
        colour: '#c00',
        points: [
          { x: 1000, y: 7 },
          { x: 5000, y: 20 },
        ],
      },
      {
        name: 'bare <Astro>',
        colour: '#00c',
        points: [
          { x: 1000, y: 6 },
          { x: 5000, y: 18 },
        ],
      },
    ],
    { title: 'Build time', xLabel: 'entries', yLabel: 'seconds' },
  );

  it('is well-formed: every element is closed in order and text is escaped', () => {
    const stack: string[] = [];
    for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('bare &lt;Astro&gt;');
  });

  it('draws both series', () => {
    expect([...svg.matchAll(/<polyline class="series" data-name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'full pipeline',
      'bare &lt;Astro&gt;',
    ]);
  });

  it('ticks are round and cover the maximum', () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(23).at(-1)).toBeGreaterThanOrEqual(23);
  });
});

describe('measurement parsers', () => {
  it('reads VmRSS in bytes and child pids', () => {
    expect(residentBytes('Name:\tnode\nVmRSS:\t  2048 kB\nThreads:\t7\n')).toBe(2048 * 1024);
    expect(residentBytes('Name:\tkthreadd\n')).toBe(0);
    expect(childPids('12 345 \n')).toEqual([12, 345]);
  });

  it('reads CPU ticks from /proc/<pid>/stat, a command name with spaces and parentheses included', () => {
    const stat = '1360 (node (dev) x) S 1356 1356 27437 0 -1 4194304 101 0 0 0 30 7 200 50 20 0 1 0 541687';
    expect(cpuTicks(stat)).toBe(30 + 7 + 200 + 50);
    expect(reapedTicks(stat)).toBe(250);
    expect(cpuTicks('')).toBe(0);
  });

  it('adds up self time per module and per function from a cpuprofile', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
        { id: 2, callFrame: { functionName: 'parse', url: 'file:///p/node_modules/yaml/dist/parse.js', lineNumber: 9 } },
        { id: 3, callFrame: { functionName: 'load', url: 'file:///p/src/loaders/content-loader.ts', lineNumber: 0 } },
      ],
      samples: [2, 2, 3, 2],
      timeDeltas: [1000, 1000, 2000, 1000],
    };
    expect(selfTimes([profile], 'module', '/p')).toEqual([
      { name: 'yaml', ms: 3, share: 0.6 },
      { name: 'src/loaders/content-loader.ts', ms: 2, share: 0.4 },
    ]);
    expect(selfTimes([profile], 'function', '/p')[0]!.name).toBe('parse yaml:10');
    expect(moduleOf('file:///p/node_modules/@astrojs/x/y.js', 'f')).toBe('@astrojs/x');
    expect(moduleOf('', '(garbage collector)')).toBe('(garbage collector)');
  });
});

describe('spliceReport', () => {
  it('replaces only the generated section', () => {
    const doc = spliceReport('# Benchmarks\n\nIntro.\n', 'first');
    const again = spliceReport(`${doc}\n## Profile\n\nNotes.\n`, 'second');
    expect(again).toContain('Intro.');
    expect(again).toContain('Notes.');
    expect(again).toContain('second');
    expect(again).not.toContain('first');
  });
});
