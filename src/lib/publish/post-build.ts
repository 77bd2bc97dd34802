/**
 * What the build does after Astro has written the pages: each edition's 404
 * page moved to where static hosts look for it, the sitemap, the host
 * headers file, the link check, and moving in the search index that
 * Pagefind has been building meanwhile in its own process.
 */
import { existsSync, readdirSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from './headers-file.ts';
import { checkLinks, type BrokenLink } from './linkcheck/check-links.ts';
import { siteFiles } from './linkcheck/site-files.ts';
import type { PendingIndex } from './search-index.ts';
import { sitemap } from './sitemap.ts';

export interface PostBuildResult {
  indexedPages: number;
  broken: BrokenLink[];
}

/**
 * Astro writes an edition's 404 page, `<code>/404`, as `<code>/404/index.html`; hosts that serve a
 * folder's own 404 page (Cloudflare Pages, `sirv` in the tests) look for `<code>/404.html`.
 */
function moveNotFoundPages(outDir: string): void {
  for (const folder of readdirSync(outDir, { withFileTypes: true })) {
    const page = join(outDir, folder.name, '404', 'index.html');
    if (!folder.isDirectory() || !existsSync(page)) continue;
    renameSync(page, join(outDir, folder.name, '404.html'));
    rmdirSync(join(outDir, folder.name, '404'));
  }
}

export async function postBuild(outDir: string, options: { base: string; origin: string; search: PendingIndex }): Promise<PostBuildResult> {
  const { base, origin, search } = options;
  moveNotFoundPages(outDir);
  // Each page is read once, for the sitemap and the link check alike.
  const texts = new Map<string, string>();
  const site = siteFiles(outDir, texts);
  const pages = [...site.files].filter((file) => file.endsWith('.html')).map((file) => ({ file, html: site.read(file) }));
  for (const [name, text] of Object.entries(sitemap(pages, { base, origin }))) writeFileSync(join(outDir, name), text);
  writeFileSync(join(outDir, '_headers'), headersFile(base));
  const broken = checkLinks(siteFiles(outDir, texts), { base, origin });
  return { indexedPages: await search.finish(outDir), broken };
}
