/**
 * _headers, the response headers Netlify and Cloudflare Pages apply, as the
 * post-build step writes them.
 * Both apply every matching rule, and Cloudflare comma-joins two values of one
 * header, so a header set by two overlapping rules would be garbled there.
 */
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/publish/headers-file.ts';

type Rules = Map<string, Map<string, string>>;

function parseHeaders(text: string): Rules {
  const rules: Rules = new Map();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const [, name, value] = /^\s+([\w-]+):\s*(.+)$/.exec(line) ?? [];
      if (!current || !name || !value) throw new Error(`not a header line: ${line}`);
      current.set(name, value);
    }
  }
  return rules;
}

/** Two `/prefix/*` patterns overlap when one prefix contains the other. */
const overlap = (a: string, b: string) => {
  const [pa, pb] = [a.replace(/\*$/, ''), b.replace(/\*$/, '')];
  return pa.startsWith(pb) || pb.startsWith(pa);
};

function doubleSet(rules: Rules): string[] {
  const patterns = [...rules.keys()];
  return patterns.flatMap((a, i) =>
    patterns
      .slice(i + 1)
      .flatMap((b) =>
        overlap(a, b) ? [...rules.get(a)!.keys()].filter((h) => rules.get(b)!.has(h)).map((h) => `${h} on ${a} and ${b}`) : [],
      ),
  );
}

const rules = parseHeaders(headersFile('/'));

describe('_headers', () => {
  it('sends the security headers with every response', () => {
    expect(Object.fromEntries(rules.get('/*')!)).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy':
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    });
  });

  it('caches only content-hashed files for good', () => {
    const cached = [...rules]
      .filter(([, headers]) => headers.has('Cache-Control'))
      .map(([pattern, headers]) => [pattern, headers.get('Cache-Control')]);
    expect(cached).toEqual([
      ['/_astro/*', 'public, max-age=31536000, immutable'],
      ['/pagefind/index/*', 'public, max-age=31536000, immutable'],
      ['/pagefind/fragment/*', 'public, max-age=31536000, immutable'],
    ]);
  });

  it('puts the base path in front of every pattern', () => {
    expect([...parseHeaders(headersFile('/pr-42/')).keys()]).toEqual([
      '/pr-42/*',
      '/pr-42/_astro/*',
      '/pr-42/pagefind/index/*',
      '/pr-42/pagefind/fragment/*',
    ]);
  });

  it('never sets one header in two rules that match the same path', () => {
    expect(doubleSet(rules)).toEqual([]);
    const clash = parseHeaders('/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: immutable\n/other/*\n  X-A: 1\n');
    expect(doubleSet(clash)).toEqual(['Cache-Control on /* and /_astro/*']);
  });
});
