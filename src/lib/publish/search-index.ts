/**
 * The Pagefind search index, fed with the searchable pages' text (home,
 * sources, themes) as soon as the content is loaded (see
 * search-documents.ts). Pagefind indexes and writes the index, in a process
 * of its own, into a staging folder while Astro renders; `finish` moves it to
 * `<outDir>/pagefind/` once the pages are written (Astro empties the output
 * folder first, so it cannot go there earlier).
 */
import { cpSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchDocument } from './search-html.ts';

export interface PendingIndex {
  /** Waits for the index, moves it into the output folder and returns the number of pages indexed. */
  finish: (outDir: string) => Promise<number>;
}

export function startSearchIndex(documents: readonly SearchDocument[], staging: string): PendingIndex {
  const built = buildIndex(documents, staging);
  // Its failure is reported by `finish`; until then it must not count as unhandled.
  built.catch(() => undefined);
  return {
    finish: async (outDir) => {
      const count = await built;
      const target = join(outDir, 'pagefind');
      rmSync(target, { recursive: true, force: true });
      try {
        renameSync(staging, target);
      } catch (error) {
        // The cache folder may sit on another file system than the output.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        cpSync(staging, target, { recursive: true });
        rmSync(staging, { recursive: true, force: true });
      }
      return count;
    },
  };
}

async function buildIndex(documents: readonly SearchDocument[], staging: string): Promise<number> {
  rmSync(staging, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex();
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await Promise.all(documents.map(({ url, content }) => index.addHTMLFile({ url, content })));
    const problems = added.flatMap((result) => result.errors);
    if (problems.length > 0) throw new Error(`Pagefind could not index the pages: ${problems.join('; ')}`);
    const written = await index.writeFiles({ outputPath: staging });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    removeUnused(staging);
    return documents.length;
  } finally {
    await pagefind.close();
  }
}

/**
 * Pagefind also writes files no page loads: its ready-made interfaces (the
 * site's search page has its own) and a search engine for each language it
 * could meet (`wasm.<language>.pagefind`, `unknown` for one it cannot stem)
 * where the browser only ever loads the one each index names.
 */
function removeUnused(dir: string): void {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
  const engines = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm || 'unknown'}.pagefind`));
  for (const name of readdirSync(dir)) {
    const ui = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/.test(name);
    if (ui || (/^wasm\.[^/]+\.pagefind$/.test(name) && !engines.has(name))) rmSync(join(dir, name));
  }
}
