/**
 * Builds the site with the real Astro CLI, the way `npm run build` does,
 * optionally from another data root and under a base path.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Folder holding content/ and seeds/; defaults to the project. */
  dataRoot?: string;
  outDir: string;
  basePath?: string;
  siteUrl?: string;
  /** Drop Astro's content cache first, so nothing from an earlier build is reused. */
  clean?: boolean;
}

export function buildSite({ dataRoot = projectRoot, outDir, basePath, siteUrl, clean = false }: BuildOptions): void {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...(clean ? ['--force'] : [])], {
    cwd: projectRoot,
    stdio: 'pipe',
    env: {
      ...process.env,
      EXPLAINER_ROOT: dataRoot,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(basePath && { BASE_PATH: basePath }),
      ...(siteUrl && { SITE_URL: siteUrl }),
    },
  });
}
