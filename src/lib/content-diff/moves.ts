/**
 * Files that went from one name to another, told apart from one removed and
 * another added, as derive tells them: a source is renamed when the new one
 * has the old one's headline or most of its paragraphs (its seed renamed);
 * a seed file when its source was, or its text is the same; an entry moved
 * when the new file is derived from the same section of the same source
 * (`derived.section`, or the file name for an entry without one); a
 * timeline item when it kept its file name and followed its renamed source
 * to that source's folder.
 */
import type { Doc, Snapshot } from './content-snapshot.ts';

/** Old id → new id. */
export type Moves = ReadonlyMap<string, string>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function paragraphHashes(doc: Doc): Set<string> {
  const list = Array.isArray(doc.data['paragraphs']) ? (doc.data['paragraphs'] as Record<string, unknown>[]) : [];
  return new Set(list.map((p) => text(p?.['hash'])).filter(Boolean));
}

/** Pairs each removed id with the first added one `same` accepts; each id is paired once. */
function pair(removed: readonly string[], added: readonly string[], same: (was: string, is: string) => boolean): Moves {
  const moves = new Map<string, string>();
  const taken = new Set<string>();
  for (const was of removed) {
    const is = added.find((id) => !taken.has(id) && same(was, id));
    if (is === undefined) continue;
    moves.set(was, is);
    taken.add(is);
  }
  return moves;
}

export function sourceRenames(old: Snapshot, now: Snapshot, removed: readonly string[], added: readonly string[]): Moves {
  return pair(removed, added, (was, is) => {
    const [a, b] = [old.sources.get(was)!, now.sources.get(is)!];
    if (text(a.data['title']) !== '' && a.data['title'] === b.data['title']) return true;
    const [before, after] = [paragraphHashes(a), paragraphHashes(b)];
    const shared = [...before].filter((hash) => after.has(hash)).length;
    return shared * 2 > Math.max(before.size, after.size);
  });
}

export function seedRenames(old: Snapshot, now: Snapshot, removed: readonly string[], added: readonly string[], sources: Moves): Moves {
  const slug = (path: string) => path.replace(/^seeds\/|\.(txt|ya?ml)$/g, '');
  const kind = (path: string) => path.replace(/^.*\./, '');
  return pair(
    removed,
    added,
    (was, is) => kind(was) === kind(is) && (sources.get(slug(was)) === slug(is) || old.seeds.get(was) === now.seeds.get(is)),
  );
}

/** What an entry is derived from, once renamed sources are followed: the same key before and after is the same entry. */
function sectionKey(doc: Doc, sources: Moves): string {
  const source = text(doc.data['source']);
  const derived = doc.data['derived'] as Record<string, unknown> | undefined;
  return `${sources.get(source) ?? source}#${text(derived?.['section']) || doc.id.split('/').pop()}`;
}

export function entryMoves(old: Snapshot, now: Snapshot, removed: readonly string[], added: readonly string[], sources: Moves): Moves {
  return pair(removed, added, (was, is) => sectionKey(old.entries.get(was)!, sources) === sectionKey(now.entries.get(is)!, new Map()));
}

export function timelineMoves(removed: readonly string[], added: readonly string[], sources: Moves): Moves {
  const [folder, name] = [(id: string) => id.split('/')[0]!, (id: string) => id.split('/').slice(1).join('/')];
  return pair(removed, added, (was, is) => sources.get(folder(was)) === folder(is) && name(was) === name(is));
}
