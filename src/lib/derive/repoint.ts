/**
 * When a seed is renamed, every entry citing its source is pointed at the new
 * name. Derive rewrites the entries nobody edited; an edited entry, or one
 * written by hand, gets only its `source` (and derive's record of the seed
 * file) changed, everything else kept as written.
 */
import { editFrontmatter } from '../content-files/edit-frontmatter.ts';
import type { Existing } from './existing-files.ts';
import type { Rename } from './renames.ts';

export function repointed(
  files: ReadonlyMap<string, Existing>,
  renames: ReadonlyMap<string, Rename>,
  stays: (path: string) => boolean,
): { path: string; text: string; from: string; to: string }[] {
  const edits: { path: string; text: string; from: string; to: string }[] = [];
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
