import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { LIBRARY_PREVIEW, SEED_SITE } from '../helpers/sites.ts';

const [seed, preview] = await Promise.all([builtSite(SEED_SITE), builtSite(LIBRARY_PREVIEW)]);

// An entry's permanent link is `themes/<theme>/#<slug>`: on the theme's first
// page, the anchor is the entry itself or, once the entry has moved to a later
// page, its line in the list of every entry, linking to where it is now.
describe.each([
  ['the site', seed.dist, '/'],
  ['the fixture site, one entry per page under /pr-42/', preview.dist, '/pr-42/'],
] as const)('permanent entry links in %s', (_name, dist, base) => {
  const read = (path: string) => readFileSync(join(dist, path.slice(base.length), 'index.html'), 'utf8');
  const links = htmlPages(dist)
    .filter((file) => file.startsWith('themes/'))
    .flatMap((file) => [
      ...readFileSync(join(dist, file), 'utf8').matchAll(
        /<article class="entry" aria-labelledby="([^"]+)"><h2 id="[^"]+"><span[^>]*>[^<]+<\/span><a class="anchor" href="([^"]+)" data-pagefind-ignore><span aria-hidden="true">#<\/span><span class="vh">Permanent link to [^<]+<\/span><\/a><\/h2>/g,
      ),
    ])
    .map(([, slug, link]) => ({ slug: slug!, link: link! }));

  it("exist for every entry and point at its theme's first page", () => {
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const { slug, link } of links) expect(link).toMatch(new RegExp(`^${base}themes/[^/]+/#${slug}$`));
  });

  it('land on the entry, or on a line that links to the page the entry is on, where its anchor exists', () => {
    for (const { slug, link } of links) {
      const [path] = link.split('#');
      const first = read(path!);
      if (first.includes(`<article class="entry" aria-labelledby="${slug}">`)) continue;
      const line = new RegExp(`<li id="${slug}"><a href="([^"]+)">`).exec(first);
      expect(line, link).not.toBeNull();
      const [page, anchor] = line![1]!.split('#');
      expect(anchor).toBe(slug);
      expect(read(page!)).toContain(`<h2 id="${slug}">`);
    }
  });
});
