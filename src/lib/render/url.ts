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
