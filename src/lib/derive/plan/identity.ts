/**
 * An entry is identified by what it was derived from, not by where its file
 * is: its source and the section of the seed, which derive records under
 * `derived.section`. So an entry an editor moved to another theme folder or
 * renamed is still found, and never derived a second time. An entry whose
 * section heading was reworded in the seed is found by the paragraphs it
 * cites. Lookups are by key, so matching costs one pass over the entries.
 */
import type { Existing } from '../existing/existing-files.ts';

export const sectionKey = (source: string, section: string): string => `${source}#${section}`;

/** The source an entry belongs to once this run's renamed seeds are followed. */
export function sourceOf(existing: Existing, renamed: ReadonlyMap<string, string>): string | undefined {
  const source = existing.data?.['source'];
  return typeof source === 'string' ? (renamed.get(source) ?? source) : undefined;
}

/** Entries derived before the section was recorded are known by their file name, which was the section's slug. */
export function sectionOf(path: string, existing: Existing): string | undefined {
  if (!existing.record) return undefined;
  return existing.record.section ?? path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '');
}

export interface SectionToMatch {
  /** The section's slug in its seed. */
  key: string;
  /** Hashes of the section's paragraphs. */
  hashes: readonly string[];
}

const citedHashes = (existing: Existing): string[] => {
  const cited = existing.data?.['cited'];
  return cited && typeof cited === 'object' ? Object.values(cited).map(String) : [];
};

function push(map: Map<string, string[]>, key: string, path: string): void {
  const list = map.get(key);
  if (list) list.push(path);
  else map.set(key, [path]);
}

export class EntryIndex {
  private readonly byKey = new Map<string, string[]>();
  private readonly byHash = new Map<string, string[]>();
  private readonly claimed = new Set<string>();
  private readonly files: ReadonlyMap<string, Existing>;

  constructor(files: ReadonlyMap<string, Existing>, renamed: ReadonlyMap<string, string>) {
    this.files = files;
    for (const [path, existing] of files) {
      if (!path.startsWith('entries/')) continue;
      const source = sourceOf(existing, renamed);
      const section = sectionOf(path, existing);
      if (!source || !section) continue;
      push(this.byKey, sectionKey(source, section), path);
      for (const hash of new Set(citedHashes(existing))) push(this.byHash, sectionKey(source, hash), path);
    }
    // Two files for one section (a copy, or a hand-moved file derive once recreated): the one a
    // person edited is the editors' entry, so it is found first; the other is left unclaimed.
    for (const paths of this.byKey.values()) paths.sort((a, b) => this.rank(a) - this.rank(b) || (a < b ? -1 : 1));
  }

  private rank(path: string): number {
    return this.files.get(path)!.unedited ? 1 : 0;
  }

  /** For each section of `source`, the entry derived from it, if one exists. */
  match(source: string, sections: readonly SectionToMatch[]): (string | undefined)[] {
    const found = sections.map((s) => this.take(this.byKey.get(sectionKey(source, s.key))?.find((p) => !this.claimed.has(p))));
    // Only after every recorded section has found its entry may a reworded heading look for one by its paragraphs.
    sections.forEach((section, i) => {
      if (!found[i]) found[i] = this.take(this.byParagraphs(source, section));
    });
    return found;
  }

  /** The unclaimed entry citing more than half of the section's paragraphs, with more than half its citations among them. */
  private byParagraphs(source: string, section: SectionToMatch): string | undefined {
    const votes = new Map<string, number>();
    for (const hash of new Set(section.hashes)) {
      for (const path of this.byHash.get(sectionKey(source, hash)) ?? []) {
        if (!this.claimed.has(path)) votes.set(path, (votes.get(path) ?? 0) + 1);
      }
    }
    let best: string | undefined;
    for (const [path, shared] of votes) {
      const cited = new Set(citedHashes(this.files.get(path)!)).size;
      if (shared * 2 <= Math.max(section.hashes.length, cited)) continue;
      if (!best || shared > votes.get(best)! || (shared === votes.get(best)! && path < best)) best = path;
    }
    return best;
  }

  private take(path: string | undefined): string | undefined {
    if (path) this.claimed.add(path);
    return path;
  }

  isClaimed(path: string): boolean {
    return this.claimed.has(path);
  }

  claim(path: string): void {
    this.claimed.add(path);
  }
}
