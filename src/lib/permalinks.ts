/**
 * Permanent entry addresses. An entry's place on its theme's pages changes as
 * the theme grows; `entries/<theme>/<slug>/` never does. The build lists
 * where each entry is now (`permalinks.json`); after the build, each
 * permanent address becomes a tiny page that forwards there, with no script.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Permalink {
  /** Output path of the forwarding page, relative to the out dir: `entries/<theme>/<slug>/index.html`. */
  file: string;
  /** Entry title, for the page title and the visible link. */
  title: string;
  /** Where the entry is now, under the base path: `/base/themes/<theme>/<n>/#<slug>`. */
  target: string;
  /** The same as an absolute URL, for the canonical link. */
  canonical: string;
}

const MANIFEST = 'permalinks.json';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

export function forwardingPage({ title, target, canonical }: Permalink): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="content-security-policy" content="default-src 'none'">`,
    '<meta name="robots" content="noindex">',
    `<title>${escape(title.length > 60 ? `${title.slice(0, 59)}…` : title)}</title>`,
    `<link rel="canonical" href="${escape(canonical)}">`,
    `<meta http-equiv="refresh" content="0; url=${escape(target)}">`,
    '</head>',
    '<body>',
    `<main><p>This entry is here: <a href="${escape(target)}">${escape(title)}</a>.</p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Writes a forwarding page for every entry in the build's manifest; returns how many. */
export function writePermalinks(outDir: string): number {
  const permalinks = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as Permalink[];
  for (const permalink of permalinks) {
    const file = join(outDir, permalink.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, forwardingPage(permalink));
  }
  return permalinks.length;
}
