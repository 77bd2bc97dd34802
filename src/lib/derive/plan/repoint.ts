/**
 * When a seed is renamed, every entry citing its source is pointed at the new
 * name. Derive rewrites the entries nobody edited; an edited entry, or one
 * written by hand, gets only its `source` (and derive's record of the seed
 * file) changed, everything else kept as written. A theme whose answer cites
 * the source gets only the `source` of those citations changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editFrontmatter } from '../../content-files/edit-frontmatter.ts';
import type { Citation } from '../../model/schema.ts';
import type { Existing } from '../existing/existing-files.ts';
import type { Rename } from './renames.ts';

/** A file with only its `source` changed, from the renamed seed's old slug to its new one. */
export interface Repointed {
  path: string;
  text: string;
  from: string;
  to: string;
}

export function repointed(
  files: ReadonlyMap<string, Existing>,
  renames: ReadonlyMap<string, Rename>,
  stays: (path: string) => boolean,
): Repointed[] {
  const edits: Repointed[] = [];
  for (const [path, existing] of files) {
    const rename = renames.get(String(existing.data?.['source']));
    if (!path.startsWith('entries/') || !rename || !stays(path)) continue;
    const text = editFrontmatter(`content/${path}`, existing.text, (doc) => {
      doc.set('source', rename.seed.slug);
      if (existing.record) doc.setIn(['derived', 'from'], rename.seed.file);
    });
    edits.push({ path, text, from: rename.from, to: rename.seed.slug });
  }
  return edits;
}

export function repointedThemes(
  contentDir: string,
  themes: readonly { slug: string; cites?: readonly Citation[] }[],
  renames: ReadonlyMap<string, Rename>,
): Repointed[] {
  return themes.flatMap(({ slug, cites = [] }) => {
    const moved = cites.flatMap((c, i) => (renames.has(c.source) ? [{ i, rename: renames.get(c.source)! }] : []));
    if (moved.length === 0) return [];
    const path = `themes/${slug}.md`;
    const text = editFrontmatter(`content/${path}`, readFileSync(join(contentDir, path), 'utf8'), (doc) => {
      for (const { i, rename } of moved) doc.setIn(['cites', i, 'source'], rename.seed.slug);
    });
    return [{ path, text, from: moved[0]!.rename.from, to: moved[0]!.rename.seed.slug }];
  });
}
