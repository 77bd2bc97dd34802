/**
 * One entry per section of a source: a derived entry records the section it
 * came from, and a second file claiming the same section (a copy, or an
 * entry moved by hand that an older derive recreated) would publish that
 * section twice. Of two such files, the one nobody edited is the copy to
 * report (derive removes it); of two edited files, the later by path. Neither
 * way of resolving it throws an editor's text away.
 */
import type { Loaded } from '../../content-files/loaded.ts';
import { parseMarkdownFile } from '../../content-files/frontmatter.ts';
import { isUnedited } from '../../model/derived-record.ts';
import type { Problem } from '../../model/errors.ts';
import type { Entry } from '../../model/schema.ts';
import type { Found, TreeIndex } from './tree-index.ts';

/** Entries derived before sections were recorded are known by their file name, which was the section's slug. */
const sectionOf = (entry: Loaded<Entry>): string => entry.data.derived?.section ?? entry.id.split('/').pop()!;

/** Derive's digest covers the file as written, not as the schema fills it in, so the file is read again. */
const unedited = (entry: Loaded<Entry>): boolean => isUnedited(parseMarkdownFile(entry.file, entry.text).data, entry.body);

export function sameSection({ tree }: TreeIndex): Found {
  const bySection = new Map<string, Loaded<Entry>[]>();
  for (const entry of tree.entries) {
    if (!entry.data.derived) continue;
    const key = `${entry.data.source}#${sectionOf(entry)}`;
    bySection.set(key, [...(bySection.get(key) ?? []), entry]);
  }
  const problems: Problem[] = [];
  for (const files of bySection.values()) {
    if (files.length < 2) continue;
    const ranked = files
      .map((entry) => ({ entry, unedited: unedited(entry) }))
      .sort((a, b) => Number(a.unedited) - Number(b.unedited) || (a.entry.file < b.entry.file ? -1 : 1));
    const kept = ranked[0]!.entry;
    for (const { entry, unedited } of ranked.slice(1)) {
      const record = entry.data.derived!;
      const fix = unedited
        ? 'run "npm run derive": nobody edited this copy, so derive removes it'
        : "merge the two, or delete this file's derived: record to keep it as an entry of its own";
      problems.push({
        file: entry.file,
        line: entry.lineOf(record.section ? ['derived', 'section'] : ['derived']),
        field: record.section ? 'derived.section' : 'derived',
        detail: `expected one entry per section, found a second one for section "${sectionOf(entry)}" of ${entry.data.source} (the other is ${kept.file}); ${fix}`,
      });
    }
  }
  return { errors: problems.sort((a, b) => (a.file < b.file ? -1 : 1)) };
}
