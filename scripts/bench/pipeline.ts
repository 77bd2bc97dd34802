/**
 * One benchmark run at one size, in a fresh temporary folder: derive, check
 * on its own, the site's build (`npm run build`: one `astro build` that also
 * checks, indexes and checks links), the bare Astro baseline on the same
 * entries, and an incremental rebuild after one edit that keeps the clean
 * build's cache, as CI would.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { RunResult, StageFigure } from '../../src/lib/tooling/bench/results.ts';
import { isBudgetedPage, pageWeight } from '../../src/lib/tooling/page-weight.ts';
import { editOneEntry, editorPass, writeCorpus } from './corpus.ts';
import { measure } from './measure.ts';

export const projectRoot = join(import.meta.dirname, '../..');
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

export async function runOnce(size: number): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), `explainer-bench-${size}-`));
  const root = join(dir, 'data');
  const outDir = join(dir, 'dist');
  const env = { ...process.env, EXPLAINER_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1', CI: 'false' };
  const node = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    measure(process.execPath, args, { cwd: projectRoot, env: { ...env, ...extra } });
  try {
    writeCorpus(root, size);
    const derive = await node([join(projectRoot, 'scripts/derive.ts')]);
    editorPass(root);
    const check = await node([join(projectRoot, 'scripts/check.ts')]);
    const siteBuild = (out: string) =>
      node([astro, 'build', '--config', 'bench/full.config.mjs', '--outDir', out], { BENCH_CACHE_DIR: join(dir, 'cache-site') });
    const build = await siteBuild(outDir);
    const pages = countFiles(outDir, '.html');
    const heaviest = heaviestPage(outDir);
    const distBytes = folderBytes(outDir);
    const bare = await node([astro, 'build', '--root', 'bench/bare', '--outDir', join(dir, 'dist-bare')], {
      BENCH_CACHE_DIR: join(dir, 'cache-bare'),
      BENCH_ENTRIES_DIR: join(root, 'content', 'entries'),
    });
    const bareBytes = folderBytes(join(dir, 'dist-bare'));
    editOneEntry(root);
    // A CI cache keeps Astro's cache folder, not the last dist/: the rebuild starts from an empty output folder.
    const rebuildDir = join(dir, 'dist-rebuild');
    const rebuild = await siteBuild(rebuildDir);
    const stages: Record<string, StageFigure> = { derive, check, build, bare };
    return { size, pages, distBytes, bareBytes, heaviest, stages, incremental: rebuild };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

const countFiles = (dir: string, ext: string) => walk(dir).filter((path) => path.endsWith(ext)).length;

function heaviestPage(outDir: string): { page: string; bytes: number } {
  const pages = walk(outDir)
    .map((path) => relative(outDir, path).split(sep).join('/'))
    .filter((page) => page.endsWith('.html') && isBudgetedPage(page));
  return pages.map((page) => ({ page, bytes: pageWeight(outDir, page).total })).reduce((a, b) => (b.bytes > a.bytes ? b : a));
}
const folderBytes = (dir: string) => walk(dir).reduce((sum, path) => sum + statSync(path).size, 0);
