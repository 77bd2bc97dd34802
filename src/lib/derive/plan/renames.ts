/**
 * A seed renamed with `git mv` looks, to a tool that goes by file names, like
 * one article removed and another added, and the edits made to the first
 * one's entries would be stranded. Derive recognises the rename instead: a
 * seed with no source of its own is the same article as a source whose seed
 * is gone when its text is the same, or when it has the same title and more
 * than half of the old paragraphs. Candidates are looked up by hash and by
 * title, never compared all against all.
 */
import type { Seed } from '../../article/seeds.ts';
import type { Existing } from '../existing/existing-files.ts';
import { slugOfSource } from '../existing/groups.ts';

export interface Rename {
  /** The source's old slug and file. */
  from: string;
  fromFile: string;
  seed: Seed;
}

interface Orphan {
  slug: string;
  path: string;
  seedHash: string;
  title: unknown;
  hashes: Set<string>;
}

function paragraphHashes(data: Record<string, unknown> | undefined): Set<string> {
  const paragraphs = data?.['paragraphs'];
  return new Set(Array.isArray(paragraphs) ? paragraphs.map((p) => String((p as { hash?: unknown })?.hash)) : []);
}

/** Renamed seeds, by the slug their source had before. */
export function findRenames(
  seeds: readonly Seed[],
  files: ReadonlyMap<string, Existing>,
  versions: ReadonlySet<string> = new Set(),
): Map<string, Rename> {
  const live = new Set(seeds.map((s) => s.slug));
  const cited = new Set<unknown>();
  const byHash = new Map<string, Orphan[]>();
  const byTitle = new Map<unknown, Orphan[]>();
  for (const [path, existing] of files) {
    if (path.startsWith('entries/')) {
      cited.add(existing.data?.['source']);
      continue;
    }
    const slug = slugOfSource(path);
    // A source a newer version replaces is retired, not renamed; so is one already retired.
    if (live.has(slug) || !existing.record || versions.has(slug) || existing.data?.['retired'] !== undefined) continue;
    const orphan = { slug, path, seedHash: existing.record.seed, title: existing.data?.['title'], hashes: paragraphHashes(existing.data) };
    byHash.set(orphan.seedHash, [...(byHash.get(orphan.seedHash) ?? []), orphan]);
    byTitle.set(orphan.title, [...(byTitle.get(orphan.title) ?? []), orphan]);
  }

  const renames = new Map<string, Rename>();
  const free = (o: Orphan) => !renames.has(o.slug);
  for (const seed of seeds) {
    if (files.has(`sources/${seed.slug}.yaml`) || cited.has(seed.slug)) continue;
    let orphan = byHash.get(seed.hash)?.find(free);
    if (!orphan) {
      const hashes = seed.article.sections.flatMap((s) => s.paragraphs.map((p) => p.hash));
      let best = 0;
      for (const candidate of byTitle.get(seed.article.title)?.filter(free) ?? []) {
        const shared = hashes.filter((h) => candidate.hashes.has(h)).length;
        if (shared * 2 > candidate.hashes.size && shared > best) [orphan, best] = [candidate, shared];
      }
    }
    if (orphan) renames.set(orphan.slug, { from: orphan.slug, fromFile: orphan.path, seed });
  }
  return renames;
}
