/**
 * When a seed paragraph changes, entries a person edited keep citing its old
 * text. The new source file keeps that old text, under `superseded`, for as
 * long as such an entry cites it (src/lib/model/superseded.ts).
 */
import type { Existing } from '../existing/existing-files.ts';
import type { PlannedFile } from './plan.ts';
import type { SourceInput } from '../../model/schema.ts';
import { citationKey, stillCited, type ParagraphText } from '../../model/superseded.ts';
import { sourceOf } from './identity.ts';

/** Every citation of the entries this run leaves as they are (`stays`), under the source they will cite. */
export function survivingCitations(
  files: ReadonlyMap<string, Existing>,
  stays: (path: string) => boolean,
  renamed: ReadonlyMap<string, string>,
): Set<string> {
  const cited = new Set<string>();
  for (const [path, file] of files) {
    if (!path.startsWith('entries/') || !stays(path)) continue;
    const source = sourceOf(file, renamed);
    const hashes = file.data?.['cited'];
    if (!source || !hashes || typeof hashes !== 'object') continue;
    for (const [id, hash] of Object.entries(hashes)) cited.add(citationKey(source, id, String(hash)));
  }
  return cited;
}

/** Keeps the old text of changed paragraphs that surviving entries still cite, so check can show the change. */
export function keepSuperseded(plan: PlannedFile<SourceInput>, previous: Existing | undefined, surviving: Set<string>): void {
  const slug = plan.path.replace(/^sources\/|\.yaml$/g, '');
  const current = new Map(plan.data.paragraphs.map((p) => [p.id, p.hash]));
  const old = (previous?.data ?? {}) as { paragraphs?: unknown; superseded?: unknown };
  const candidates = [old.paragraphs, old.superseded].flatMap((list) => (Array.isArray(list) ? (list as ParagraphText[]) : []));
  const superseded = stillCited(slug, current, candidates, surviving);
  if (superseded.length > 0) plan.data.superseded = superseded;
}
