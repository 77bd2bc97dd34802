/** The built output as the link check sees it: its file list and a reader. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SiteFiles } from './check-links.ts';

export function siteFiles(outDir: string): SiteFiles {
  const root = resolve(outDir);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return { files: new Set(files), read: (file) => readFileSync(join(root, file), 'utf8') };
}
