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
