/**
 * Confirms that an entry still says what its cited paragraphs say, by
 * recording their current hashes under `cited`. Only that field changes; the
 * rest of the file, comments and formatting included, stays as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../content-files/atomic-write.ts';
import { editFrontmatter } from '../content-files/edit-frontmatter.ts';
import { loadContent } from '../content-files/content-tree.ts';
import { inputError } from '../model/errors.ts';

/** Returns the paragraph ids whose recorded hash changed. */
export function confirmEntry(root: string, file: string): string[] {
  const tree = loadContent(root);
  const entry = tree.entries.find((e) => e.file === file);
  if (!entry) throw inputError(file, 'not a valid entry under content/entries/ (run "npm run check" to see why)');
  const source = tree.sources.find((s) => s.id === entry.data.source);
  if (!source)
    throw inputError(file, `its source "${entry.data.source}" does not exist`, { line: entry.lineOf(['source']), field: 'source' });

  const hashes = new Map(source.data.paragraphs.map((p) => [p.id, p.hash]));
  const changed: string[] = [];
  const text = editFrontmatter(file, readFileSync(join(root, file), 'utf8'), (doc) => {
    for (const id of entry.data.paragraphs) {
      const hash = hashes.get(id);
      if (!hash)
        throw inputError(file, `cites ${id}, which ${source.file} does not have; fix paragraphs first`, {
          line: entry.lineOf(['paragraphs']),
          field: 'paragraphs',
        });
      if (entry.data.cited[id] !== hash) changed.push(id);
      doc.setIn(['cited', id], hash);
    }
    for (const id of Object.keys(entry.data.cited)) {
      if (!entry.data.paragraphs.includes(id)) {
        doc.deleteIn(['cited', id]);
        changed.push(id);
      }
    }
  });
  if (changed.length > 0) writeFileAtomic(join(root, file), text);
  return changed;
}
