/**
 * The benchmark's measuring: medians and pairs, the rule that a loaded run
 * marks no target met, the /proc parsers, the CPU profile by stage and the
 * output by kind of file. Pure functions over made-up figures.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleOf, selfTimes, type CpuProfile } from '../../src/lib/tooling/bench/cpuprofile.ts';
import { bytesByKind, kindOfOutput } from '../../src/lib/tooling/bench/output-kinds.ts';
import { childPids, machineBusyTicks, parseStat, peakResidentBytes, residentBytes } from '../../src/lib/tooling/bench/proc.ts';
import { renderReport } from '../../src/lib/tooling/bench/report.ts';
import { summarise, type BuildPair, type RunResult, type SizeSummary, type StageFigure } from '../../src/lib/tooling/bench/results.ts';
import { stageTimes } from '../../src/lib/tooling/bench/stages.ts';
import { median } from '../../src/lib/tooling/bench/stats.ts';
import { busyReason, judgeTarget, judgeTargets } from '../../src/lib/tooling/bench/targets.ts';
import { bundleLocator } from '../../scripts/bench/locate.ts';

const figure = (ms: number, cpuMs = ms, rss = 0): StageFigure => ({ ms, cpuMs, peakRssBytes: 2 * rss, largestRssBytes: rss });
const pair = (build: number, bare: number, load: [number, number] = [0.3, 0.6], othersCores = 0.05): BuildPair => ({
  build: figure(build, 1.5 * build),
  bare: figure(bare, 1.2 * bare),
  buildFirst: true,
  load,
  othersCores,
});

describe('medians and pairs', () => {
  it('median of odd and even counts, and refuses none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(() => median([])).toThrow();
  });

  it('summarises runs: median time, highest memory of the largest process and of the tree, totals over the pipeline stages', () => {
    const run = (ms: number, rss: number, p: BuildPair): RunResult => ({
      size: 10,
      pages: 5,
      distBytes: 1,
      bareBytes: 1,
      output: { site: { 'theme pages': 1 }, bare: { 'other pages': 1 } },
      heaviest: { page: `themes/t${ms}/index.html`, bytes: 1000 * ms },
      stages: {
        derive: figure(ms, ms / 2, rss),
        check: figure(ms, ms / 2, rss),
        build: figure(10 * ms, 8 * ms, 3 * rss),
        bare: figure(5 * ms, 4 * ms, rss),
        'add-derive': figure(ms / 4, ms / 4, rss),
        'add-build': figure(9 * ms, 7 * ms, 2 * rss),
      },
      pair: p,
      incremental: figure(ms, ms, rss),
      loop: { 'dev-edit': { ms: 100 * ms, cpuMs: 50 * ms } },
    });
    const summary = summarise([run(1, 10, pair(10, 10)), run(3, 30, pair(11, 10)), run(2, 20, pair(30, 20))]);
    expect(summary.stages['build']).toEqual({ ms: 20, cpuMs: 16, peakRssBytes: 180, largestRssBytes: 90 });
    // derive then build; check on its own is reported but not part of the pipeline.
    expect(summary.stages['total']).toEqual({ ms: 22, cpuMs: 17, peakRssBytes: 180, largestRssBytes: 90 });
    expect(summary.stages['add-total']).toEqual({ ms: 18.5, cpuMs: 14.5, peakRssBytes: 120, largestRssBytes: 60 });
    expect(summary.loop['dev-edit']).toEqual({ ms: 200, cpuMs: 100 });
    expect(summary.heaviest).toEqual({ page: 'themes/t3/index.html', bytes: 3000 });
    // The pairs' own ratios are 1.0, 1.1 and 1.5: their median, not the ratio of the medians (11 / 10).
    expect(summary.pairs).toHaveLength(3);
    expect(summary.ratio.wall).toBeCloseTo(1.1, 9);
    expect(summary.ratio.cpu).toBeCloseTo(1.1 * 1.25, 9);
  });
});

function sizeSummary(size: number, { wall = 1.05, cpu = 1.2, largest = 2 ** 30, heaviest = 10_000, loop = 300 } = {}): SizeSummary {
  return {
    size,
    runs: 1,
    pages: 1,
    distBytes: 0,
    bareBytes: 0,
    output: { site: {}, bare: {} },
    heaviest: { page: 'index.html', bytes: heaviest },
    stages: {
      total: figure(1100),
      bare: figure(1000),
      build: { ...figure(1000), largestRssBytes: largest },
      check: figure(2000),
      incremental: figure(200),
      noop: figure(400),
      'derive-check': figure(400),
      'add-total': figure(1100),
    },
    pairs: [],
    ratio: { wall, cpu },
    loop: { 'dev-edit': { ms: loop, cpuMs: 0 }, 'dev-data-edit': { ms: loop, cpuMs: 0 }, 'dev-start': { ms: 6000, cpuMs: 0 } },
  };
}
const everySize = (options = {}) => [1000, 5000, 10000].map((size) => sizeSummary(size, options));

describe('targets', () => {
  it('judges each target from its figure on a quiet run, and says what was not measured', () => {
    const results = judgeTargets({ sizes: [sizeSummary(5000, { wall: 1.12, cpu: 1.2 })], loads: [0.4, 0.7] });
    const status = (start: string) => results.find((r) => r.target.startsWith(start))?.status;
    expect(status('`npm run build` / bare build, wall')).toBe('not met');
    expect(status('`npm run build` / bare build, CPU')).toBe('met');
    expect(status('peak memory of the largest process')).toBe('met');
    expect(status("dev server: an entry's title edit")).toBe('met');
    expect(status('check alone at 10,000')).toBe('not measured');
    expect(status('derive of one article')).toBe('not measured');
    expect(results.find((r) => r.target.includes('wall'))?.measured).toBe('1.12 ×');
  });

  it('marks nothing met from a run whose load average went above 1.0, and shows the loaded figure', () => {
    const quiet = judgeTargets({ sizes: everySize(), deriveOneMs: 50, loads: [0.3, 1.0, 0.8] });
    expect(quiet.filter((r) => r.status === 'met').length).toBeGreaterThan(10);
    const loaded = judgeTargets({ sizes: everySize(), deriveOneMs: 50, loads: [0.3, 1.3, 0.8] });
    expect(loaded.map((r) => r.target)).toEqual(quiet.map((r) => r.target));
    expect(loaded.filter((r) => r.status === 'met')).toEqual([]);
    expect(loaded.find((r) => r.target.includes('CPU'))).toEqual({
      target: '`npm run build` / bare build, CPU time, ≤ 1.25 at 5,000',
      measured: '1.20 × (load average up to 1.3)',
      status: 'not measured: machine busy',
    });
  });

  it('marks nothing met when other work shared the machine during a pair, whatever the load averages said', () => {
    const withPairs = (othersCores: number) => [{ ...sizeSummary(5000), pairs: [pair(8, 7), pair(8, 7, [0.3, 1.4], othersCores)] }];
    // A pair's own two builds raise the load average after it (1.4 here): that alone is not other work.
    const quiet = judgeTargets({ sizes: withPairs(0.1), loads: [0.3, 0.4, 0.5] });
    expect(quiet.find((r) => r.target.includes('CPU'))?.status).toBe('met');
    const shared = judgeTargets({ sizes: withPairs(0.6), loads: [0.3, 0.4, 0.5] });
    expect(shared.filter((r) => r.status === 'met')).toEqual([]);
    expect(shared.find((r) => r.target.includes('CPU'))?.measured).toBe('1.20 × (other work up to 0.60 cores during a pair)');
  });

  it('names the load first when both limits are passed, and nothing on a quiet run', () => {
    expect(busyReason([0.2, 1.01], [0.9])).toBe('load average up to 1.0');
    expect(busyReason([0.2, 1.0], [0.25])).toBeUndefined();
    expect(busyReason([0.2], [0.26])).toBe('other work up to 0.26 cores during a pair');
    expect(busyReason([])).toBeUndefined();
  });

  it('leaves a timed target missed under load not measured either, but a page over its budget is over it at any load', () => {
    const slow = everySize({ wall: 1.4, heaviest: 15 * 1024 });
    const results = judgeTargets({ sizes: slow, loads: [2.1] });
    expect(results.find((r) => r.target.includes('wall'))?.status).toBe('not measured: machine busy');
    expect(results.find((r) => r.target.startsWith('home and theme pages'))?.status).toBe('not met');
  });

  it('judges one target: at the limit is met, past it is not, without a figure it is not measured', () => {
    const target = { target: 't', limit: 1, show: String };
    expect(judgeTarget({ ...target, value: 1 }, [0.2]).status).toBe('met');
    expect(judgeTarget({ ...target, value: 1.01 }, [0.2]).status).toBe('not met');
    expect(judgeTarget({ ...target, value: undefined }, [5]).status).toBe('not measured');
    expect(judgeTarget({ ...target, value: 0.5 }, []).status).toBe('met');
  });
});

describe('the report', () => {
  const machine = { cpus: 2, cpuModel: 'CPU', memoryBytes: 2 ** 34, node: '24', platform: 'linux', load: [0.3, 0.9] as [number, number] };
  const summary = { ...sizeSummary(5000), pairs: [pair(8, 7, [0.31, 0.62]), { ...pair(9, 7, [0.4, 0.7]), buildFirst: false }] };
  const report = (loads: number[]) =>
    renderReport({ machine, command: 'npm run bench', date: '2027-01-01', sizes: [summary], loads, targets: [] });

  it('lists each pair with its load averages, which build went first and both ratios', () => {
    expect(report([0.3, 0.7])).toContain('| 5,000 | 1 | build | 0.31 → 0.62 | 0.05 | 0.01 (0.01) | 0.01 (0.01) | 1.14 | 1.43 |');
    expect(report([0.3, 0.7])).toContain('| 5,000 | 2 | bare | 0.40 → 0.70 |');
    expect(report([0.3, 0.7])).not.toContain('busy');
  });

  it('says when the machine was busy', () => {
    expect(report([0.3, 1.7])).toContain(
      '**The machine was busy** (load average up to 1.7; the limits are a load average of 1.0 and 0.25 cores of other work): these are loaded figures, and no target is marked met.',
    );
  });
});

describe('/proc parsers', () => {
  it('reads VmRSS and VmHWM in bytes and child pids', () => {
    const status = 'Name:\tnode\nVmHWM:\t  4096 kB\nVmRSS:\t  2048 kB\nThreads:\t7\n';
    expect(residentBytes(status)).toBe(2048 * 1024);
    expect(peakResidentBytes(status)).toBe(4096 * 1024);
    expect(residentBytes('Name:\tkthreadd\n')).toBe(0);
    expect(childPids('12 345 \n')).toEqual([12, 345]);
  });

  it('reads a process stat, a command name with spaces and parentheses included', () => {
    const stat = '1360 (node (dev) x) S 1356 1356 27437 0 -1 4194304 101 0 0 0 30 7 200 50 20 0 1 0 541687 1000 20';
    expect(parseStat(stat)).toEqual({ name: 'node (dev) x', ownTicks: 37, reapedTicks: 250, startTicks: 541687 });
    expect(parseStat('')).toBeUndefined();
  });

  it("reads the machine's busy time from /proc/stat: all but idle and input/output wait", () => {
    const stat = 'cpu  100 5 50 9000 40 3 2 1 0 0\ncpu0 50 2 25 4500 20 1 1 0 0 0\nintr 1\n';
    expect(machineBusyTicks(stat)).toBe(100 + 5 + 50 + 3 + 2 + 1);
    expect(machineBusyTicks('cpu0 1 2 3 4\n')).toBeUndefined();
    expect(machineBusyTicks('')).toBeUndefined();
  });
});

const node = (id: number, functionName: string, url: string, children: number[] = []) => ({
  id,
  callFrame: { functionName, url, lineNumber: 0 },
  children,
});

describe('CPU profiles', () => {
  it('adds up self time per module and per function', () => {
    const profile: CpuProfile = {
      nodes: [
        node(1, '(root)', ''),
        { id: 2, callFrame: { functionName: 'parse', url: 'file:///p/node_modules/yaml/dist/parse.js', lineNumber: 9 } },
        node(3, 'load', 'file:///p/src/loaders/content-loader.ts'),
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

  it('puts each sample in the stage of the innermost frame that has one, and leaves idle time out', () => {
    const profile: CpuProfile = {
      nodes: [
        node(1, '(root)', '', [2, 5, 8, 9, 10, 11]),
        node(2, 'load', 'src/loaders/content-loader.ts', [3]),
        node(3, 'load', 'node_modules/js-yaml/dist/js-yaml.mjs', [4]),
        node(4, 'push', ''),
        node(5, 'render', 'node_modules/astro/dist/runtime/server/render/page.js', [6]),
        node(6, 'markTerms', 'src/lib/render/mark-terms.ts', [7]),
        node(7, 'exec', ''),
        node(8, '(garbage collector)', ''),
        node(9, '(idle)', ''),
        node(10, 'run', 'node:internal/modules/esm/module_job'),
        node(11, 'writeRenderCache', 'src/lib/render/markdown/render-cache.ts', [12]),
        node(12, 'writeFileAtomic', 'src/lib/content-files/atomic-write.ts'),
      ],
      samples: [4, 7, 5, 8, 9, 10, 12],
      timeDeltas: [1000, 2000, 3000, 4000, 5000, 6000, 7000],
    };
    expect(Object.fromEntries(stageTimes([profile], ({ url }) => url))).toEqual({
      'content check': 1,
      'key-term marking': 2,
      'page assembly': 3,
      'garbage collection': 4,
      'module loading': 6,
      // An atomic write counts for what it writes: here the render cache, not the content check.
      'Markdown rendering': 7,
    });
  });

  it("traces a frame in Astro's server bundle to the module whose code it is in", () => {
    const root = mkdtempSync(join(tmpdir(), 'explainer-locate-'));
    try {
      mkdirSync(join(root, 'bundle/prerender/chunks'), { recursive: true });
      const chunk = [
        'import x from "./y.mjs";',
        '// src/components/Cites.astro',
        'var a = 1;',
        '// src/lib/render/mark-terms.ts',
        'function markTerms() {}',
      ];
      writeFileSync(join(root, 'bundle/prerender/chunks/Cites_abc.mjs'), chunk.join('\n'));
      const locate = bundleLocator('/p', join(root, 'bundle'));
      const frame = (lineNumber: number) => ({ functionName: '', url: 'file:///p/.astro/.prerender/chunks/Cites_abc.mjs', lineNumber });
      expect(locate(frame(2))).toBe('src/components/Cites.astro');
      expect(locate(frame(4))).toBe('src/lib/render/mark-terms.ts');
      expect(locate(frame(0))).toBe('.astro/.prerender/chunks/Cites_abc.mjs');
      expect(locate({ functionName: 'f', url: 'file:///p/src/site/content.ts', lineNumber: 3 })).toBe('src/site/content.ts');
      expect(locate({ functionName: 'f', url: 'node:fs', lineNumber: 3 })).toBe('node:fs');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('output by kind of file', () => {
  it("names each file's kind, an edition's pages with the source language's", () => {
    expect(kindOfOutput('themes/a/2/index.html')).toBe('theme pages');
    expect(kindOfOutput('es/themes/a/index.html')).toBe('theme pages');
    expect(kindOfOutput('sources/s/index.html')).toBe('source pages');
    expect(kindOfOutput('sources/index.html')).toBe('other pages');
    expect(kindOfOutput('index.html')).toBe('other pages');
    expect(kindOfOutput('pagefind/fragment/en_1.pf_fragment')).toBe('search index');
    expect(kindOfOutput('feed.xml')).toBe('feeds');
    expect(kindOfOutput('es/feed.xml')).toBe('feeds');
    expect(kindOfOutput('sitemap-0.xml')).toBe('sitemap');
    expect(kindOfOutput('_astro/search.BemPi971.js')).toBe('stylesheets and scripts');
    expect(kindOfOutput('_headers')).toBe('other files');
  });

  it('adds up the bytes of each kind, every kind present', () => {
    const totals = bytesByKind([
      { path: 'themes/a/index.html', bytes: 10 },
      { path: 'themes/a/2/index.html', bytes: 5 },
      { path: 'robots.txt', bytes: 1 },
    ]);
    expect(totals['theme pages']).toBe(15);
    expect(totals['other files']).toBe(1);
    expect(totals['search index']).toBe(0);
  });
});
