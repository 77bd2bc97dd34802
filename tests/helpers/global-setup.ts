/**
 * The run's build folder, where tests/helpers/site-builds.ts builds each site
 * the `site` and `browser` tiers ask for, once, and removes after the run. It
 * is inside the project (node_modules/.cache/), because Astro's prerendered
 * pages, staged in a build's output, import the project's packages.
 *
 * Both projects name this setup; Vitest runs it once per project in the same
 * process, so the folder is made by the first and handed to the second, and
 * removed after the last one finishes.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the run's sites are built in, one folder per build. */
    buildsDir: string;
  }
}

interface Builds {
  dir: string;
  users: number;
}

const SLOT = Symbol.for('explainer.test-builds');
type Slots = { [SLOT]?: Builds };

export default function setup(project: TestProject): () => void {
  const slots = globalThis as Slots;
  const cache = join(projectRoot, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const builds = (slots[SLOT] ??= { dir: mkdtempSync(join(cache, 'test-builds-')), users: 0 });
  builds.users += 1;
  project.provide('buildsDir', builds.dir);
  return () => {
    builds.users -= 1;
    if (builds.users > 0) return;
    rmSync(builds.dir, { recursive: true, force: true });
    delete slots[SLOT];
  };
}
