/**
 * What the build does after Astro has written the pages: the host headers
 * file, the link check, and moving in the search index that Pagefind has
 * been building meanwhile in its own process.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from './headers-file.ts';
import { checkLinks, type BrokenLink } from './linkcheck/check-links.ts';
import { siteFiles } from './linkcheck/site-files.ts';
import type { PendingIndex } from './search-index.ts';

export interface PostBuildResult {
  indexedPages: number;
  broken: BrokenLink[];
}

export async function postBuild(
  outDir: string,
  options: { base: string; origin?: string; search: PendingIndex },
): Promise<PostBuildResult> {
  const { base, origin, search } = options;
  writeFileSync(join(outDir, '_headers'), headersFile(base));
  const broken = checkLinks(siteFiles(outDir), { base, origin });
  return { indexedPages: await search.finish(outDir), broken };
}
