/**
 * Splits a theme's entries into pages of a fixed size, so a theme page stays
 * within its byte budget however many entries the theme grows to. Page 1 is
 * the theme's own URL; later pages are `<theme>/2/`, `<theme>/3/` ….
 */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Site path of the page, relative to the base: `themes/<slug>/` or `themes/<slug>/<n>/`. */
  path: string;
  items: T[];
}

export function themePagePath(theme: string, number: number): string {
  return number === 1 ? `themes/${theme}/` : `themes/${theme}/${number}/`;
}

export function paginate<T>(theme: string, items: readonly T[], perPage: number): Page<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`entries per page must be a whole number from 1, got ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    path: themePagePath(theme, i + 1),
    items: items.slice(i * perPage, (i + 1) * perPage),
  }));
}

interface Placed {
  id: string;
  data: { theme: string; order: number };
}

/**
 * Each theme's entries in reading order (by `order`, then id), split into
 * pages: the one arrangement the theme pages and the search index share.
 * Entries of a theme not in `themes` are left out.
 */
export function themePagesOf<E extends Placed>(themes: readonly string[], entries: readonly E[], perPage: number): Map<string, Page<E>[]> {
  const byTheme = new Map<string, E[]>(themes.map((t) => [t, []]));
  const ordered = [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  for (const entry of ordered) byTheme.get(entry.data.theme)?.push(entry);
  return new Map([...byTheme].map(([theme, list]) => [theme, paginate(theme, list, perPage)]));
}
