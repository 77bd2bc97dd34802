/**
 * CI previews build the real content under a sub-path and a site URL. Two
 * clean builds of the same input must be byte-identical, and every URL in
 * the output must stay under the base path and resolve to a built file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLink } from '../../src/lib/publish/linkcheck/check-links.ts';
import { siteFiles } from '../../src/lib/publish/linkcheck/site-files.ts';
import { headersFile } from '../../src/lib/publish/headers-file.ts';
import { buildSite } from '../helpers/build-site.ts';

const BASE = '/pr-42/';
const SITE = 'https://preview.example.com';
const PREVIEW = { CI: 'true', EXPLAINER_PREVIEW: 'true' };
const TEXT = /\.(html|xml|txt|json|webmanifest)$/;

let tmp: string;
let first: string;
let second: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'explainer-preview-'));
  first = join(tmp, 'first');
  second = join(tmp, 'second');
  buildSite({ outDir: first, basePath: BASE, siteUrl: SITE, clean: true, runKind: PREVIEW });
  // The second build runs as if on a machine far away, so output that depends on the clock's zone or the locale shows up as a difference.
  withEnv({ TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8' }, () =>
    buildSite({ outDir: second, basePath: BASE, siteUrl: SITE, clean: true, runKind: PREVIEW }),
  );
});

function withEnv(vars: Record<string, string>, run: () => void): void {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  try {
    run();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

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
      for (const url of urls.filter((u) => /^https?:\/\/preview\.example\.com(?![\w.-])/.test(u))) {
        checked++;
        if (!url.startsWith(SITE + BASE)) outside.push(`${file}: ${url}`);
      }
    }
    expect(outside).toEqual([]);
    expect(readFileSync(join(first, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}${BASE}themes/sanctuary-policy/</loc>`);
    expect(readFileSync(join(first, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
    expect(checked).toBeGreaterThan(10);
  });

  it('resolves every internal link and anchor to a built file and an element id', () => {
    expect(checkLinks(siteFiles(first), { base: BASE, origin: SITE }).map(formatBrokenLink)).toEqual([]);
  });

  it('ships the host headers, and every page keeps to their Content-Security-Policy', () => {
    expect(readFileSync(join(first, '_headers'), 'utf8')).toBe(headersFile(BASE));
    const breaches: string[] = [];
    for (const file of filesIn(first).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(first, file), 'utf8');
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
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
