/**
 * Builds the site the way `npm run build` does (`astro build`, which checks
 * the content, renders, then indexes for search and checks links), from a
 * data root and under a base path as asked, so tests check exactly what the
 * build ships. Builds may run at the same time: each has an Astro cache
 * folder of its own, through bench/full.config.mjs (the site's configuration
 * with the cache folder moved), so each is a clean build and none reads
 * another's content store; and each runs in its output's parent folder, so
 * Astro stages its prerendered pages inside that output, not in the project's
 * shared .astro/. The staged code imports the project's packages, so the
 * output must be inside the project (tests/helpers/site-builds.ts builds in
 * node_modules/.cache/).
 */
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { settingsEnv } from '../../src/lib/model/settings.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Folder holding content/ and seeds/; defaults to the project. */
  dataRoot?: string;
  outDir: string;
  /** Astro's cache folder for this build; defaults to one beside outDir. */
  cacheDir?: string;
  basePath?: string;
  siteUrl?: string;
  /** Theme page size (ENTRIES_PER_PAGE). */
  entriesPerPage?: number;
  /** Run kind: CI and EXPLAINER_PREVIEW for the build; unset ones are removed, never inherited, so a build is as strict on a CI machine as on a laptop. */
  runKind?: { CI?: string; EXPLAINER_PREVIEW?: string };
  /** Anything else the build runs under, such as a time zone or a locale. */
  env?: Record<string, string>;
}

export interface BuildRun {
  status: number | null;
  /** What the build printed, standard output then standard error. */
  output: string;
}

/** Runs a build and gives its exit status and output, failed or not. */
export function runBuild({
  dataRoot = projectRoot,
  outDir,
  cacheDir = `${outDir}-cache`,
  basePath,
  siteUrl,
  entriesPerPage,
  runKind = {},
  env = {},
}: BuildOptions): Promise<BuildRun> {
  // Vitest puts Vite's own variables (BASE_URL, MODE, ...) into process.env; Astro would read them back.
  const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, CI, EXPLAINER_PREVIEW, ...inherited } = process.env;
  const astro = resolve(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const args = [astro, 'build', '--root', projectRoot, '--config', 'bench/full.config.mjs', '--outDir', outDir];
  const child = spawn(process.execPath, args, {
    cwd: dirname(outDir),
    env: {
      ...inherited,
      ...runKind,
      ...env,
      ...settingsEnv({ root: dataRoot, base: basePath, site: siteUrl, entriesPerPage }),
      BENCH_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const printed = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (printed.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (printed.stderr += chunk));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => done({ status, output: printed.stdout + printed.stderr }));
  });
}

/**
 * Builds of one project share its `.astro/` folder, where Astro replaces a file by renaming a
 * temporary one into place; two builds starting together can both rename it, and the second finds
 * nothing to rename. The file is then written, so one more try is enough.
 */
const SHARED_FILE_RACE = /ENOENT: no such file or directory, rename '[^']*\.astro[\\/][^']*\.tmp'/;

/** Builds a site, failing with the build's own output when it fails. */
export async function buildSite(options: BuildOptions): Promise<void> {
  let { status, output } = await runBuild(options);
  if (status !== 0 && SHARED_FILE_RACE.test(output)) ({ status, output } = await runBuild(options));
  if (status !== 0) throw new Error(`astro build failed:\n${output}`);
}
