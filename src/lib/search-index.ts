/**
 * Builds the Pagefind search index into `<outDir>/pagefind/`. Only theme pages
 * hold entries, and within them only elements marked data-pagefind-body are
 * indexed, so navigation and boilerplate stay out of results; reading only
 * those pages spares Pagefind the source pages.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Starts indexing and resolves once Pagefind is reading the pages; the
 * returned function waits for it, writes the index and returns the number of
 * pages indexed. Pagefind runs as a process of its own, so the caller can do
 * other work on the second core meanwhile.
 */
export async function startSearchIndex(outDir: string): Promise<() => Promise<number>> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  }
  const adding = index.addDirectory({ path: outDir, glob: 'themes/**/*.html' });
  return async () => {
    try {
      const added = await adding;
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      return added.page_count;
    } finally {
      await pagefind.close();
    }
  };
}
