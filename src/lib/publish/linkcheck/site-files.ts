/**
 * The built output as the link check sees it: its file list and a reader.
 * Texts read are kept in `texts`, which views listed again after more files
 * were written can share, so no page is read twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SiteFiles } from './check-links.ts';

export function siteFiles(outDir: string, texts = new Map<string, string>()): SiteFiles {
  const root = resolve(outDir);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const read = (file: string) => {
    let text = texts.get(file);
    if (text === undefined) texts.set(file, (text = readFileSync(join(root, file), 'utf8')));
    return text;
  };
  return { files: new Set(files), read };
}
