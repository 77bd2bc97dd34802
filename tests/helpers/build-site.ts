/**
 * Builds the site the way `npm run build` does (`astro build`, which checks
 * the content, renders, then indexes for search and checks links), optionally
 * from another data root and under a base path, so tests check exactly what
 * the build ships.
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { resolve } from 'node:path';
import { settingsEnv } from '../../src/lib/model/settings.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Folder holding content/ and seeds/; defaults to the project. */
  dataRoot?: string;
  outDir: string;
  basePath?: string;
  siteUrl?: string;
  /** Theme page size (ENTRIES_PER_PAGE). */
  entriesPerPage?: number;
  /** Drop Astro's content cache first, so nothing from an earlier build is reused. */
  clean?: boolean;
  /** Run kind: CI and EXPLAINER_PREVIEW for the build; unset ones are removed, never inherited, so a build is as strict on a CI machine as on a laptop. */
  runKind?: { CI?: string; EXPLAINER_PREVIEW?: string };
}

export function buildSite({
  dataRoot = projectRoot,
  outDir,
  basePath,
  siteUrl,
  entriesPerPage,
  clean = false,
  runKind = {},
}: BuildOptions): void {
  // Vitest puts Vite's own variables (BASE_URL, MODE, ...) into process.env; Astro would read them back.
  const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, CI, EXPLAINER_PREVIEW, ...inherited } = process.env;
  const options = {
    cwd: projectRoot,
    stdio: 'pipe' as const,
    env: {
      ...inherited,
      ...runKind,
      ...settingsEnv({ root: dataRoot, base: basePath, site: siteUrl, entriesPerPage }),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  };
  run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...(clean ? ['--force'] : [])], options);
}

/** Runs a Node script, surfacing its own error output when it fails. */
function run(args: string[], options: ExecFileSyncOptions): void {
  try {
    execFileSync(process.execPath, args, options);
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`${args[0]} failed:\n${String(stderr ?? '')}${String(stdout ?? '')}`);
  }
}
