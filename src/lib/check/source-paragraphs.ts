/**
 * A source's paragraphs, looked up once per source rather than once per
 * entry citing it: by id, its superseded texts by id and hash, and each text
 * as quotations are compared with it (normalised once, though every entry,
 * key term and timeline item citing the paragraph compares with it).
 */
import type { Loaded } from '../content-files/loaded.ts';
import type { Source } from '../model/schema.ts';
import { normaliseForQuote } from '../text/normalise-quote.ts';
import { normalisedQuoteFinder } from './verify-quote.ts';

interface SourceParagraphs {
  current: Map<string, Source['paragraphs'][number]>;
  superseded: Map<string, string>;
  normalised: Map<string, string>;
}

// Keyed by the loaded data, so a source reloaded after an edit is indexed afresh.
const indexed = new WeakMap<Source, SourceParagraphs>();

export function paragraphsOf({ data }: Loaded<Source>): SourceParagraphs {
  let index = indexed.get(data);
  if (!index) {
    index = {
      current: new Map(data.paragraphs.map((p) => [p.id, p])),
      superseded: new Map(data.superseded.map((p) => [`${p.id}#${p.hash}`, p.text])),
      normalised: new Map(),
    };
    indexed.set(data, index);
  }
  return index;
}

/** `quoteFinder` over texts of this source (current or superseded paragraphs). */
export function quoteFinderIn(source: Loaded<Source>, texts: readonly string[]): (quote: string) => boolean {
  const { normalised } = paragraphsOf(source);
  return normalisedQuoteFinder(
    texts.map((text) => {
      let normal = normalised.get(text);
      if (normal === undefined) normalised.set(text, (normal = normaliseForQuote(text)));
      return normal;
    }),
  );
}
