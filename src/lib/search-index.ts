/**
 * The Pagefind search index, fed with the theme pages' text as soon as the
 * content is loaded (see search-documents.ts) and written into
 * `<outDir>/pagefind/` once the pages are. Pagefind indexes in a process of
 * its own, so the work overlaps the rest of the build.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchDocument } from './search-documents.ts';

export interface PendingIndex {
  /** Waits for the indexing, writes the index and returns the number of pages indexed. */
  finish: (outDir: string) => Promise<number>;
}

export async function startSearchIndex(documents: readonly SearchDocument[]): Promise<PendingIndex> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  }
  const added = Promise.all(documents.map(({ url, content }) => index.addHTMLFile({ url, content })));
  // Only the count is kept: the documents themselves are Pagefind's now.
  const count = documents.length;
  return {
    finish: async (outDir) => {
      try {
        const problems = (await added).flatMap((result) => result.errors);
        if (problems.length > 0) throw new Error(`Pagefind could not index the pages: ${problems.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        removeUnusedUi(join(outDir, 'pagefind'));
        return count;
      } finally {
        await pagefind.close();
      }
    },
  };
}

/** Pagefind also writes its ready-made interfaces; the site's search page has its own, so they would only be dead weight. */
function removeUnusedUi(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (/^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/.test(name)) rmSync(join(dir, name));
  }
}
