/**
 * node scripts/postbuild.ts [outDir]
 * Runs after `astro build`: writes the host headers file, the entries'
 * forwarding pages and the search index, then checks every internal link in the output. One line per broken link; exit 1 if any.
 * Reads BASE_PATH and SITE_URL exactly as the Astro config does.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headersFile } from '../src/lib/headers-file.ts';
import { checkLinks, formatBrokenLink } from '../src/lib/linkcheck/check-links.ts';
import { siteFiles } from '../src/lib/linkcheck/site-files.ts';
import { writePermalinks } from '../src/lib/permalinks.ts';
import { buildSearchIndex } from '../src/lib/search-index.ts';
import { normaliseBase, normaliseSite } from '../src/lib/url.ts';

async function main(args: readonly string[]): Promise<number> {
  if (args.length > 1) {
    console.error('usage: node scripts/postbuild.ts [outDir]');
    return 1;
  }
  const outDir = resolve(args[0] ?? 'dist');
  const base = normaliseBase(process.env['BASE_PATH']);
  writeFileSync(join(outDir, '_headers'), headersFile(base));
  console.log(`permalinks: ${writePermalinks(outDir)} forwarding page(s).`);
  const pages = await buildSearchIndex(outDir);
  console.log(`search index: ${pages} page(s) scanned.`);
  const broken = checkLinks(siteFiles(outDir), { base, origin: normaliseSite(process.env['SITE_URL']) });
  for (const link of broken) console.error(`broken link: ${formatBrokenLink(link)}`);
  if (broken.length > 0) {
    console.error(`${broken.length} broken link(s) in ${outDir}.`);
    return 1;
  }
  console.log('links ok.');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
