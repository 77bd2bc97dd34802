/**
 * The one place a site-internal URL is made. Every link, asset and feed
 * reference goes through here, so the site works under any base path
 * (`/`, `/pr-42/`).
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path;
  return prefix + path.replace(/^\/+/, '');
}

/** Normalises a BASE_PATH value to `/segment/` form. */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The site's public URL from SITE_URL, with a placeholder origin for local builds. */
export function normaliseSite(value: string | undefined): string {
  return value?.trim() || 'https://example.org';
}
