/**
 * CI previews build the real content under a sub-path and a site URL; here
 * it is the real content in three editions (tests/helpers/sites.ts). Two
 * clean builds of the same input must be byte-identical, and every URL in
 * the output must stay under the base path. That every internal link and
 * anchor resolves is the build's own check, which fails the build
 * (tests/unit/post-build.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/publish/headers-file.ts';
import { runnableScripts } from '../helpers/dist.ts';
import { FIXTURE_BASE as BASE, FIXTURE_SITE as SITE } from '../helpers/fixture-site.ts';
import { builtSite } from '../helpers/site-builds.ts';
import { THREE_EDITIONS, THREE_EDITIONS_ELSEWHERE } from '../helpers/sites.ts';

const TEXT = /\.(html|xml|txt|json|webmanifest)$/;
/** A URL on the site's host, by either scheme. */
const ON_SITE = new RegExp(`^https?://${new URL(SITE).host.replaceAll('.', '\\.')}(?![\\w.-])`);

const [{ dist: first }, { dist: second }] = await Promise.all([builtSite(THREE_EDITIONS), builtSite(THREE_EDITIONS_ELSEWHERE)]);

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split('\\').join('/'))
    .sort();

/** Every URL-like value in a page: attribute values, and for XML also element text (sitemap `<loc>`, feed `<link>`). */
function urlsIn(file: string, text: string): { attribute: string; url: string }[] {
  const found = [...text.matchAll(/\s([\w:-]+)=(?:"([^"]*)"|'([^']*)')/g)].flatMap(([, attribute, dq, sq]) => {
    const value = (dq ?? sq ?? '').replaceAll('&amp;', '&');
    return attribute === 'srcset'
      ? value.split(',').map((part) => ({ attribute, url: part.trim().split(/\s+/)[0]! }))
      : [{ attribute: attribute!, url: value }];
  });
  if (file.endsWith('.xml'))
    for (const [, url] of text.matchAll(/>\s*((?:\/|https?:\/\/)[^<\s]*)\s*</g)) found.push({ attribute: 'text', url: url! });
  return found;
}

const rootRelative = (url: string) => url.startsWith('/') && !url.startsWith('//');

describe(`a preview build under ${BASE} with SITE_URL=${SITE}`, () => {
  it('keeps every root-relative URL in HTML and XML under the base path', () => {
    const outside: string[] = [];
    let checked = 0;
    for (const file of filesIn(first).filter((f) => /\.(html|xml)$/.test(f))) {
      for (const { attribute, url } of urlsIn(file, readFileSync(join(first, file), 'utf8'))) {
        if (!rootRelative(url)) continue;
        checked++;
        if (!url.startsWith(BASE)) outside.push(`${file}: ${attribute}="${url}"`);
      }
    }
    expect(outside).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('points every absolute URL to the site at the site URL plus the base path', () => {
    const outside: string[] = [];
    let checked = 0;
    for (const file of filesIn(first).filter((f) => TEXT.test(f))) {
      const text = readFileSync(join(first, file), 'utf8');
      // In HTML and XML only URL-bearing places count; an origin in a stylesheet (for printing link targets) is not a link.
      const urls = /\.(html|xml)$/.test(file)
        ? urlsIn(file, text).map((u) => u.url)
        : [...text.matchAll(/https?:\/\/[^"'<>\s)]*/g)].map(([url]) => url);
      for (const url of urls.filter((u) => ON_SITE.test(u))) {
        checked++;
        if (!url.startsWith(SITE + BASE)) outside.push(`${file}: ${url}`);
      }
    }
    expect(outside).toEqual([]);
    expect(readFileSync(join(first, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}${BASE}themes/sanctuary-policy/</loc>`);
    expect(readFileSync(join(first, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
    expect(checked).toBeGreaterThan(10);
  });

  it('ships the host headers, and every page keeps to their Content-Security-Policy', () => {
    expect(readFileSync(join(first, '_headers'), 'utf8')).toBe(headersFile(BASE));
    const breaches: string[] = [];
    for (const file of filesIn(first).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(first, file), 'utf8');
      // JSON-LD is a data block, never run, so the policy does not apply to it (tests/browser/structured-data.test.ts).
      for (const tag of runnableScripts(html))
        if (!/\ssrc="\/pr-42\//.test(tag)) breaches.push(`${file}: inline or off-site script ${tag}`);
      for (const [attribute] of html.matchAll(/\son[a-z]+=/g)) breaches.push(`${file}: event handler attribute${attribute}`);
      for (const [tag] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g))
        if (!/\shref="\/pr-42\//.test(tag)) breaches.push(`${file}: off-site stylesheet ${tag}`);
    }
    expect(breaches).toEqual([]);
  });

  it('is byte-identical when built twice from the same input, in another time zone and locale', () => {
    const a = filesIn(first);
    const b = filesIn(second);
    expect(b).toEqual(a);
    const differing = a.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
    expect(differing).toEqual([]);
  });
});
