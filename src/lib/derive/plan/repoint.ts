/**
 * When a seed is renamed, every entry citing its source is pointed at the new
 * name. Derive rewrites the entries nobody edited; an edited entry, or one
 * written by hand, gets only its `source` (and derive's record of the seed
 * file) changed, everything else kept as written; so does a key term or
 * timeline item an editor keeps (the item moving to the new source's
 * folder). A theme whose answer cites the source gets only the `source` of
 * those citations changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editFrontmatter } from '../../content-files/edit-frontmatter.ts';
import type { Citation } from '../../model/schema.ts';
import type { Existing } from '../existing/existing-files.ts';
import { termGroup } from '../existing/groups.ts';
import type { Rename } from './renames.ts';

/** A file with only its `source` changed, from the renamed seed's old slug to its new one. */
export interface Repointed {
  path: string;
  text: string;
  from: string;
  to: string;
  /** A timeline item moves to its new source's folder: the path it had. */
  previous?: string;
  /** For the manifest: the group of a key term (its term) or timeline item (its source). */
  group?: string;
}

/** A file with `source` (and derive's record of the seed file) set to the renamed seed's. */
const withSource = (path: string, existing: Existing, rename: Rename): string =>
  editFrontmatter(`content/${path}`, existing.text, (doc) => {
    doc.set('source', rename.seed.slug);
    if (existing.record) doc.setIn(['derived', 'from'], rename.seed.file);
  });

export function repointed(
  files: ReadonlyMap<string, Existing>,
  renames: ReadonlyMap<string, Rename>,
  stays: (path: string) => boolean,
): Repointed[] {
  const edits: Repointed[] = [];
  for (const [path, existing] of files) {
    const rename = renames.get(String(existing.data?.['source']));
    if (!path.startsWith('entries/') || !rename || !stays(path)) continue;
    edits.push({ path, text: withSource(path, existing, rename), from: rename.from, to: rename.seed.slug });
  }
  return edits;
}

/**
 * Key terms and timeline items an editor keeps (`kept`) that cite a renamed seed's source: a term
 * gets its `source` changed in place; a timeline item moves to the new source's folder with it.
 * Those derive proposes itself follow the seed on their own.
 */
export function repointedProposals(
  files: ReadonlyMap<string, Existing>,
  renames: ReadonlyMap<string, Rename>,
  kept: (existing: Existing) => boolean,
): Repointed[] {
  return [...files].flatMap(([path, existing]): Repointed[] => {
    const rename = renames.get(String(existing.data?.['source']));
    if (!rename || !kept(existing)) return [];
    const text = withSource(path, existing, rename);
    const [from, to] = [rename.from, rename.seed.slug];
    if (path.startsWith('terms/')) return [{ path, text, from, to, group: termGroup(String(existing.data?.['term'])) }];
    const moved = path.replace(/^timelines\/[^/]+\//, `timelines/${to}/`);
    return [{ path: moved, text, from, to, previous: path, group: to }];
  });
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
