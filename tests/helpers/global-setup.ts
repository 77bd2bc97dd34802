/**
 * Builds the real site into dist/ once before the suites that read it, so
 * every test checks what `npm run build` ships, not a dev server. Also builds
 * a small fixture tree under a base path, the way CI previews are built, with
 * one entry per theme page so that pagination is exercised too.
 *
 * The `site` and `browser` projects both name this setup; Vitest runs it once
 * per project in the same process, so the builds are made by the first and
 * handed to the second, and removed after the last one finishes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './build-site.ts';
import { DATED_ROOT, FIXTURE_BASE, FIXTURE_ROOT, FIXTURE_SITE } from './fixture-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    /** The fixture tree in tests/fixtures/site-preview, built under FIXTURE_BASE, one entry per theme page. */
    fixtureDistDir: string;
    /** The fixture tree in tests/fixtures/site-dated (key terms and a timeline, some still drafts), built as a pull-request preview under FIXTURE_BASE. */
    datedDistDir: string;
  }
}

interface Builds {
  distDir: string;
  fixtureDistDir: string;
  datedDistDir: string;
  users: number;
}

const SLOT = Symbol.for('explainer.test-builds');
type Slots = { [SLOT]?: Builds };

function build(): Builds {
  const distDir = join(projectRoot, 'dist');
  // The seed site is built as CI builds it: it must carry no draft and no stale citation.
  buildSite({ outDir: distDir, runKind: { CI: 'true' } });
  const fixtureDistDir = join(mkdtempSync(join(tmpdir(), 'explainer-fixture-')), 'dist');
  buildSite({ dataRoot: FIXTURE_ROOT, outDir: fixtureDistDir, basePath: FIXTURE_BASE, siteUrl: FIXTURE_SITE, entriesPerPage: 1 });
  const datedDistDir = join(fixtureDistDir, '..', 'dated');
  buildSite({
    dataRoot: DATED_ROOT,
    outDir: datedDistDir,
    basePath: FIXTURE_BASE,
    siteUrl: FIXTURE_SITE,
    runKind: { CI: 'true', EXPLAINER_PREVIEW: 'true' },
  });
  return { distDir, fixtureDistDir, datedDistDir, users: 0 };
}

export default function setup(project: TestProject): () => void {
  const slots = globalThis as Slots;
  const builds = (slots[SLOT] ??= build());
  builds.users += 1;
  project.provide('distDir', builds.distDir);
  project.provide('fixtureDistDir', builds.fixtureDistDir);
  project.provide('datedDistDir', builds.datedDistDir);
  return () => {
    builds.users -= 1;
    if (builds.users > 0) return;
    rmSync(join(builds.fixtureDistDir, '..'), { recursive: true, force: true });
    delete slots[SLOT];
  };
}
