/** Reading the built output in tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Every page a reader reads, relative, sorted. */
export function htmlPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
}

export const readPage = (outDir: string, file: string): string => readFileSync(join(outDir, file), 'utf8');

/** The URL path a page is served at, under a base: `themes/a/index.html` → `/base/themes/a/`. */
export const urlPathOf = (file: string, base = '/'): string => base + file.replace(/(^|\/)index\.html$/, '$1');

/** A page's script elements that a browser runs: a JSON-LD data block (`type="application/ld+json"`) is never run, so it is not one. */
export const runnableScripts = (html: string): string[] =>
  [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => !/\stype="application\/ld\+json"/i.test(tag));
