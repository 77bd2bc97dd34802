import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLink } from '../../src/lib/publish/linkcheck/check-links.ts';
import { scanHtml } from '../../src/lib/publish/linkcheck/html-scan.ts';
import { resolveLink } from '../../src/lib/publish/linkcheck/resolve-link.ts';
import { siteFiles } from '../../src/lib/publish/linkcheck/site-files.ts';
import { candidateFiles, pagePathOf } from '../../src/lib/publish/linkcheck/target-file.ts';
import { renderMarkdown } from '../../src/lib/render/markdown/render-markdown.ts';
import { projectRoot } from '../helpers/build-site.ts';

const fixture = (name: string) => siteFiles(join(projectRoot, 'tests/fixtures/linkcheck', name));
const options = { base: '/pr-42/', origin: 'https://example.org' };

describe('the link check over a built site', () => {
  it('passes a site whose every link resolves, relative, encoded, with queries and srcset', () => {
    expect(checkLinks(fixture('good'), options)).toEqual([]);
  });

  it('reports each broken link once, with its page and the reason', () => {
    expect(checkLinks(fixture('bad'), options).map(formatBrokenLink)).toEqual([
      'index.html: https://example.org/pr-42/gone/: no file gone/index.html in the output',
      'index.html: /pr-42/missing.js: no file missing.js or missing.js/index.html in the output',
      'index.html: #main: no element with id "main" on index.html',
      'index.html: /themes/a/: outside the base path /pr-42/',
      'index.html: /pr-42/themes/b/: no file themes/b/index.html in the output',
      'index.html: /pr-42/themes/a/#no-such-entry: no element with id "no-such-entry" on themes/a/index.html',
      'index.html: #: empty fragment',
      'index.html: javascript:void(0): javascript: URL',
      'index.html: : empty URL',
      'index.html: ../outside.png: outside the base path /pr-42/',
      'themes/a/index.html: %E0%A4%A: malformed percent-encoding',
    ]);
  });

  it('fails the good site when it is checked under the wrong base path', () => {
    const broken = checkLinks(fixture('good'), { base: '/pr-7/', origin: 'https://example.org' });
    expect(broken.map((b) => b.reason)).toContain('outside the base path /pr-7/');
  });
});

describe('the link check rules', () => {
  it('finds URLs in start tags only, not in comments or script bodies', () => {
    const { refs, ids } = scanHtml(
      '<!-- <a href="/x/"> --><script>let a = "<a href=/y/>"</script><a id=top href=\'/z/?a=1&amp;b=2\'>z</a>',
    );
    expect(refs).toEqual([{ tag: 'a', attr: 'href', url: '/z/?a=1&b=2' }]);
    expect([...ids]).toEqual(['top']);
  });

  it('decodes every character reference in attribute values, as a browser does', () => {
    const { refs, ids } = scanHtml('<a id="q&#x26;a" href="/a/?b=1&#x26;c=2&amp;d=3&#38;e#caf&eacute;">x</a><a href="/x/?a&copy=1">y</a>');
    expect(refs.map((ref) => ref.url)).toEqual(['/a/?b=1&c=2&d=3&e#café', '/x/?a&copy=1']);
    expect([...ids]).toEqual(['q&a']);
  });

  it('reads an editor’s link with a query the way the renderer wrote it', () => {
    const body = renderMarkdown('See [the list](/themes/a/?sort=new&view=all#top).', '/pr-42/');
    expect(body).toContain('&#x26;');
    const page = `<main><h1 id="top">A</h1>${body}</main>`;
    const site = { files: new Set(['index.html', 'themes/a/index.html']), read: () => page };
    expect(scanHtml(body).refs.map((ref) => ref.url)).toEqual(['/pr-42/themes/a/?sort=new&view=all#top']);
    expect(checkLinks(site, options)).toEqual([]);
  });

  it('leaves links to other sites alone and treats the own origin as internal', () => {
    const context = { pagePath: '/pr-42/themes/a/', base: '/pr-42/', origin: 'https://example.org' };
    expect(resolveLink('https://elsewhere.example/', context)).toEqual({ type: 'external' });
    expect(resolveLink('https://example.org/pr-42/about/#kinds', context)).toEqual({ type: 'internal', path: 'about/', fragment: 'kinds' });
    expect(resolveLink('../b/', context)).toEqual({ type: 'internal', path: 'themes/b/', fragment: undefined });
  });

  it('resolves an anchor on the same page as a link to that page, decoded', () => {
    const context = { pagePath: '/pr-42/themes/a/2/', base: '/pr-42/' };
    expect(resolveLink('#caf%C3%A9', context)).toEqual({ type: 'internal', path: 'themes/a/2/', fragment: 'café' });
    expect(resolveLink('#caf%C3%A9', context)).toEqual(resolveLink('/pr-42/themes/a/2/#caf%C3%A9', context));
    expect(resolveLink('#%E0%A4%A', context)).toEqual({ type: 'broken', reason: 'malformed percent-encoding' });
  });

  it('maps files to URL paths and paths to the files a static host serves', () => {
    expect(pagePathOf('themes/a/index.html', '/pr-42/')).toBe('/pr-42/themes/a/');
    expect(pagePathOf('404.html', '/')).toBe('/404.html');
    expect(candidateFiles('')).toEqual(['index.html']);
    expect(candidateFiles('feed.xml')).toEqual(['feed.xml', 'feed.xml/index.html']);
  });
});
