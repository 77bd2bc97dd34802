/**
 * A built site's bytes by kind of file, so the benchmark can say what the
 * site's output holds beyond the bare build's pages: each kind of page, the
 * search index, feeds, the sitemap, stylesheets and scripts.
 */

export const OUTPUT_KINDS = [
  'theme pages',
  'source pages',
  'other pages',
  'search index',
  'feeds',
  'sitemap',
  'stylesheets and scripts',
  'other files',
] as const;

export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** The kind of a file of the output, by its path relative to the output folder (`themes/a/2/index.html`); an edition's pages (`es/…`) count with the source language's. */
export function kindOfOutput(path: string): OutputKind {
  const file = path.replace(/^[a-z]{2,3}\//, '');
  if (file.startsWith('pagefind/')) return 'search index';
  if (/^sitemap[^/]*\.xml$/.test(file)) return 'sitemap';
  if (file.endsWith('.xml')) return 'feeds';
  if (/\.(?:css|m?js)$/.test(file)) return 'stylesheets and scripts';
  if (!file.endsWith('.html')) return 'other files';
  if (file.startsWith('themes/')) return 'theme pages';
  if (/^sources\/[^/]+\/index\.html$/.test(file)) return 'source pages';
  return 'other pages';
}

/** Bytes by kind, every kind present (0 where the output has none). */
export function bytesByKind(files: readonly { path: string; bytes: number }[]): Record<OutputKind, number> {
  const totals = Object.fromEntries(OUTPUT_KINDS.map((kind) => [kind, 0])) as Record<OutputKind, number>;
  for (const { path, bytes } of files) totals[kindOfOutput(path)] += bytes;
  return totals;
}
