/**
 * Where each derived entry goes: its theme folder, file and order. An entry
 * that already exists keeps its file and its order; placement is the
 * editors' once they have moved or edited an entry. Only an entry nobody has
 * touched follows a change of theme assignment, to the end of its new
 * theme. A new entry goes after the theme's existing ones. So adding,
 * renaming or removing one article changes no file of another.
 */
import type { Existing } from '../existing/existing-files.ts';
import type { EntryIndex, SectionToMatch } from './identity.ts';

export interface SectionToPlace extends SectionToMatch {
  /** The theme assignment chose (or the seed's metadata named). */
  theme: string;
}

export interface Placed {
  theme: string;
  /** Path relative to `content/`. */
  path: string;
  order: number;
  /** The existing file this entry is derived into, when it has one. */
  previous?: string;
}

/** An entry file by path (relative to `content/`) and order. */
export interface EntrySpot {
  path: string;
  order: number | undefined;
}

const folderOf = (path: string): string => path.split('/')[1]!;
/** An entry's order, when it is one derive can place after. */
export const orderOf = (existing: Existing): number | undefined => {
  const order = existing.data?.['order'];
  return typeof order === 'number' && Number.isInteger(order) && order > 0 ? order : undefined;
};

export class Placement {
  /** Entry paths on disk or already handed out. */
  private readonly taken = new Set<string>();
  private readonly lastOrder = new Map<string, number>();
  /** How many entries on disk use each order, by theme folder. */
  private readonly used = new Map<string, Map<number, number>>();
  private readonly files: ReadonlyMap<string, Existing>;
  private readonly index: EntryIndex;

  /**
   * `files` are the entries (and sources) of the articles being placed; `others`, the entries of
   * the articles derive did not read this run, named by path and order: new entries go after them
   * too, and never onto their paths.
   */
  constructor(files: ReadonlyMap<string, Existing>, index: EntryIndex, others: Iterable<EntrySpot> = []) {
    this.files = files;
    this.index = index;
    const spots = [...files].map(([path, existing]) => ({ path, order: orderOf(existing) }));
    for (const { path, order } of [...spots, ...others]) {
      if (!path.startsWith('entries/')) continue;
      this.taken.add(path);
      if (order === undefined) continue;
      const folder = folderOf(path);
      this.lastOrder.set(folder, Math.max(order, this.lastOrder.get(folder) ?? 0));
      const counts = this.used.get(folder) ?? this.used.set(folder, new Map()).get(folder)!;
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
  }

  /** Places the sections of one source, in article order. */
  place(source: string, sections: readonly SectionToPlace[]): Placed[] {
    const matches = this.index.match(source, sections);
    return sections.map((section, i) => {
      const previous = matches[i] ?? this.unreadable(`entries/${section.theme}/${section.key}.md`);
      if (!previous)
        return { theme: section.theme, path: this.free(`entries/${section.theme}/${section.key}.md`), order: this.next(section.theme) };
      const existing = this.files.get(previous)!;
      const folder = folderOf(previous);
      const order = orderOf(existing);
      // Where derive's assignment put it, as derive recorded (before it did, the theme it wrote stood for that).
      const wherePutByDerive = existing.unedited && (existing.record?.assigned ?? existing.data?.['theme']) === folder;
      if (wherePutByDerive && section.theme !== folder) {
        const name = previous.slice(previous.lastIndexOf('/') + 1);
        return { theme: section.theme, path: this.free(`entries/${section.theme}/${name}`), order: this.next(section.theme), previous };
      }
      // Moved by hand and not yet re-themed, its order may be another entry's there. Once derive
      // has completed the move, the order is settled: it changes only with the entry's own file.
      const movedByHand = existing.unedited && existing.data?.['theme'] !== folder;
      const clashes = order !== undefined && movedByHand && this.used.get(folder)!.get(order)! > 1;
      return { theme: folder, path: previous, order: order === undefined || clashes ? this.next(folder) : order, previous };
    });
  }

  /**
   * A file at the section's own path whose frontmatter no longer parses cannot say what it was
   * derived from; it is taken to be the section's entry (and kept, as edited) rather than
   * derived a second time beside it.
   */
  private unreadable(path: string): string | undefined {
    const existing = this.files.get(path);
    if (!existing || existing.data !== undefined || this.index.isClaimed(path)) return undefined;
    this.index.claim(path);
    return path;
  }

  private next(theme: string): number {
    const order = (this.lastOrder.get(theme) ?? 0) + 1;
    this.lastOrder.set(theme, order);
    return order;
  }

  private free(path: string): string {
    let free = path;
    for (let n = 2; this.taken.has(free); n++) free = path.replace(/\.md$/, `-${n}.md`);
    this.taken.add(free);
    return free;
  }
}
