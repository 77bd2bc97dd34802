/**
 * The sitemap, written from the built pages: every page that is its own
 * canonical page, with its `hreflang` alternates. A page an edition shows
 * only in the source language (a fallback) names the original as its
 * canonical page, so it is left out, as are pages with no address of their
 * own (404, which has no canonical link). Written as `sitemap-index.xml`
 * and `sitemap-0.xml`, the names robots.txt and hosts expect.
 */
import { escapeHtml } from './search-html.ts';

export interface SitemapPage {
  /** Path in the output folder: `themes/a/index.html`. */
  file: string;
  html: string;
}

const CANONICAL = /<link rel="canonical" href="([^"]+)"/;
const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g;

/** The page's own URL: `themes/a/index.html` under `/pr-42/` on the origin → `https://…/pr-42/themes/a/`. */
const urlOf = (file: string, base: string, origin: string) => new URL(base + file.replace(/(^|\/)index\.html$/, '$1'), origin).href;

export function sitemap(pages: readonly SitemapPage[], { base, origin }: { base: string; origin: string }): Record<string, string> {
  const urls = pages
    .filter(({ file, html }) => CANONICAL.exec(html)?.[1] === urlOf(file, base, origin))
    .map(({ file, html }) => {
      const alternates = [...html.matchAll(ALTERNATE)].map(
        ([, lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeHtml(lang!)}" href="${escapeHtml(href!)}"/>`,
      );
      return { loc: urlOf(file, base, origin), alternates };
    })
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  const head = '<?xml version="1.0" encoding="UTF-8"?>';
  return {
    'sitemap-index.xml': `${head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${escapeHtml(new URL(`${base}sitemap-0.xml`, origin).href)}</loc></sitemap></sitemapindex>\n`,
    'sitemap-0.xml': `${head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls
      .map(({ loc, alternates }) => `<url><loc>${escapeHtml(loc)}</loc>${alternates.join('')}</url>`)
      .join('')}</urlset>\n`,
  };
}
