/**
 * Entries a change left stale: an entry records the hash of each paragraph it
 * cites, and when the source's paragraph now has another hash (or is gone),
 * the entry says something its source may no longer say. A reviewer must
 * re-read those, even though the entries themselves did not change.
 */
import type { Doc, Snapshot } from './content-snapshot.ts';

/** Entry id → ids of its cited paragraphs that changed or went. */
export function staleCitations(snapshot: Snapshot): Map<string, string[]> {
  const hashes = new Map<string, Map<string, string>>();
  for (const [slug, source] of snapshot.sources) {
    const paragraphs = Array.isArray(source.data['paragraphs']) ? (source.data['paragraphs'] as Record<string, unknown>[]) : [];
    hashes.set(slug, new Map(paragraphs.map((p) => [String(p['id']), String(p['hash'])])));
  }
  const stale = new Map<string, string[]>();
  for (const [id, entry] of snapshot.entries) {
    const ids = changedCitations(entry, hashes.get(String(entry.data['source'])));
    if (ids.length > 0) stale.set(id, ids);
  }
  return stale;
}

function changedCitations(entry: Doc, current: Map<string, string> | undefined): string[] {
  const cited = entry.data['cited'];
  if (!current || !cited || typeof cited !== 'object') return [];
  return Object.entries(cited as Record<string, unknown>)
    .filter(([id, hash]) => current.get(id) !== String(hash))
    .map(([id]) => id);
}
