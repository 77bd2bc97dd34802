/**
 * Markup in a body that could run script or restyle the page in a reader's
 * browser (unsafe-markup.ts), in themes, entries, key terms and timeline
 * items readers see: an error, or a warning for raw HTML the renderer would
 * drop anyway.
 */
import type { Problem } from '../../model/errors.ts';
import { isShown } from '../../model/schema.ts';
import { findUnsafeMarkup } from '../unsafe-markup.ts';
import type { Found, TreeIndex } from './tree-index.ts';

export function markup({ tree, memo }: TreeIndex): Found {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  for (const item of [...tree.themes, ...tree.entries, ...tree.terms, ...tree.timeline]) {
    if (!isShown(item.data)) continue;
    for (const { line, detail, severity } of memo.about(item, 'markup', undefined, () => findUnsafeMarkup(item.body))) {
      (severity === 'error' ? errors : warnings).push({ file: item.file, line: item.bodyLine + line - 1, detail });
    }
  }
  return { errors, warnings };
}
