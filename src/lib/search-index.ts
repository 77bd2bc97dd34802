/**
 * Builds the Pagefind search index into `<outDir>/pagefind/`. Only theme pages
 * hold entries, and within them only elements marked data-pagefind-body are
 * indexed, so navigation and boilerplate stay out of results; reading only
 * those pages spares Pagefind the source pages and forwarding pages.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex();
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: 'themes/**/*.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
