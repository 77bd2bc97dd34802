/**
 * The site's Content-Security-Policy, in one place: Astro puts it in a
 * <meta> on every page (adding hashes for the inlined stylesheet), and the
 * post-build step writes the same policy, plus what only headers can say,
 * into `_headers` for hosts that read it.
 */

/** Directives besides script-src and style-src, which Astro fills in with hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Scripts: only files from the site itself (the search page's), and Pagefind's WebAssembly. No 'unsafe-inline'. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

export const STYLE_SOURCES = ["'self'"] as const;

/**
 * The policy as a response header. Styles may be inline here because the
 * hashes of each page's inlined stylesheet change with every build; each
 * page's <meta> policy narrows that to those hashes. frame-ancestors only
 * works in a header.
 */
export function headerPolicy(): string {
  return [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'"].join(
    '; ',
  );
}
