/**
 * `_headers` for Netlify, Cloudflare Pages and other hosts that read one,
 * written by the post-build step so that its paths carry the base path and
 * its Content-Security-Policy is the one the pages use.
 */
import { headerPolicy } from '../render/security-policy.ts';

const SECURITY = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Files with a content hash in their name: a changed file gets a new URL. */
const HASHED = ['_astro/*', 'pagefind/index/*', 'pagefind/fragment/*'];

export function headersFile(base: string): string {
  const rule = (pattern: string, headers: Record<string, string>) =>
    [`${base}${pattern}`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by the build (src/lib/publish/post-build.ts). A response gets the headers of',
    '# every rule that matches it, and Cloudflare joins two values of one header',
    '# with a comma, so no header is set by two overlapping rules. Pages, the feed',
    "# and Pagefind's unhashed entry files keep the host's default revalidation.",
    '',
    rule('*', { ...SECURITY, 'Content-Security-Policy': headerPolicy() }),
    '',
    ...HASHED.map((pattern) => `${rule(pattern, { 'Cache-Control': IMMUTABLE })}\n`),
  ].join('\n');
}
