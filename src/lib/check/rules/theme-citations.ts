/**
 * A theme's question, answer and introduction are the editors' words, and
 * may rest on source paragraphs named under `cites`. Like an entry's: every
 * cited source and paragraph exists, every quotation appears word for word
 * in the cited paragraphs, and the source's words are never passed off as
 * the editors' (an answer or a paragraph of the introduction that is a cited
 * paragraph's text as written, without quotation marks).
 */
import type { Loaded } from '../../content-files/loaded.ts';
import type { Problem } from '../../model/errors.ts';
import type { Source, Theme } from '../../model/schema.ts';
import { clip } from '../../text/clip.ts';
import { bodyBlocks } from '../body-text.ts';
import { findQuotes } from '../quotes.ts';
import { quoteAppearsIn } from '../verify-quote.ts';
import { hasSeed, type Found, type TreeIndex } from './tree-index.ts';

/** `unsound`: sources with problems of their own, against which the theme's words cannot be judged. */
export function themeCitations({ tree, sources, failedSources }: TreeIndex, unsound: ReadonlySet<string>): Found {
  // A source whose seed is there but whose file is not is reported once (underived-sources.ts), not again for every theme citing it.
  const gone = new Set([
    ...failedSources,
    ...tree.themes.flatMap((t) => t.data.cites.map((c) => c.source)).filter((slug) => hasSeed(tree, slug)),
  ]);
  return { errors: tree.themes.flatMap((theme) => checkTheme(theme, sources, gone, unsound)) };
}

function checkTheme(
  theme: Loaded<Theme>,
  sources: ReadonlyMap<string, Loaded<Source>>,
  failedSources: ReadonlySet<string | undefined>,
  unsound: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  let judged = true;
  const cited: string[] = [];
  const names: string[] = [];
  theme.data.cites.forEach(({ source: slug, paragraphs }, i) => {
    const source = sources.get(slug);
    if (!source || unsound.has(slug)) judged = false;
    if (!source) {
      if (!failedSources.has(slug))
        problems.push({
          file: theme.file,
          line: theme.lineOf(['cites', i, 'source']),
          field: `cites[${i}].source`,
          detail: `expected one of ${[...sources.keys()].join(', ') || '(no sources)'}, found "${slug}"`,
        });
      return;
    }
    const known = new Map(source.data.paragraphs.map((p) => [p.id, p.text]));
    paragraphs.forEach((id, j) => {
      const text = known.get(id);
      if (text !== undefined) return void cited.push(text);
      judged = false;
      problems.push({
        file: theme.file,
        line: theme.lineOf(['cites', i, 'paragraphs', j]),
        field: `cites[${i}].paragraphs[${j}]`,
        detail: `expected a paragraph of ${source.file} (p1–p${known.size}), found "${id}"`,
      });
    });
    names.push(`${slug} ${paragraphs.join(', ')}`);
  });

  // A missing citation has its own error; without it, what the words quote cannot be decided.
  if (!judged) return problems;
  const fields = [
    { field: 'question', text: theme.data.question, line: () => theme.lineOf(['question']) },
    { field: 'summary', text: theme.data.summary, line: () => theme.lineOf(['summary']) },
  ];
  const quotes = [
    ...fields.flatMap(({ field, text, line }) => findQuotes(text ?? '').map((q) => ({ field, text: q.text, line: line() }))),
    ...findQuotes(theme.body).map((q) => ({ field: undefined, text: q.text, line: theme.bodyLine + q.line - 1 })),
  ];
  for (const quote of quotes) {
    if (cited.length > 0 && quoteAppearsIn(quote.text, cited)) continue;
    const detail =
      cited.length > 0
        ? `quote not found in ${names.join('; ')}: "${clip(quote.text)}"`
        : `quote without a citation: "${clip(quote.text)}"; name the paragraph it comes from under cites`;
    problems.push({ file: theme.file, line: quote.line, ...(quote.field && { field: quote.field }), detail });
  }

  if (cited.length === 0) return problems;
  // Unmarked text of a few words or more, found word for word in what the theme cites, is the source's.
  const copied = (text: string) => !/["“”]/.test(text) && text.split(' ').length > 3 && quoteAppearsIn(text, cited);
  if (theme.data.summary && copied(theme.data.summary))
    problems.push({ ...passedOff(theme, names), line: fields[1]!.line(), field: 'summary' });
  for (const block of bodyBlocks(theme.body, { outsideQuotations: true }).filter((b) => copied(b.text)))
    problems.push({ ...passedOff(theme, names), line: theme.bodyLine + block.line - 1 });
  return problems;
}

const passedOff = (theme: Loaded<Theme>, names: readonly string[]): Problem => ({
  file: theme.file,
  detail: `expected the editors' own words, found the source's words as written (${names.join('; ')}); put them in quotation marks or rewrite them`,
});
