/**
 * What the build does after Astro has written the pages: the host headers
 * file, the search index and the link check.
 * The search index is built by Pagefind's own process while this one checks
 * the links, so the two share the machine's cores instead of taking turns.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from './headers-file.ts';
import { checkLinks, type BrokenLink } from './linkcheck/check-links.ts';
import { siteFiles } from './linkcheck/site-files.ts';
import { startSearchIndex } from './search-index.ts';

export interface PostBuildResult {
  indexedPages: number;
  broken: BrokenLink[];
}

export async function postBuild(outDir: string, { base, origin }: { base: string; origin?: string }): Promise<PostBuildResult> {
  const finishIndex = await startSearchIndex(outDir);
  // One turn of the event loop sends Pagefind its request before this thread is busy.
  await new Promise((resolve) => setImmediate(resolve));
  writeFileSync(join(outDir, '_headers'), headersFile(base));
  const broken = checkLinks(siteFiles(outDir), { base, origin });
  return { indexedPages: await finishIndex(), broken };
}
