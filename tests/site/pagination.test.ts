import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/site-builds.ts';
import { LIBRARY_PREVIEW, SEED_SITE } from '../helpers/sites.ts';

const [preview, seed] = await Promise.all([builtSite(LIBRARY_PREVIEW), builtSite(SEED_SITE)]);

// The fixture site is built under /pr-42/ with one entry per theme page.
describe('theme pages split into pages, with entries findable wherever they land', () => {
  const read = (path: string) => readFileSync(join(preview.dist, path), 'utf8');

  it('puts each entry on its own page, in order, with an accessible page list', () => {
    const first = read('themes/opening-hours/index.html');
    const second = read('themes/opening-hours/2/index.html');
    expect(first).toContain('<h2 id="sunday-opening">');
    expect(first).not.toContain('<h2 id="weekday-hours">');
    expect(second).toContain('<h2 id="weekday-hours">');
    expect(second).not.toContain('id="sunday-opening"');
    expect(first).toContain(
      '<nav class="pages" aria-label="Pages of this question"><p>Page 1 of 2</p><ol><li><a href="/pr-42/themes/opening-hours/" aria-current="page">Page 1</a></li><li><a href="/pr-42/themes/opening-hours/2/">Page 2</a></li></ol></nav>',
    );
    expect(second).toMatch(/<h1>[^<]+<span class="page-of">Page 2 of 2<\/span><\/h1>/);
    expect(second).toContain('<nav class="pages" aria-label="Pages of this question"><p>Page 2 of 2</p>');
    expect(second).toMatch(/<title>[^<]*, page 2 of 2/);
  });

  it('links the source paragraph to the page the entry is on now', () => {
    expect(read('sources/library-hours/index.html')).toContain('href="/pr-42/themes/opening-hours/2/#weekday-hours"');
  });

  it("keeps the permanent link working: the first page lists every entry, with a moved one's anchor on its line", () => {
    const first = read('themes/opening-hours/index.html');
    const second = read('themes/opening-hours/2/index.html');
    expect(second).toContain(
      '<a class="anchor" href="/pr-42/themes/opening-hours/#weekday-hours" data-pagefind-ignore><span aria-hidden="true">#</span><span class="vh">Permanent link to Longer weekday hours</span></a>',
    );
    expect(first).toMatch(
      /<nav class="contents" aria-labelledby="Contents"[^>]*><h2 id="Contents">Every entry in this question<\/h2><ol><li><a href="#sunday-opening">[^<]+<\/a><\/li><li id="weekday-hours"><a href="\/pr-42\/themes\/opening-hours\/2\/#weekday-hours">[^<]+<\/a> <span class="on-page">\(page 2\)<\/span><\/li><\/ol><\/nav>/,
    );
    // A page of one entry needs no list of what is on it.
    expect(second).not.toContain('class="contents"');
    expect(second).not.toContain('Every entry in this question');
  });

  it('does not split a theme that fits on one page', () => {
    expect(readFileSync(join(seed.dist, 'themes/coalition-cities/index.html'), 'utf8')).not.toContain('class="pages"');
  });
});
