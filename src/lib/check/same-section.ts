/**
 * One entry per section of a source: a derived entry records the section it
 * came from, and a second file claiming the same section (a copy, or an
 * entry moved by hand that an older derive recreated) would publish that
 * section twice. The first file in path order is taken as the entry; each
 * other one is reported, with the two ways to resolve it, neither of which
 * throws an editor's text away.
 */
import type { Loaded } from '../content-files/content-tree.ts';
import type { Problem } from '../model/errors.ts';
import type { Entry } from '../model/schema.ts';

export function sameSectionTwice(entries: readonly Loaded<Entry>[]): Problem[] {
  const first = new Map<string, Loaded<Entry>>();
  const problems: Problem[] = [];
  for (const entry of [...entries].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const record = entry.data.derived;
    if (!record) continue;
    // Entries derived before sections were recorded are known by their file name, which was the section's slug.
    const section = record.section ?? entry.id.split('/').pop()!;
    const key = `${entry.data.source}#${section}`;
    const other = first.get(key);
    if (!other) {
      first.set(key, entry);
      continue;
    }
    problems.push({
      file: entry.file,
      line: entry.lineOf(record.section ? ['derived', 'section'] : ['derived']),
      field: record.section ? 'derived.section' : 'derived',
      detail: `expected one entry per section, found a second one for section "${section}" of ${entry.data.source} (the other is ${other.file}); merge the two, or delete this file's derived: record to keep it as an entry of its own`,
    });
  }
  return problems;
}
