/**
 * Every section of a live article has its entry: derive writes one per
 * section and finds it again by what it was derived from (its source and
 * `derived.section`, or, for a heading reworded in the seed, the paragraphs
 * it cites), so a section whose entry file was deleted is one the next
 * derive writes again, with today's date. `check` says so, as
 * `derive --check` does, and names the one step that leaves a section out:
 * `status: rejected` in its entry. A retired source has no seed to derive
 * from, and a source or entry that failed to load has its own error.
 */
import type { Loaded } from '../../content-files/loaded.ts';
import type { Problem } from '../../model/errors.ts';
import type { Entry, Source } from '../../model/schema.ts';
import { uniqueSlugger } from '../../text/slug.ts';
import { hasSeed, type Found, type TreeIndex } from './tree-index.ts';

export function missingEntries({ tree }: TreeIndex, unsound: ReadonlySet<string>): Found {
  if (tree.problems.some((p) => p.file.startsWith('content/entries/'))) return {};
  const claimed = claimedSections(tree.entries);
  const errors: Problem[] = [];
  for (const source of tree.sources) {
    if (source.data.retired || unsound.has(source.id) || !hasSeed(tree, source.id)) continue;
    const slugOf = uniqueSlugger();
    const hashes = new Map(source.data.paragraphs.map((p) => [p.id, p.hash]));
    source.data.sections.forEach((section, i) => {
      const slug = slugOf(section.heading ?? 'introduction');
      if (section.theme === null || claimed.sections.has(`${source.id}#${slug}`)) return;
      const own = section.paragraphs.map((id) => hashes.get(id)!);
      if (own.filter((hash) => claimed.hashes.has(`${source.id}#${hash}`)).length * 2 > own.length) return;
      errors.push(missing(source, i, section.heading ?? slug));
    });
  }
  return { errors };
}

/** The sections derived entries claim, and the paragraph hashes they cite, each under its source. */
function claimedSections(entries: readonly Loaded<Entry>[]): { sections: Set<string>; hashes: Set<string> } {
  const sections = new Set<string>();
  const hashes = new Set<string>();
  for (const { id, data } of entries) {
    if (!data.derived) continue;
    // Entries derived before sections were recorded are known by their file name, which was the section's slug.
    sections.add(`${data.source}#${data.derived.section ?? id.split('/').pop()}`);
    for (const hash of Object.values(data.cited)) hashes.add(`${data.source}#${hash}`);
  }
  return { sections, hashes };
}

const missing = (source: Loaded<Source>, i: number, heading: string): Problem => ({
  file: source.file,
  line: source.lineOf(['sections', i, 'heading']),
  field: `sections[${i}]`,
  detail: `expected an entry for the section "${heading}", found none (was its file deleted? derive writes it again); restore the file or run "npm run derive", and to leave the section off the site, add "status: rejected" to the entry`,
});
