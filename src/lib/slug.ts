/**
 * File-safe slugs from arbitrary headings. A slug is only ever `[a-z0-9-]`,
 * never empty, never a reserved device name, so it cannot leave the folder it
 * is joined to, whatever the heading says.
 */
const MAX_LENGTH = 60;
const RESERVED = new Set(['con', 'prn', 'aux', 'nul', 'com1', 'lpt1', 'index']);

export function slugify(text: string, fallback = 'section'): string {
  const base = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = base.length > MAX_LENGTH ? base.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '') : base;
  const slug = cut || fallback;
  return RESERVED.has(slug) ? `${slug}-section` : slug;
}

/** Returns a slugger that never hands out the same slug twice. */
export function uniqueSlugger(): (text: string, fallback?: string) => string {
  const seen = new Set<string>();
  return (text, fallback) => {
    const base = slugify(text, fallback);
    let slug = base;
    for (let n = 2; seen.has(slug); n++) slug = `${base}-${n}`;
    seen.add(slug);
    return slug;
  };
}
