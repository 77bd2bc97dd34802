/**
 * What an entry (or a key term, or a timeline item) says about its source,
 * checked against it: cited paragraphs exist, further-reading URLs are the
 * source's own, quotations appear in the cited paragraphs, and cited
 * paragraphs have not changed since it was last checked against them.
 */
import type { Loaded } from '../content-files/loaded.ts';
import type { Problem } from '../model/errors.ts';
import { findQuotes, rawQuotes } from './quotes.ts';
import type { EntryKind, Source } from '../model/schema.ts';
import { closestPassage, quoteAppearsIn } from './verify-quote.ts';
import { paragraphsOf, quoteFinderIn } from './source-paragraphs.ts';
import { describeChange } from '../text/word-change.ts';
import { clip } from '../text/clip.ts';

/** An entry, a key term or a timeline item: something with a body that cites paragraphs of one source. */
export type Citing = Loaded<{ paragraphs: string[]; cited: Record<string, string>; kind: EntryKind; reading?: string[] }>;

/** How messages name what is checked: "entry", "term", "timeline item". */
export type Noun = 'entry' | 'term' | 'timeline item';

export function checkCitations(entry: Citing, source: Loaded<Source>): Problem[] {
  const problems: Problem[] = [];
  const known = paragraphsOf(source).current;
  entry.data.paragraphs.forEach((id, i) => {
    if (known.has(id)) return;
    const old = source.data.superseded.find((p) => p.id === id && p.hash === entry.data.cited[id]);
    const gone = old ? ` (it was removed from the seed; it read: "${clip(old.text)}")` : '';
    problems.push({
      file: entry.file,
      line: entry.lineOf(['paragraphs', i]),
      field: `paragraphs[${i}]`,
      detail: `expected a paragraph of ${source.file} (p1–p${known.size}), found "${id}"${gone}`,
    });
  });
  const offered = new Set(source.data.furtherReading.flatMap((f) => (f.url ? [f.url] : [])));
  (entry.data.reading ?? []).forEach((url, i) => {
    if (!offered.has(url))
      problems.push({
        file: entry.file,
        line: entry.lineOf(['reading', i]),
        field: `reading[${i}]`,
        detail: `expected the URL of a further-reading item of ${source.file}, found "${url}"`,
      });
  });
  return [...problems, ...quotationProblems(entry, source)];
}

/** Each quotation in the entry that its cited paragraphs, as they read now, do not have. */
export function quotationProblems(entry: Citing, source: Loaded<Source>): Problem[] {
  const { current } = paragraphsOf(source);
  const cited = entry.data.paragraphs.flatMap((id) => current.get(id)?.text ?? []);
  if (cited.length === 0) return [];
  const found = quoteFinderIn(source, cited);
  if (rawQuotes(entry.body)?.every((quote) => found(quote))) return [];
  return findQuotes(entry.body)
    .filter((quote) => !found(quote.text))
    .map((quote) => quoteProblem(entry, source, quote.text, quote.line, cited));
}

/** A quotation the cited paragraphs lack; when another paragraph of the source has it, says which. */
function quoteProblem(entry: Citing, source: Loaded<Source>, quote: string, line: number, cited: string[]): Problem {
  const where = `${source.id} ${entry.data.paragraphs.join(', ')}`;
  const elsewhere = source.data.paragraphs.find((p) => !entry.data.paragraphs.includes(p.id) && quoteAppearsIn(quote, [p.text]));
  return {
    file: entry.file,
    line: entry.bodyLine + line - 1,
    detail: elsewhere
      ? `quote not found in ${where}, but ${elsewhere.id} of the same source has it: "${clip(quote)}"; add ${elsewhere.id} to paragraphs, then run "npm run confirm -- ${entry.file}"`
      : `quote not found in ${where}: "${clip(quote)}"; closest passage: "${clip(closestPassage(quote, cited))}"`,
  };
}

export function staleCitations(entry: Citing, source: Loaded<Source>, noun: Noun = 'entry'): Problem[] {
  const problems: Problem[] = [];
  for (const [id, hash] of Object.entries(entry.data.cited)) {
    const now = source.data.paragraphs.find((p) => p.id === id);
    if (!now || now.hash === hash) continue;
    const old = source.data.superseded.find((p) => p.id === id && p.hash === hash);
    const change = old ? describeChange(old.text, now.text) : undefined;
    const shown = change ? ` (was "${change.was}", now "${change.now}")` : '';
    problems.push({
      file: entry.file,
      line: entry.lineOf(['cited', id]),
      field: `cited.${id}`,
      detail: `stale: ${source.id} ${id} changed since this ${noun} was written${shown}; check the ${noun}, then run "npm run confirm -- ${entry.file}"`,
    });
  }
  return problems;
}
