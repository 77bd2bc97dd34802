/**
 * A source keeps the earlier text of a changed paragraph, under `superseded`,
 * for as long as some entry still cites that text (by its hash), so `check`
 * can show the editor what changed. Derive applies this rule when it writes a
 * source; `confirm` applies it when an entry stops citing the old text.
 */
export interface ParagraphText {
  id: string;
  hash: string;
  text: string;
}

/** How an entry's citation is recorded in the set of surviving citations. */
export const citationKey = (source: string, id: string, hash: string): string => `${source}#${id}:${hash}`;

/** The candidates (earlier paragraphs and texts kept before) that differ from the current text and are still cited, once each. */
export function stillCited(
  source: string,
  current: ReadonlyMap<string, string>,
  candidates: readonly ParagraphText[],
  cited: ReadonlySet<string>,
): ParagraphText[] {
  const seen = new Set<string>();
  return candidates.flatMap(({ id, hash, text }) => {
    const key = citationKey(source, id, hash);
    if (seen.has(key) || current.get(id) === hash || !cited.has(key)) return [];
    seen.add(key);
    return [{ id, hash, text }];
  });
}
