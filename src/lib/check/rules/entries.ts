/**
 * Each entry against the files it names: its theme is a theme of the site
 * and the folder it is in; its source exists (one whose seed is there but
 * which is not derived yet is reported once, by underived-sources.ts); and
 * against that source, its citations and quotations hold (check-citations.ts)
 * and, when the source is sound, its kind fits its body (check-kind.ts). A
 * cited paragraph that changed since is a warning until confirmed. A
 * rejected entry (`status: rejected`) is on no page: only its theme is checked.
 */
import type { Problem } from '../../model/errors.ts';
import { isShown } from '../../model/schema.ts';
import { checkCitations, staleCitations } from '../check-citations.ts';
import { checkKind } from '../check-kind.ts';
import { hasSeed, type Found, type TreeIndex } from './tree-index.ts';

export function entries({ tree, themes, sources, failedThemes, failedSources, memo }: TreeIndex, unsound: ReadonlySet<string>): Found {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  for (const entry of tree.entries) {
    const { theme, source: sourceSlug } = entry.data;
    const folder = entry.id.split('/')[0];
    if (!themes.has(theme)) {
      if (!failedThemes.has(theme))
        errors.push({
          file: entry.file,
          line: entry.lineOf(['theme']),
          field: 'theme',
          detail: `expected one of ${[...themes.keys()].join(', ')}, found "${theme}"`,
        });
    } else if (folder !== theme) {
      errors.push({
        file: entry.file,
        line: entry.lineOf(['theme']),
        field: 'theme',
        detail: `expected "${folder}" (the folder the file is in), found "${theme}"`,
      });
    }
    // A rejected entry is on no page: what it cites is not judged, only that it is where its theme says.
    if (!isShown(entry.data)) continue;
    const source = sources.get(sourceSlug);
    if (!source) {
      if (!hasSeed(tree, sourceSlug) && !failedSources.has(sourceSlug))
        errors.push({
          file: entry.file,
          line: entry.lineOf(['source']),
          field: 'source',
          detail: `expected one of ${[...sources.keys()].join(', ') || '(no sources)'}, found "${sourceSlug}"`,
        });
      continue;
    }
    // An entry's checks against its source depend on the two files alone (and whether the source is sound).
    const sound = !unsound.has(source.id);
    const cited = memo.about(entry, sound ? 'citations' : 'citations of an unsound source', source, () => ({
      errors: [...checkCitations(entry, source), ...(sound ? checkKind(entry, source) : [])],
      stale: staleCitations(entry, source),
    }));
    errors.push(...cited.errors);
    warnings.push(...cited.stale);
  }
  return { errors, warnings };
}
