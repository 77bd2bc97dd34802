/**
 * What a page costs a reader on first load: the HTML plus every stylesheet,
 * script, preload, icon and eager image it references, each gzipped as a
 * server would send it. Links the reader may follow later are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** Gzipped bytes of the HTML and each first-paint resource, by path. */
  parts: Record<string, number>;
  total: number;
}

const LOADED = [
  /<link\b(?=[^>]*\brel="(?:stylesheet|preload|modulepreload|icon|manifest)")[^>]*\bhref="([^"]+)"/g,
  /<script\b[^>]*\bsrc="([^"]+)"/g,
  /<img\b(?![^>]*\bloading="lazy")[^>]*\bsrc="([^"]+)"/g,
];

const gzipSize = (data: Buffer | string): number => gzipSync(data).length;

/** Everything the page loads at first paint, as paths under the output folder (data: URLs are in the HTML already). */
export function firstPaintResources(html: string, base: string): string[] {
  const urls = LOADED.flatMap((pattern) => [...html.matchAll(pattern)].map((m) => m[1]!));
  return urls.filter((url) => !url.startsWith('data:')).map((url) => new URL(url, 'http://x').pathname.slice(base.length));
}

/** The pages held to the reader's budget: the home (or front) page, every story's home, every theme page, key terms and the timeline, in every edition (`<code>/…`). */
export function isBudgetedPage(page: string): boolean {
  const path = page.replace(/^[a-z]{2,3}\//, '');
  return (
    path === 'index.html' ||
    path.startsWith('stories/') ||
    path.startsWith('themes/') ||
    path === 'terms/index.html' ||
    path === 'timeline/index.html'
  );
}

/** Budgeted pages may load at most this much at first paint, gzipped. */
export const PAGE_BUDGET_BYTES = 14 * 1024;

export function pageWeight(outDir: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(outDir, page));
  const parts: Record<string, number> = { [page]: gzipSize(html) };
  for (const resource of firstPaintResources(html.toString('utf8'), base)) {
    const file = join(outDir, resource);
    if (!existsSync(file)) throw new Error(`${page} loads ${resource}, which is not in the output`);
    parts[resource] = gzipSize(readFileSync(file));
  }
  return { parts, total: Object.values(parts).reduce((a, b) => a + b, 0) };
}
