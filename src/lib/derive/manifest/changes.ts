/**
 * What changed since the last derive, from its manifest and a stat of every
 * input, without parsing anything. Derive then plans only the articles a
 * change can reach (src/lib/derive/derive-pass.ts) and, when nothing
 * changed, reports from the manifest alone.
 *
 * An article is a seed with its source and the entries that name it as
 * their `source`; the articles are independent of one another except
 * through the themes, which every placement reads, and through renames,
 * which pair a new seed with a source whose seed is gone. So:
 * - a changed, added or removed theme or story file makes the pass full;
 * - a changed, added or removed seed or metadata file makes its article dirty;
 * - a changed, added or removed source, entry or timeline file makes the
 *   article it belonged to dirty, and the one it names now (read from the
 *   file later); a changed, added or removed term file, the term it named
 *   and the one it names now (the pass then reads the seed proposing it);
 * - a new seed makes every article without a seed dirty, since it may be
 *   one of them renamed;
 * - an article without a seed (retired, or being retired) that is dirty
 *   brings the key terms citing it, whatever their term, and a changed or
 *   removed term file the article it cited: its source stays while
 *   anything an editor wrote cites it.
 */
import { join } from 'node:path';
import { CONTENT_FOLDERS } from '../../content-files/content-layout.ts';
import { listFiles } from '../../content-files/list-files.ts';
import { derivedPaths } from '../existing/derived-paths.ts';
import { isTermGroup, termGroupOfPath } from '../existing/groups.ts';
import { compareFile, type FileSignature } from '../existing/file-signature.ts';
import type { Manifest } from './manifest.ts';

export interface Changes {
  /** Slugs of the seeds in `seeds/`, in the order derive reads them. */
  live: string[];
  /** Articles (by seed or source slug) whose files derive must read and plan again. */
  dirty: Set<string>;
  /** Derived files new or changed since the manifest, relative to `content/`. */
  changedFiles: string[];
  /** Files read again and found unchanged under a new stat, to remember from now on. */
  refreshed: { themes: Record<string, FileSignature>; seeds: Record<string, FileSignature>; files: Record<string, FileSignature> };
}

export const THEME_EXTENSIONS = [CONTENT_FOLDERS.themes.extension];
const slugOf = (seedFile: string): string => seedFile.replace(/\.(txt|ya?ml)$/, '');

/**
 * The theme files and the story files, as the manifest remembers them: by path relative to
 * `content/themes/` (a story file is `../stories/<name>`), since every placement reads both.
 */
export function storyAndThemeFiles(contentDir: string): string[] {
  const stories = listFiles(join(contentDir, 'stories'), THEME_EXTENSIONS).map((name) => `../stories/${name}`);
  return [...listFiles(join(contentDir, 'themes'), THEME_EXTENSIONS), ...stories];
}

/** The seeds folder as derive reads it: articles at its top level, and every metadata file. */
export function seedFiles(root: string): { seeds: string[]; metas: string[] } {
  const dir = join(root, 'seeds');
  return { seeds: listFiles(dir, ['.txt']).filter((n) => !n.includes('/')), metas: listFiles(dir, ['.yaml', '.yml']) };
}

/** The changes since `manifest`, or why only a full pass will do. */
export function findChanges(root: string, manifest: Manifest, now: number): Changes | { full: string } {
  const contentDir = join(root, 'content');
  const refreshed: Changes['refreshed'] = { themes: {}, seeds: {}, files: {} };

  const themes = storyAndThemeFiles(contentDir);
  if (themes.length !== Object.keys(manifest.themes).length || themes.some((t) => !manifest.themes[t]))
    return { full: 'the theme files changed' };
  for (const name of themes) {
    const seen = compareFile(join(contentDir, 'themes', name), manifest.themes[name]!, now);
    if (seen.kind !== 'same') return { full: `content/themes/${name} changed` };
    if (seen.signature) refreshed.themes[name] = seen.signature;
  }

  const dirty = new Set<string>();
  const { seeds, metas } = seedFiles(root);
  const live = seeds.map(slugOf);
  const liveSet = new Set(live);
  // A metadata file without its seed is a mistake the full pass reports.
  if (metas.some((m) => !liveSet.has(slugOf(m)))) return { full: 'a metadata file has no seed' };
  const present = new Set([...seeds, ...metas]);
  for (const name of present) {
    const recorded = manifest.seeds[name];
    const seen = recorded && compareFile(join(root, 'seeds', name), recorded, now);
    if (!seen || seen.kind !== 'same') dirty.add(slugOf(name));
    else if (seen.signature) refreshed.seeds[name] = seen.signature;
  }
  for (const name of Object.keys(manifest.seeds)) if (!present.has(name)) dirty.add(slugOf(name));

  const changedFiles: string[] = [];
  const paths = derivedPaths(contentDir);
  for (const path of paths) {
    const recorded = manifest.files[path];
    const seen = recorded && compareFile(join(contentDir, path), recorded.signature, now);
    if (seen?.kind === 'same') {
      if (seen.signature) refreshed.files[path] = seen.signature;
      continue;
    }
    changedFiles.push(path);
    if (recorded) dirty.add(recorded.group);
    // A term file holds its term's place and its file name's: an editor may have renamed the term.
    if (path.startsWith('terms/')) dirty.add(termGroupOfPath(path));
  }
  const onDisk = new Set(paths);
  const gone = Object.keys(manifest.files).filter((path) => !onDisk.has(path));
  for (const path of gone) {
    dirty.add(manifest.files[path]!.group);
    if (path.startsWith('terms/')) dirty.add(termGroupOfPath(path));
  }

  const known = new Set(
    Object.keys(manifest.seeds)
      .filter((n) => n.endsWith('.txt'))
      .map(slugOf),
  );
  if (live.some((slug) => !known.has(slug))) {
    for (const { group } of Object.values(manifest.files)) if (!liveSet.has(group) && !isTermGroup(group)) dirty.add(group);
  }
  for (const slug of live) if (!manifest.reports[slug]) dirty.add(slug);
  withCitingTerms(manifest, dirty, liveSet, [...changedFiles, ...gone]);
  return { live, dirty, changedFiles, refreshed };
}

/**
 * A source without a seed (retired, or being retired) stays while anything an editor wrote
 * cites it. Entries and timeline items citing it are in its group; key terms are in their
 * term's, and are found by the source their record says they cite: a term that cited it and
 * changed makes it dirty, and a dirty one brings every term citing it.
 */
function withCitingTerms(manifest: Manifest, dirty: Set<string>, live: ReadonlySet<string>, changed: readonly string[]): void {
  for (const path of changed) {
    const cites = manifest.files[path]?.cites;
    if (cites !== undefined && !live.has(cites)) dirty.add(cites);
  }
  const seedless = new Set([...dirty].filter((group) => !live.has(group) && !isTermGroup(group)));
  if (seedless.size === 0) return;
  for (const { group, cites } of Object.values(manifest.files)) if (cites !== undefined && seedless.has(cites)) dirty.add(group);
}
