/**
 * Builds the real site into dist/ once before the suites that read it, so
 * every test checks what `npm run build` ships, not a dev server.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default function setup(project: TestProject): void {
  const distDir = join(projectRoot, 'dist');
  buildSite({ outDir: distDir });
  project.provide('distDir', distDir);
}
