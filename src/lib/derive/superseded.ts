/**
 * When a seed paragraph changes, entries a person edited keep citing its old
 * text. The new source file keeps that old text, under `superseded`, for as
 * long as such an entry cites it, so `check` can show what changed.
 */
import type { Existing } from './existing-files.ts';
import type { PlannedFile } from './plan.ts';
import type { SourceInput } from '../model/schema.ts';

/** `source#id:hash` of every citation in an entry that this run will leave as it is. */
export function survivingCitations(files: Map<string, Existing | undefined>, planned: Set<string>, force: boolean): Set<string> {
  const cited = new Set<string>();
  for (const [path, file] of files) {
    if (!path.startsWith('entries/') || !file?.data) continue;
    if (planned.has(path) && (file.unedited || force)) continue;
    const { source, cited: hashes } = file.data as { source?: unknown; cited?: unknown };
    if (typeof source !== 'string' || !hashes || typeof hashes !== 'object') continue;
    for (const [id, hash] of Object.entries(hashes)) cited.add(`${source}#${id}:${String(hash)}`);
  }
  return cited;
}

/** Keeps the old text of changed paragraphs that surviving entries still cite, so check can show the change. */
export function keepSuperseded(plan: PlannedFile<SourceInput>, previous: Existing | undefined, surviving: Set<string>): void {
  const slug = plan.path.replace(/^sources\/|\.yaml$/g, '');
  const current = new Map(plan.data.paragraphs.map((p) => [p.id, p.hash]));
  const old = (previous?.data ?? {}) as { paragraphs?: unknown; superseded?: unknown };
  const candidates = [old.paragraphs, old.superseded].flatMap((list) =>
    Array.isArray(list) ? (list as { id: string; hash: string; text: string }[]) : [],
  );
  const seen = new Set<string>();
  const superseded = candidates.filter(({ id, hash }) => {
    const key = `${slug}#${id}:${hash}`;
    if (seen.has(key) || current.get(id) === hash || !surviving.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (superseded.length > 0) plan.data.superseded = superseded.map(({ id, hash, text }) => ({ id, hash, text }));
}
