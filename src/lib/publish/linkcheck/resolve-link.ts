/**
 * Where a link on a built page points, in terms of the output folder: a path
 * under the base and an optional fragment, a link to leave alone (another
 * site, mail), or a reason it can never work.
 */
export interface LinkContext {
  /** The page's URL path, e.g. `/pr-42/themes/a/`. */
  pagePath: string;
  /** The base path the site is served under, `/` or `/segment/`. */
  base: string;
  /** The site's own origin; absolute links to it are checked like relative ones. */
  origin?: string;
}

export type Resolved =
  { type: 'external' } | { type: 'broken'; reason: string } | { type: 'internal'; path: string; fragment: string | undefined };

/** Any origin works for resolving; it only has to be one no real link uses. */
const PLACEHOLDER = 'http://linkcheck.invalid';

export function resolveLink(url: string, { pagePath, base, origin }: LinkContext): Resolved {
  if (url === '') return { type: 'broken', reason: 'empty URL' };
  if (/^javascript:/i.test(url)) return { type: 'broken', reason: 'javascript: URL' };
  if (url === '#') return { type: 'broken', reason: 'empty fragment' };
  // Most links on a page are to its own anchors: no need to parse them as URLs.
  if (url.startsWith('#')) {
    const fragment = safeDecode(url.slice(1));
    if (fragment === undefined) return { type: 'broken', reason: 'malformed percent-encoding' };
    return { type: 'internal', path: pagePath.slice(base.length), fragment };
  }
  let target: URL;
  try {
    target = new URL(url, PLACEHOLDER + pagePath);
  } catch {
    return { type: 'broken', reason: 'not a valid URL' };
  }
  const own = target.origin === PLACEHOLDER || (origin !== undefined && target.origin === new URL(origin).origin);
  if (!own) return { type: 'external' };
  const path = safeDecode(target.pathname);
  if (path === undefined) return { type: 'broken', reason: 'malformed percent-encoding' };
  if (!`${path}/`.startsWith(base)) return { type: 'broken', reason: `outside the base path ${base}` };
  const fragment = target.hash ? safeDecode(target.hash.slice(1)) : undefined;
  return { type: 'internal', path: path.slice(base.length), fragment };
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
