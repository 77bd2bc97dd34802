/**
 * File-safe slugs from arbitrary headings. A slug is only ever `[a-z0-9-]`,
 * never empty, never a reserved device name, so it cannot leave the folder it
 * is joined to, whatever the heading says. A heading with no Latin letters or
 * digits (Greek, Chinese, emoji) gets `section-` and a short hash of its text,
 * so its address stays the same when sections are added or reordered.
 */
import { contentHash } from '../model/hash.ts';

const MAX_LENGTH = 60;
const RESERVED = new Set(['con', 'prn', 'aux', 'nul', 'com1', 'lpt1', 'index']);

export function slugify(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = base.length > MAX_LENGTH ? base.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '') : base;
  const slug = cut || (text.trim() ? `section-${contentHash(text.trim()).slice(0, 6)}` : 'section');
  return RESERVED.has(slug) ? `${slug}-section` : slug;
}

/** Returns a slugger that never hands out the same slug twice. */
export function uniqueSlugger(): (text: string) => string {
  const seen = new Set<string>();
  return (text) => {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; seen.has(slug); n++) slug = `${base}-${n}`;
    seen.add(slug);
    return slug;
  };
}
