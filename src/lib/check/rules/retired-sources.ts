/**
 * A source retired because its seed left `seeds/` stays only while
 * something an editor wrote cites it: an entry, key term or timeline item
 * readers see, or a theme's `cites`. Once nothing does, derive removes it;
 * while its seed is back in `seeds/`, derive takes the mark off. Either way
 * `derive --check` would fail, so `check` says so too. A source a newer
 * version replaced (`replacedBy`) is the record of that version: its page
 * stays, and its seed may stay in `seeds/`, so neither applies to it.
 * A retired source is no story of the site: `content/site.yaml` cannot lead
 * with it (site-file.ts).
 */
import type { Problem } from '../../model/errors.ts';
import { isShown } from '../../model/schema.ts';
import { hasSeed, type Found, type TreeIndex } from './tree-index.ts';

export function retiredSources({ tree }: TreeIndex): Found {
  const retired = tree.sources.filter((s) => s.data.retired && s.data.retired.replacedBy === undefined);
  if (retired.length === 0) return {};
  const cited = new Set([
    ...[...tree.entries, ...tree.terms, ...tree.timeline].filter((f) => isShown(f.data)).flatMap((f) => f.data.source ?? []),
    ...tree.themes.flatMap((t) => t.data.cites.map((c) => c.source)),
  ]);
  const errors: Problem[] = [];
  for (const source of retired) {
    const at = { file: source.file, line: source.lineOf(['retired']), field: 'retired' };
    if (hasSeed(tree, source.id))
      errors.push({
        ...at,
        detail: `expected no seed for a retired source, found seeds/${source.id}.txt back; run "npm run derive" to take the mark off`,
      });
    else if (!cited.has(source.id))
      errors.push({
        ...at,
        detail: `expected something that cites the retired source, found nothing any more; run "npm run derive" to remove it`,
      });
  }
  return { errors };
}
