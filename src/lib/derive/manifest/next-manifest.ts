/**
 * The manifest a derive leaves for the next one: for the articles it did not
 * read, their records as they were; for every file it read, the signature of
 * what it read, its article and order, and why it was kept if no section
 * claims it; for every file it wrote, the hash of what it wrote (no stat:
 * the file is that recent, so the next run reads it once more and then
 * remembers its stat, see file-signature.ts).
 */
import { groupOf } from '../existing/groups.ts';
import type { Existing } from '../existing/existing-files.ts';
import { hashBytes, type FileSignature } from '../existing/file-signature.ts';
import type { Manifest } from './manifest.ts';
import type { ManifestFile, SeedReport } from './manifest-format.ts';
import type { Changes } from './changes.ts';
import { orderOf } from '../plan/placement.ts';

export interface WrittenFile {
  text: string;
  /** The group of a derived file (groups.ts); undefined for a theme or story file. */
  group?: string;
  order?: number;
  /** Why a file no seed section claims is kept (a retired source), for the next runs' reports. */
  orphan?: string;
  /** For a key term: the source it cites (manifest-format.ts). */
  cites?: string;
}

export interface PassOutcome {
  since: { manifest: Manifest; changes: Changes } | undefined;
  /** Manifest records of the files of articles this run did not read. */
  unread: readonly string[];
  /** The files this run read, by path relative to `content/`. */
  files: ReadonlyMap<string, Existing>;
  written: ReadonlyMap<string, WrittenFile>;
  /** Files this run removed or moved away. */
  gone: ReadonlySet<string>;
  /** Why each kept file no section claims was kept. */
  orphans: ReadonlyMap<string, string>;
  themes: Record<string, FileSignature>;
  seeds: Record<string, FileSignature>;
  reports: Record<string, SeedReport>;
}

/** The source a key term cites, which its manifest record keeps: its group is the term, not the source. */
export const citedSource = (path: string, source: unknown): string | undefined =>
  path.startsWith('terms/') && typeof source === 'string' ? source : undefined;

/** Undefined when a file's article cannot be told (its frontmatter does not parse): the next pass must be full. */
export function nextManifest(outcome: PassOutcome): Omit<Manifest, 'format' | 'tool'> | undefined {
  const { since, files, written, gone, orphans } = outcome;
  const next: Record<string, ManifestFile> = {};
  for (const path of outcome.unread) {
    const record = since!.manifest.files[path]!;
    next[path] = { ...record, signature: since!.changes.refreshed.files[path] ?? record.signature };
  }
  for (const [path, existing] of files) {
    if (gone.has(path) || written.has(path)) continue;
    const group = groupOf(path, existing);
    if (group === undefined) return undefined;
    const order = orderOf(existing);
    const orphan = orphans.get(path);
    const cites = citedSource(path, existing.data?.['source']);
    next[path] = {
      signature: existing.signature,
      group,
      ...(order !== undefined && { order }),
      ...(orphan !== undefined && { orphan }),
      ...(cites !== undefined && { cites }),
    };
  }
  const themes = { ...outcome.themes };
  for (const [path, { text, group, order, orphan, cites }] of written) {
    const signature = { hash: hashBytes(text) };
    // Theme and story files are remembered by their path from content/themes/ (changes.ts).
    if (group === undefined) themes[path.startsWith('stories/') ? `../${path}` : path.replace(/^themes\//, '')] = signature;
    else
      next[path] = {
        signature,
        group,
        ...(order !== undefined && { order }),
        ...(orphan !== undefined && { orphan }),
        ...(cites !== undefined && { cites }),
      };
  }
  return { themes, seeds: outcome.seeds, files: next, reports: outcome.reports };
}
