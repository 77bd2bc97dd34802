import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-files/content-tree.ts';
import { readSiteSettings } from '../../src/lib/content-files/site-settings.ts';
import { renderMarkdown } from '../../src/lib/render/markdown/render-markdown.ts';
import { siteSearchDocuments } from '../../src/lib/publish/search-documents.ts';
import { DEFAULT_ENTRIES_PER_PAGE } from '../../src/lib/model/settings.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { FIXTURE_BASE, FIXTURE_ROOT } from '../helpers/fixture-site.ts';
import { htmlPages } from '../helpers/dist.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { LIBRARY_PREVIEW, SEED_SITE } from '../helpers/sites.ts';

const [seed, preview] = await Promise.all([builtSite(SEED_SITE), builtSite(LIBRARY_PREVIEW)]);

const entryAnchors = (html: string) => [...html.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
const anchorsIn = (html: string) => [...html.matchAll(/<h[12] id="([^"]+)">/g)].map((m) => m[1]!);

// The search index is fed from the content while Astro renders the pages; it
// must describe exactly the pages the build wrote (the home page, the source
// pages, every theme page, the key terms, About and Updates), or results would point at pages or anchors that
// are not there.
describe.each([
  ['the site', projectRoot, seed.dist, '/', DEFAULT_ENTRIES_PER_PAGE],
  ['the fixture site, one entry per page', FIXTURE_ROOT, preview.dist, FIXTURE_BASE, 1],
] as const)('search documents for %s', (_name, root, dist, base, perPage) => {
  it('name every theme page, with the same entries in the same order', () => {
    const tree = loadContent(root);
    const documents = siteSearchDocuments(tree, (id) => renderMarkdown(tree.entries.find((e) => e.id === id)!.body, base), {
      base,
      perPage,
      settings: readSiteSettings(root),
    });
    // An edition's home, theme and key terms pages are searched in its language; its source pages show the original, searched in English.
    const searched = htmlPages(dist).filter(
      (file) =>
        (/^(?:themes\/.+|sources\/[^/]+\/|terms\/|about\/|updates\/|)index\.html$/.test(file) && file !== 'sources/index.html') ||
        /^es\/(?:themes\/.+|terms\/|about\/|updates\/|)index\.html$/.test(file),
    );
    expect(documents.map((d) => `${d.url.slice(1)}index.html`).sort()).toEqual(searched);
    for (const { url, content } of documents) {
      const page = readFileSync(join(dist, url, 'index.html'), 'utf8');
      if (url.startsWith('/themes/')) expect(entryAnchors(content), url).toEqual(entryAnchors(page).filter((id) => id !== 'Contents'));
      for (const anchor of anchorsIn(content)) expect(page, `${url}#${anchor}`).toContain(` id="${anchor}"`);
    }
  });

  it('are indexed into a Pagefind bundle with only the files the search page loads', () => {
    const bundle = join(dist, 'pagefind');
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(readdirSync(bundle).filter((name) => /ui|highlight/.test(name))).toEqual([]);
  });
});
