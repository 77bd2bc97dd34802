/**
 * The derived files a partial pass reads: those of the groups the
 * manifest's comparison found dirty (src/lib/derive/changes.ts), plus every
 * changed file, plus the files of any group a changed file belongs to now
 * (an entry an editor pointed at another source), until no new group turns
 * up. A group is an article (its source, entries and timeline items) or a
 * key term (groups.ts).
 */
import { readExisting, type Existing } from '../existing/existing-files.ts';
import type { Changes } from './changes.ts';
import { folderRank } from '../existing/derived-paths.ts';
import type { Manifest } from './manifest.ts';
import { groupOf } from '../existing/groups.ts';

/** Sources, entries, terms, then timeline items, each by path: the order derive reads them in, which its report follows. */
const byReadingOrder = (a: string, b: string): number => folderRank(a) - folderRank(b) || (a < b ? -1 : a > b ? 1 : 0);

export interface DirtyFiles {
  /** The files read, in reading order. */
  files: Map<string, Existing>;
  /** The articles they belong to. */
  groups: Set<string>;
}

/** Undefined when a changed file's article cannot be told (its frontmatter does not parse): the pass must be full. */
export function readDirtyFiles(
  contentDir: string,
  manifest: Manifest,
  changes: Changes,
  now: number,
  also: Iterable<string> = [],
): DirtyFiles | undefined {
  const byGroup = new Map<string, string[]>();
  for (const [path, { group }] of Object.entries(manifest.files)) {
    const paths = byGroup.get(group);
    if (paths) paths.push(path);
    else byGroup.set(group, [path]);
  }
  const groups = new Set<string>();
  const pending = [...changes.changedFiles];
  const add = (group: string) => {
    if (groups.has(group)) return;
    groups.add(group);
    pending.push(...(byGroup.get(group) ?? []));
  };
  changes.dirty.forEach(add);
  for (const group of also) add(group);
  const read = new Map<string, Existing>();
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (read.has(path)) continue;
    const existing = readExisting(contentDir, path, now);
    if (!existing) continue;
    const group = groupOf(path, existing);
    if (group === undefined) return undefined;
    read.set(path, existing);
    add(group);
  }
  return { files: new Map([...read].sort(([a], [b]) => byReadingOrder(a, b))), groups };
}
