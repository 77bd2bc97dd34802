/**
 * One benchmark run at one size, in a fresh temporary folder: derive, derive
 * again after the editor pass, check on its own, the site's build
 * (`npm run build`: one `astro build` that also checks, indexes and checks
 * links) and the bare Astro baseline on the same entries, as a pair run one
 * right after the other (pair.ts); then the maintainer's
 * loop: derive with nothing changed and `derive --check`, the dev server
 * (start-up and edits) beside the bare site's, one article added (derive,
 * then the build with the clean build's cache kept) and an incremental
 * rebuild after one edit, as CI would.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { settingsEnv } from '../../src/lib/model/settings.ts';
import { median } from '../../src/lib/tooling/bench/stats.ts';
import { bytesByKind } from '../../src/lib/tooling/bench/output-kinds.ts';
import type { RunResult, StageFigure } from '../../src/lib/tooling/bench/results.ts';
import { isBudgetedPage, pageWeight } from '../../src/lib/tooling/page-weight.ts';
import { addOneArticle, editOneEntry, editorPass, writeCorpus } from './corpus.ts';
import { measureDev, type DevFigures, type Timed } from './dev.ts';
import { measure } from './measure.ts';
import { measurePair } from './pair.ts';

export const projectRoot = join(import.meta.dirname, '../..');
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const DEV_EDITS = 5;
const DEV_DATA_EDITS = 3;

/** The first entry of the first theme folder: order 1, so it is on its theme's first page. */
export function entryToEdit(root: string): { file: string; theme: string } {
  const entries = join(root, 'content', 'entries');
  const theme = readdirSync(entries).sort()[0]!;
  const name = readdirSync(join(entries, theme))
    .sort()
    .find((n) => /^order: 1$/m.test(readFileSync(join(entries, theme, n), 'utf8')));
  if (!name) throw new Error(`no entry with order 1 in ${theme}`);
  return { file: join(entries, theme, name), theme };
}

const middle = (list: Timed[]): Timed => ({ ms: median(list.map((t) => t.ms)), cpuMs: median(list.map((t) => t.cpuMs)) });

export interface RunOptions {
  size: number;
  /** Whether the pair of clean builds starts with the site's (it alternates from run to run). */
  buildFirst: boolean;
  /** How long to wait, at most, for the machine to settle before the pair. */
  settleMs: number;
}

export async function runOnce({ size, buildFirst, settleMs }: RunOptions): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), `explainer-bench-${size}-`));
  const root = join(dir, 'data');
  const outDir = join(dir, 'dist');
  const env = { ...process.env, ...settingsEnv({ root, run: 'local' }), ASTRO_TELEMETRY_DISABLED: '1' };
  const node = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    measure(process.execPath, args, { cwd: projectRoot, env: { ...env, ...extra } });
  // As `npm run derive` runs it, with Node's compile cache (package.json).
  const derive = (...args: string[]) =>
    node(['--import', join(projectRoot, 'scripts/compile-cache.mjs'), join(projectRoot, 'scripts/derive.ts'), ...args]);
  const siteCache = { BENCH_CACHE_DIR: join(dir, 'cache-site') };
  const bareEnv = { BENCH_CACHE_DIR: join(dir, 'cache-bare'), BENCH_ENTRIES_DIR: join(root, 'content', 'entries') };
  try {
    writeCorpus(root, size);
    const stages: Record<string, StageFigure> = {};
    stages['derive'] = await derive();
    editorPass(root);
    stages['derive-edited'] = await derive();
    stages['check'] = await node(['--import', join(projectRoot, 'scripts/compile-cache.mjs'), join(projectRoot, 'scripts/check.ts')]);
    const siteBuild = (out: string) => node([astro, 'build', '--config', 'bench/full.config.mjs', '--outDir', out], siteCache);
    const bareBuild = () => node([astro, 'build', '--root', 'bench/bare', '--outDir', join(dir, 'dist-bare')], bareEnv);
    const pair = await measurePair(() => siteBuild(outDir), bareBuild, { buildFirst, settleMs });
    stages['build'] = pair.build;
    stages['bare'] = pair.bare;
    const facts = outputFacts(outDir, join(dir, 'dist-bare'));

    // Nothing changed since the last derive: the first run reads again the files that were too
    // recent to trust by their stat (file-signature.ts); the second is the one a maintainer meets.
    stages['noop-first'] = await derive();
    stages['noop'] = await derive();
    stages['derive-check'] = await derive('--check');

    const { file, theme } = entryToEdit(root);
    const site = await measureDev(
      {
        projectRoot,
        dotAstro: join(projectRoot, '.astro'),
        env: { ...env, ...siteCache },
        args: ['--config', 'bench/full.config.mjs'],
        file,
        page: `themes/${theme}/`,
      },
      { edits: DEV_EDITS, dataEdits: DEV_DATA_EDITS },
    );
    const bare = await measureDev(
      {
        projectRoot,
        dotAstro: join(projectRoot, 'bench/bare/.astro'),
        env: { ...env, ...bareEnv },
        args: ['--root', 'bench/bare'],
        file,
        page: `${theme}/`,
      },
      { edits: DEV_EDITS, dataEdits: 0 },
    );

    addOneArticle(root, size);
    stages['add-derive'] = await derive();
    stages['add-build'] = await siteBuild(join(dir, 'dist-add'));

    editOneEntry(root);
    // A CI cache keeps Astro's cache folder, not the last dist/: the rebuild starts from an empty output folder.
    const rebuild = await siteBuild(join(dir, 'dist-rebuild'));
    return { size, ...facts, stages, pair, incremental: rebuild, loop: loopFigures(site, bare) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function loopFigures(site: DevFigures, bare: DevFigures): Record<string, Timed> {
  return {
    'dev-start': site.start,
    'dev-warm-start': site.warmStart,
    'dev-edit': middle(site.bodyEdits),
    'dev-data-edit': middle(site.dataEdits),
    'bare-dev-start': bare.start,
    'bare-dev-edit': middle(bare.bodyEdits),
  };
}

/** Every file of a folder, relative to it, with forward slashes, and its size. */
export function walk(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const stat = statSync(join(dir, name));
    return stat.isFile() ? [{ path: name.split(sep).join('/'), bytes: stat.size }] : [];
  });
}

function outputFacts(outDir: string, bareDir: string): Omit<RunResult, 'size' | 'stages' | 'pair' | 'incremental' | 'loop'> {
  const site = walk(outDir);
  const bare = walk(bareDir);
  const total = (files: typeof site) => files.reduce((sum, f) => sum + f.bytes, 0);
  return {
    pages: site.filter((f) => f.path.endsWith('.html')).length,
    distBytes: total(site),
    bareBytes: total(bare),
    output: { site: bytesByKind(site), bare: bytesByKind(bare) },
    heaviest: heaviestPage(outDir, site),
  };
}

function heaviestPage(outDir: string, files: readonly { path: string }[]): { page: string; bytes: number } {
  const pages = files.map((f) => f.path).filter((page) => page.endsWith('.html') && isBudgetedPage(page));
  return pages.map((page) => ({ page, bytes: pageWeight(outDir, page).total })).reduce((a, b) => (b.bytes > a.bytes ? b : a));
}
