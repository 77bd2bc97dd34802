/**
 * The file a static host serves for a path under the base: the folder's
 * index.html for `dir/`, else the file itself or, as hosts do, `path/index.html`.
 */
export function candidateFiles(path: string): string[] {
  if (path === '' || path.endsWith('/')) return [`${path}index.html`];
  return [path, `${path}/index.html`];
}

/** The URL path of a built file: `themes/a/index.html` under `/pr-42/` → `/pr-42/themes/a/`. */
export function pagePathOf(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}
