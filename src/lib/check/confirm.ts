/**
 * Confirms that an entry (or a key term, or a timeline item) still says what
 * its cited paragraphs say, by
 * recording their current hashes under `cited`. Only that field changes; the
 * rest of the file, comments and formatting included, stays as written. A
 * quotation the paragraphs no longer have is not confirmed, nor a `quote`
 * whose body they no longer have (confirm-quote.ts): the editor fixes it
 * first, or, for a quote that is the changed paragraphs whole, has confirm
 * copy their new words into it (`recopy`), which sets an entry's `updated`. Once no entry cites a paragraph's earlier text, the source
 * stops keeping it (as derive would), so `npm run derive -- --check` agrees
 * with `check` afterwards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../content-files/atomic-write.ts';
import { editFrontmatter } from '../content-files/edit-frontmatter.ts';
import { loadContent } from '../content-files/content-tree.ts';
import { InputError, inputError } from '../model/errors.ts';
import { citationKey } from '../model/superseded.ts';
import { quotationProblems, type Citing } from './check-citations.ts';
import { quoteProblems, recopiedBody } from './confirm-quote.ts';
import { pruneSuperseded } from './prune-superseded.ts';
import type { Loaded } from '../content-files/loaded.ts';

export interface Confirmed {
  /** Paragraph ids whose recorded hash changed (or that the entry no longer cites). */
  changed: string[];
  /** The source file, when it dropped earlier paragraph texts no entry cites any more. */
  source?: string;
  /** With `recopy`: the body now has the changed paragraphs' new words, and an entry's `updated` is this day. */
  recopied?: string;
}

export interface ConfirmOptions {
  /** Copy a changed paragraph's new words into a quote whose body is the cited paragraphs whole (confirm-quote.ts). */
  recopy?: boolean;
  /** `YYYY-MM-DD`, the `updated` of an entry whose body is re-copied. */
  today?: string;
}

export function confirmEntry(
  root: string,
  file: string,
  { recopy = false, today = new Date().toISOString().slice(0, 10) }: ConfirmOptions = {},
): Confirmed {
  const tree = loadContent(root);
  const citing: CitingFile[] = [...tree.entries, ...tree.terms, ...tree.timeline];
  const entry = citing.find((e) => e.file === file);
  if (!entry)
    throw inputError(
      file,
      'not a valid entry, term or timeline item under content/entries/, content/terms/ or content/timelines/ (run "npm run check" to see why)',
    );
  const source = tree.sources.find((s) => s.id === entry.data.source);
  if (!source)
    throw entry.data.source === undefined
      ? inputError(file, 'cites no source, so there is nothing to confirm')
      : inputError(file, `its source "${entry.data.source}" does not exist`, { line: entry.lineOf(['source']), field: 'source' });
  const misquoted = quotationProblems(entry, source);
  if (misquoted.length > 0) throw new InputError(misquoted.map((p) => ({ ...p, detail: `not confirmed: ${p.detail}` })));
  const body = recopy ? recopiedBody(entry, source) : undefined;
  if (recopy && body === undefined) throw inputError(file, NOT_RECOPIED, { line: entry.bodyLine });
  if (!recopy) {
    const unquoted = quoteProblems(entry, source);
    if (unquoted.length > 0) throw new InputError(unquoted);
  }

  const hashes = new Map(source.data.paragraphs.map((p) => [p.id, p.hash]));
  const changed: string[] = [];
  const edited = editFrontmatter(file, readFileSync(join(root, file), 'utf8'), (doc) => {
    if (body !== undefined && doc.has('updated')) doc.set('updated', today);
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
  writeFileAtomic(join(root, file), body === undefined ? edited : withBody(edited, body));
  const pruned = pruneSuperseded(root, source, citedAfter(citing, entry, hashes));
  return { changed, ...(pruned && { source: source.file }), ...(body !== undefined && { recopied: today }) };
}

const NOT_RECOPIED =
  "not re-copied: --recopy copies the new words of changed paragraphs into a quote whose body is those paragraphs whole, as derive wrote it, and this body is not (an excerpt, the editors' words, or no paragraph changed); edit the body yourself, then confirm";

/** The file with its body replaced, its frontmatter as it is. */
const withBody = (text: string, body: string): string =>
  text.replace(/^(\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$))[\s\S]*$/, `$1${body}\n`);

type CitingFile = Citing & Loaded<{ source?: string | undefined }>;

/** Every citation in the tree once this file records the current hashes. */
function citedAfter(entries: readonly CitingFile[], confirmed: CitingFile, hashes: ReadonlyMap<string, string>): Set<string> {
  const cited = new Set<string>();
  for (const entry of entries) {
    if (entry.data.source === undefined) continue;
    const recorded: Record<string, string> =
      entry === confirmed ? Object.fromEntries(entry.data.paragraphs.map((id) => [id, hashes.get(id)!])) : entry.data.cited;
    for (const [id, hash] of Object.entries(recorded)) cited.add(citationKey(entry.data.source, id, hash));
  }
  return cited;
}
