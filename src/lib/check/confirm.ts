/**
 * Confirms that an entry still says what its cited paragraphs say, by
 * recording their current hashes under `cited`. Only that field changes; the
 * rest of the file, comments and formatting included, stays as written. A
 * quotation the paragraphs no longer have is not confirmed: the editor must
 * fix it first. Once no entry cites a paragraph's earlier text, the source
 * stops keeping it (as derive would), so `npm run derive -- --check` agrees
 * with `check` afterwards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../content-files/atomic-write.ts';
import { editFrontmatter } from '../content-files/edit-frontmatter.ts';
import { loadContent, type Loaded } from '../content-files/content-tree.ts';
import { InputError, inputError } from '../model/errors.ts';
import type { Entry } from '../model/schema.ts';
import { citationKey } from '../model/superseded.ts';
import { quotationProblems } from './check-citations.ts';
import { pruneSuperseded } from './prune-superseded.ts';

export interface Confirmed {
  /** Paragraph ids whose recorded hash changed (or that the entry no longer cites). */
  changed: string[];
  /** The source file, when it dropped earlier paragraph texts no entry cites any more. */
  source?: string;
}

export function confirmEntry(root: string, file: string): Confirmed {
  const tree = loadContent(root);
  const entry = tree.entries.find((e) => e.file === file);
  if (!entry) throw inputError(file, 'not a valid entry under content/entries/ (run "npm run check" to see why)');
  const source = tree.sources.find((s) => s.id === entry.data.source);
  if (!source)
    throw inputError(file, `its source "${entry.data.source}" does not exist`, { line: entry.lineOf(['source']), field: 'source' });
  const misquoted = quotationProblems(entry, source);
  if (misquoted.length > 0) throw new InputError(misquoted.map((p) => ({ ...p, detail: `not confirmed: ${p.detail}` })));

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
  if (changed.length === 0) return { changed };
  writeFileAtomic(join(root, file), text);
  const pruned = pruneSuperseded(root, source, citedAfter(tree.entries, entry, hashes));
  return pruned ? { changed, source: source.file } : { changed };
}

/** Every citation in the tree once this entry records the current hashes. */
function citedAfter(entries: readonly Loaded<Entry>[], confirmed: Loaded<Entry>, hashes: ReadonlyMap<string, string>): Set<string> {
  const cited = new Set<string>();
  for (const entry of entries) {
    const recorded: Record<string, string> =
      entry === confirmed ? Object.fromEntries(entry.data.paragraphs.map((id) => [id, hashes.get(id)!])) : entry.data.cited;
    for (const [id, hash] of Object.entries(recorded)) cited.add(citationKey(entry.data.source, id, hash));
  }
  return cited;
}
