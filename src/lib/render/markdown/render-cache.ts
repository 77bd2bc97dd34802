/**
 * The bulk of what pages show, kept beside Astro's content store rather than
 * in it: rendered bodies of themes and entries, and the paragraph texts of
 * sources. The store is serialised into a JavaScript module that the build
 * bundles and then parses again; this text was most of its bytes and no query
 * needs it, so it lives in one JSON file per collection in Astro's cache
 * folder, keyed by id and content digest. The next build reuses every body
 * whose digest is unchanged, which makes the file a render cache too.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../content-files/atomic-write.ts';
import { contentHash } from '../../model/hash.ts';

export interface Rendered {
  digest: string;
  /** The rendered body; empty for a source. */
  html: string;
  /** A source's paragraph texts, by paragraph id. */
  texts?: Record<string, string>;
}

export type RenderedBodies = Record<string, Rendered>;

/**
 * One file per data root, base path and collection: builds of different
 * trees, or of one tree under different base paths, can share a cache
 * folder, even at the same time.
 */
export function renderCacheFile(cacheDir: URL | string, root: string, base: string, collection: string): string {
  const dir = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
  return join(dir, 'explainer', `${contentHash(`${root}\n${base}`)}-${collection}.json`);
}

/** The bodies a build wrote, or none when there is no readable file. */
export function readRenderCache(file: string): RenderedBodies {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RenderedBodies;
  } catch {
    // A cache that cannot be read is rebuilt, never trusted.
    return {};
  }
}

export function writeRenderCache(file: string, bodies: RenderedBodies, now = Date.now()): void {
  writeFileAtomic(file, JSON.stringify(bodies));
  pruneStale(dirname(file), now);
}

const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Every data root and base path gets files of its own, and so does a build's
 * search staging folder: whatever has not been written for a month (a
 * temporary tree, a build that was killed) is dropped, so the folder does not
 * grow for ever.
 */
function pruneStale(dir: string, now: number): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}
